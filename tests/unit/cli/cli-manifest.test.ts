import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliCaptured } from '../../helpers/run-cli-captured';
import { buildCjkPdf } from '../../helpers/build-cjk-pdf';
import { makeTempDir } from '../../helpers/temp-dir';

const temp = makeTempDir();
const dataDir = join(temp.dir, 'data');
const root = join(temp.dir, '2024年抽查');
const manifest = join(root, '案卷清单.csv');

const run = (...argv: string[]) => runCliCaptured(dataDir, argv);

beforeAll(async () => {
  mkdirSync(join(root, '案卷甲'), { recursive: true });
  writeFileSync(join(root, '案卷甲', '1-立案审批表.pdf'), await buildCjkPdf(['立案审批表\n甲公司']));
  writeFileSync(join(root, '案卷甲', '2-行政处罚决定书.pdf'), await buildCjkPdf(['行政处罚决定书\n罚款']));
  // UTF-8 with a BOM, as Excel's "CSV UTF-8" saves it. Row 3's folder does not exist.
  writeFileSync(
    manifest,
    '\uFEFF' +
      [
        '文号,案件名称,执法机关,行为类型,程序,决定日期,文件夹',
        '鄂环罚〔2024〕7号,甲公司超标排放案,随州市生态环境局,行政处罚,普通程序,2024/4/8,案卷甲',
        '鄂环罚〔2024〕8号,乙公司案,随州市生态环境局,行政处罚,普通,,案卷乙',
      ].join('\r\n'),
  );
  // Another spreadsheet beside the chosen one must not be read instead.
  writeFileSync(join(root, '旧清单.csv'), '案件名称,文件夹\r\n不应导入的案,案卷甲\r\n');
});
afterAll(() => temp.cleanup());

describe('cli: import a manifest', () => {
  let importedId = '';

  it('imports the valid row, names the problem row and exits 1', async () => {
    const r = await run('import', manifest);
    expect(r.code).toBe(1);
    const line = /^甲公司超标排放案 \((\w+)\)：导入 2，重复 0，失败 0$/m.exec(r.out);
    expect(line, r.out).not.toBeNull();
    importedId = line![1]!;
    expect(r.out).toMatch(/^ {2}✗ 工作表「[^」]+」第 3 行「文件夹」列：.*“案卷乙”.*该行未导入$/m);
    expect(r.out).not.toContain('乙公司案 (');
    expect(r.out).not.toContain('不应导入的案');
    expect(r.out).toContain('合计 / total: imported 2, duplicates 0, failed 0, cancelled 0');
    expect(r.err).toMatch(/\[2\/2\] ✓/);
  });

  it('lists exactly the one imported case afterwards', async () => {
    const list = await run('cases', '--json');
    expect(list.code).toBe(0);
    const cases = JSON.parse(list.out) as unknown[];
    expect(cases).toEqual([
      expect.objectContaining({
        id: importedId,
        caseNumber: '鄂环罚〔2024〕7号',
        name: '甲公司超标排放案',
        agency: '随州市生态环境局',
        procedure: '普通',
        decidedDate: '2024-04-08',
        documentCount: 2,
      }),
    ]);
  });
});
