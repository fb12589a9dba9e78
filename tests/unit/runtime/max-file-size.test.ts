import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../../../main/cli/cli-io';
import { runCli } from '../../../main/cli/run-cli';
import { resolveMaxFileBytes } from '../../../main/runtime/max-file-size';
import { buildCjkPdf } from '../../helpers/build-cjk-pdf';
import { makeTempDir } from '../../helpers/temp-dir';

const MB = 1024 * 1024;
const temp = makeTempDir();
afterAll(() => temp.cleanup());

describe('PINGCHA_MAX_FILE_MB (per-file import limit)', () => {
  it('defaults to 500 MB, takes whole megabytes, and ignores an invalid value with a warning', () => {
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    expect(resolveMaxFileBytes({}, warn)).toBe(500 * MB);
    expect(resolveMaxFileBytes({ PINGCHA_MAX_FILE_MB: ' 2048 ' }, warn)).toBe(2048 * MB);
    for (const bad of ['0', '-5', '1.5', 'abc', '999999'])
      expect(resolveMaxFileBytes({ PINGCHA_MAX_FILE_MB: bad }, warn)).toBe(500 * MB);
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toContain('PINGCHA_MAX_FILE_MB=0 无效');
  });

  it('is what an import enforces: a file above it fails with a message naming the file and the limit', async () => {
    const folder = join(temp.dir, '超限案');
    mkdirSync(folder);
    writeFileSync(join(folder, '小.pdf'), await buildCjkPdf(['立案审批表']));
    writeFileSync(
      join(folder, '大.pdf'),
      Buffer.concat([await buildCjkPdf(['询问笔录']), Buffer.alloc(MB + 1)]),
    );
    const out: string[] = [];
    const io: CliIo = { out: (l) => out.push(l), err: () => undefined };
    const previous = process.env.PINGCHA_MAX_FILE_MB;
    process.env.PINGCHA_MAX_FILE_MB = '1';
    try {
      const code = await runCli(['import', folder, '--data-dir', join(temp.dir, 'data')], io);
      expect(code).toBe(1);
    } finally {
      if (previous === undefined) delete process.env.PINGCHA_MAX_FILE_MB;
      else process.env.PINGCHA_MAX_FILE_MB = previous;
    }
    const text = out.join('\n');
    expect(text).toMatch(/导入 1，重复 0，失败 1/);
    expect(text).toMatch(/大\.pdf.*超过单个文件 1 MB 的上限/);
  });
});
