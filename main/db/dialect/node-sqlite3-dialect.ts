/**
 * A Kysely dialect for node-sqlite3 (asynchronous, N-API). Kysely's own
 * SqliteDialect needs better-sqlite3's synchronous API, which the client's
 * stack does not use. See docs in ../shared platform notes.
 */
import type { Database } from 'sqlite3';
import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
} from 'kysely';
import { NodeSqlite3Connection, rawQuery } from './node-sqlite3-connection';
import { PromiseMutex } from './promise-mutex';

/** SQLite does support transactional DDL; saying so makes Kysely run migrations all-or-nothing. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

const SAVEPOINT_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const checkedSavepoint = (name: string): string => {
  if (!SAVEPOINT_NAME.test(name)) throw new Error(`Invalid savepoint name: ${name}`);
  return name;
};

class NodeSqlite3Driver implements Driver {
  readonly #mutex = new PromiseMutex();
  readonly #connection: NodeSqlite3Connection;
  #release: (() => void) | undefined;

  constructor(raw: Database) {
    this.#connection = new NodeSqlite3Connection(raw);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    this.#release = await this.#mutex.lock();
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  /** `begin immediate` takes the write lock up front, so two writers never deadlock on upgrade. */
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(rawQuery('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(rawQuery('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(rawQuery('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(rawQuery(`savepoint ${checkedSavepoint(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(rawQuery(`rollback to ${checkedSavepoint(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(rawQuery(`release ${checkedSavepoint(name)}`));
  }

  async destroy(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.#connection.raw.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

export class NodeSqlite3Dialect implements Dialect {
  constructor(private readonly raw: Database) {}
  createDriver(): Driver {
    return new NodeSqlite3Driver(this.raw);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
  createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
