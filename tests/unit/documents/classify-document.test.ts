import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../main/services/documents/classify/classify-document';
import {
  DOC_TYPES,
  DOC_TYPE_LABELS,
  isDocTypeCode,
} from '../../../main/services/documents/classify/doc-types';

const REQUIRED_LABELS = [
  '立案审批表',
  '现场检查（勘察）笔录',
  '询问（调查）笔录',
  '证据材料',
  '案件调查终结报告',
  '行政处罚事先（听证）告知书',
  '陈述申辩笔录',
  '听证通知书',
  '听证笔录',
  '法制审核意见书',
  '集体讨论记录',
  '行政处罚决定书',
  '不予行政处罚决定书',
  '当场行政处罚决定书',
  '送达回证',
  '查封（扣押）决定书',
  '查封（扣押）现场笔录',
  '解除查封（扣押）决定书',
  '行政许可申请书',
  '受理通知书',
  '补正材料通知书',
  '准予行政许可决定书',
  '不予行政许可决定书',
  '行政检查通知书',
  '行政检查记录',
  '催告书',
  '强制执行决定书',
  '结案审批表',
  '公示记录',
  '音像记录',
];

const titled = (title: string, body = '当事人：某某有限公司\n经查，……') =>
  `某某市市场监督管理局\n${title}\n某市监罚〔2024〕12号\n${body}`;

describe('doc type list', () => {
  it('covers every required type with unique, stable codes', () => {
    const labels = DOC_TYPES.map((t) => t.label);
    for (const label of REQUIRED_LABELS) expect(labels).toContain(label);
    expect(new Set(DOC_TYPES.map((t) => t.code)).size).toBe(DOC_TYPES.length);
    expect(DOC_TYPE_LABELS.penalty_decision).toBe('行政处罚决定书');
    expect(isDocTypeCode('penalty_decision')).toBe(true);
    expect(isDocTypeCode('nope')).toBe(false);
  });
});

describe('classifyDocument', () => {
  it.each(REQUIRED_LABELS.filter((l) => l !== '音像记录' && l !== '证据材料'))(
    'recognises the title %s',
    (label) => {
      const result = classifyDocument({ fileName: 'scan001.pdf', text: titled(label) });
      expect(result.label).toBe(label);
      expect(result.confidence).toBeGreaterThanOrEqual(0.85);
      expect(result.evidence[0]).toMatchObject({ source: 'title', line: 1 });
    },
  );

  it.each([
    ['不予行政处罚决定书', 'no_penalty_decision'],
    ['当场行政处罚决定书', 'onsite_penalty_decision'],
    ['行政处罚决定书', 'penalty_decision'],
    ['解除查封（扣押）决定书', 'seizure_release_decision'],
    ['查封(扣押)决定书', 'seizure_decision'],
    ['不予行政许可决定书', 'license_denial_decision'],
    ['准予行政许可决定书', 'license_grant_decision'],
    ['行政处罚事先(听证)告知书', 'prior_notice'],
    ['行 政 处 罚 听 证 告 知 书', 'prior_notice'],
    ['查封（扣押）现场笔录', 'seizure_record'],
    ['调查（询问）笔录', 'inquiry_record'],
  ])('is specific: %s → %s', (title, code) => {
    expect(classifyDocument({ fileName: 'x.pdf', text: titled(title) }).code).toBe(code);
  });

  it('uses the file name when the text has no title', () => {
    const result = classifyDocument({ fileName: '03-询问笔录（张三）.pdf', text: '' });
    expect(result).toMatchObject({ code: 'inquiry_record', confidence: 0.8 });
    expect(result.evidence).toEqual([{ source: 'file-name', text: '询问笔录' }]);
  });

  it('raises confidence when file name and title agree, and the title wins over a different file name', () => {
    expect(
      classifyDocument({ fileName: '送达回证.pdf', text: titled('送达回证') }).confidence,
    ).toBeGreaterThan(0.95);
    expect(classifyDocument({ fileName: '决定书.pdf', text: titled('送达回证') }).code).toBe(
      'service_receipt',
    );
  });

  it('does not take a document named in a form field for the title', () => {
    const text = '某某局\n送达回证\n送达文书：行政处罚决定书\n受送达人：张三\n送达地点：某地';
    expect(classifyDocument({ fileName: 'a.pdf', text }).code).toBe('service_receipt');
  });

  it('uses the metadata title (e.g. a PDF printed from Word)', () => {
    const result = classifyDocument({
      fileName: 'scan.pdf',
      text: '',
      metadataTitle: 'Microsoft Word - 听证笔录(张三).doc',
    });
    expect(result).toMatchObject({ code: 'hearing_record', confidence: 0.75 });
    expect(result.evidence).toEqual([{ source: 'metadata', text: '听证笔录' }]);
  });

  it('falls back to content hints', () => {
    const text = '时间：2024年5月1日\n被询问人：张三\n问：你的身份？\n答：我是负责人。';
    expect(classifyDocument({ fileName: 'a.pdf', text })).toMatchObject({
      code: 'inquiry_record',
      confidence: 0.55,
    });
  });

  it('classifies audio/video files as 音像记录', () => {
    expect(classifyDocument({ fileName: 'VID_0001.mp4', text: '', route: 'media' })).toMatchObject({
      code: 'av_record',
      confidence: 0.9,
    });
  });

  it('returns no type with confidence 0 when nothing matches', () => {
    expect(classifyDocument({ fileName: 'catalog.pdf', text: '危险化学品目录\n（2015版）' })).toEqual({
      code: null,
      label: null,
      confidence: 0,
      evidence: [],
    });
  });
});
