import { describe, expect, it } from 'vitest';
import { DeadlineExceeded, guarded } from '../../../main/services/documents/pdf/deadline';

const never = new Promise<never>(() => undefined);

describe('guarded', () => {
  it('passes results and errors through before the deadline', async () => {
    await expect(guarded(Promise.resolve(42), Date.now() + 60_000)).resolves.toBe(42);
    await expect(guarded(Promise.reject(new Error('boom')), Date.now() + 60_000)).rejects.toThrow('boom');
  });

  it('ends a promise that never settles once the deadline has passed', async () => {
    await expect(guarded(never, Date.now() + 5)).rejects.toBeInstanceOf(DeadlineExceeded);
  });

  it('rejects on abort, also when already aborted', async () => {
    const controller = new AbortController();
    const pending = guarded(never, Date.now() + 60_000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(guarded(Promise.resolve(1), Date.now() + 60_000, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('guarded with an already aborted signal', () => {
  it('leaves no unhandled rejection when the raced promise fails later', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const controller = new AbortController();
      controller.abort();
      let fail!: (e: Error) => void;
      const later = new Promise<never>((_, reject) => (fail = reject));
      await expect(guarded(later, Date.now() + 10_000, controller.signal)).rejects.toThrow();
      fail(new Error('Loading aborted'));
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
