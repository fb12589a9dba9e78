import type { Database, RunResult } from 'sqlite3';
import { CompiledQuery, type DatabaseConnection, type QueryResult } from 'kysely';

/** Statements that produce rows go through `db.all`; everything else through `db.run`. */
const ROW_RETURNING_SQL = /^\s*(select|with|pragma|values|explain)\b|\breturning\b/i;

export class NodeSqlite3Connection implements DatabaseConnection {
  constructor(readonly raw: Database) {}

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { sql, parameters } = compiled;
    const params = parameters as unknown[];
    if (ROW_RETURNING_SQL.test(sql)) {
      return new Promise((resolve, reject) =>
        this.raw.all(sql, params, (error: Error | null, rows: R[]) =>
          error ? reject(error) : resolve({ rows }),
        ),
      );
    }
    return new Promise((resolve, reject) =>
      this.raw.run(sql, params, function (this: RunResult, error: Error | null) {
        if (error) return reject(error);
        resolve({ rows: [], numAffectedRows: BigInt(this.changes), insertId: BigInt(this.lastID) });
      }),
    );
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by the node-sqlite3 driver; page with limit/offset instead.');
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) =>
      this.raw.exec(sql, (error) => (error ? reject(error) : resolve())),
    );
  }
}

export const rawQuery = (sql: string) => CompiledQuery.raw(sql);
