import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import type { CliIo } from '../../../main/cli/cli-io';
import { makeTempDir } from '../../helpers/temp-dir';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io, out, err };
};

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('cli', () => {
  it('version prints the package version', async () => {
    const c = capture();
    expect(await runCli(['version'], c.io)).toBe(0);
    expect(c.out[0]).toMatch(/^Pingcha 评查 \d+\.\d+\.\d+/);
  });

  it('doctor prints data dir, schema version, SQLite version and FTS5 availability', async () => {
    const c = capture();
    expect(await runCli(['doctor', '--data-dir', temp.dir], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain(temp.dir);
    expect(text).toContain(`${LATEST_SCHEMA_VERSION} (latest ${LATEST_SCHEMA_VERSION})`);
    expect(text).toMatch(/SQLite:\s+3\.\d+/);
    expect(text).toMatch(/FTS5:\s+可用/);
  });

  it('doctor --json is machine-readable', async () => {
    const c = capture();
    await runCli(['doctor', '--json', '--data-dir', temp.dir], c.io);
    expect(JSON.parse(c.out.join('\n'))).toMatchObject({ dataDir: temp.dir, fts5: true, dbOk: true });
  });

  it('exits 2 on unknown commands and options', async () => {
    expect(await runCli(['frobnicate'], capture().io)).toBe(2);
    const c = capture();
    expect(await runCli(['doctor', '--no-such-flag'], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('--no-such-flag');
    expect(await runCli([], capture().io)).toBe(2);
  });
});
