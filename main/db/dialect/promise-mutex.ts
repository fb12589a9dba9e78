/**
 * FIFO async mutex. SQLite has a single connection here, so every Kysely
 * connection acquisition (and therefore every transaction) is serialized.
 */
export class PromiseMutex {
  #tail: Promise<void> = Promise.resolve();

  lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return acquired;
  }
}
