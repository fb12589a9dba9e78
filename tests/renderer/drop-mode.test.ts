import { describe, expect, it } from 'vitest';
import { dropModeFor } from '../../renderer/src/imports/drop-mode';

const drop = (...paths: string[]) =>
  dropModeFor(paths.map((relativePath) => ({ relativePath, file: new Blob() as File })));

describe('dropModeFor (a drop on the case list)', () => {
  it('imports one folder as one dossier, even when it holds a spreadsheet among its papers', () => {
    expect(drop('张某某案/1-立案审批表.pdf', '张某某案/证据/照片.jpg')).toBe('folder');
    expect(drop('张某某案/罚没款明细.xlsx', '张某某案/决定书.pdf', '张某某案/证据/照片.jpg')).toBe('folder');
  });

  it('imports a manifest dropped with its folders, or a folder holding a manifest', () => {
    expect(drop('案卷清单.xlsx', '案卷甲/决定书.pdf', '案卷乙/笔录.pdf')).toBe('manifest');
    expect(drop('抽查/案卷清单.csv', '抽查/案卷甲/决定书.pdf')).toBe('manifest');
  });

  it('sends loose files and several dossier folders back with a reason', () => {
    expect(drop('决定书.pdf', '笔录.pdf')).toBe('loose-files');
    expect(drop('甲案/决定书.pdf', '乙案/决定书.pdf')).toBe('several-folders');
  });
});
