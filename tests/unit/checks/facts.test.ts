import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { load, CORE_SCHEMA } from 'js-yaml';
import {
  caseFactsJsonSchema,
  caseFactsJsonSchemaText,
  formatFactIssues,
  parseCaseFacts,
  parseCaseYaml,
} from '../../../main/services/checks/facts';

const root = resolve(__dirname, '../../..');
const sampleYaml = readFileSync(resolve(__dirname, 'fixtures/sample-case.yaml'), 'utf8');

describe('case.yaml parsing', () => {
  it('parses the sample case with defaults filled in and dates kept as strings', () => {
    const r = parseCaseYaml(sampleYaml);
    if (!r.ok) throw new Error(formatFactIssues(r.issues));
    expect(r.facts.actType).toBe('行政处罚');
    expect(r.facts.events.decision?.date).toBe('2024-09-27');
    expect(r.facts.officers[0]?.certificateNumber).toBe('42010012345');
    expect(r.facts.events.seizures).toEqual([]);
    expect(r.facts.events.investigations[0]?.source?.page).toBe(5);
    expect(r.facts.schemaVersion).toBe(1);
  });

  it('reports an impossible date with its path in Chinese', () => {
    const r = parseCaseYaml(
      sampleYaml.replace('decision: { date: 2024-09-27', 'decision: { date: 2024-02-30'),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues.find((i) => i.path === 'events.decision.date');
    expect(issue?.label).toBe('事件 › 决定 › 日期');
    expect(issue?.message).toContain('2024-02-30');
    expect(issue?.message).toContain('不存在');
  });

  it('names missing required fields, bad enums, unknown keys and wrong types', () => {
    const r = parseCaseFacts({
      procedure: '快速',
      officers: [{ certificateNumber: 'x' }],
      events: { decison: { date: '2024-01-01' }, decision: { date: '2024-01-01', amount: '两千' } },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = formatFactIssues(r.issues);
    expect(text).toContain('行为类型（actType）：缺少必填字段');
    expect(text).toContain('程序类型（procedure）：取值无效，可选：简易、普通');
    expect(text).toContain('执法人员 › 第 1 项 › 姓名/名称（officers.0.name）：缺少必填字段');
    expect(text).toContain('未知字段：decison');
    expect(text).toContain('事件 › 决定 › 金额（events.decision.amount）：类型错误：应为数字');
  });

  it('reports YAML syntax errors with line numbers, and empty files', () => {
    const bad = parseCaseYaml('actType: 行政处罚\nevents: [1,\nfoo: 2');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.message).toMatch(/第 \d+ 行.*YAML 语法错误/);
    const empty = parseCaseYaml('');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.issues[0]?.message).toContain('为空');
  });

  it('rejects an invalid clock time', () => {
    const r = parseCaseYaml(sampleYaml.replace('startTime: "09:30"', 'startTime: "25:10"'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe('events.investigations.0.startTime');
  });
});

describe('JSON Schema export', () => {
  it('the committed resources/schemas/case-facts.schema.json equals the generated one', () => {
    const committed = readFileSync(resolve(root, 'resources/schemas/case-facts.schema.json'), 'utf8');
    expect(committed).toBe(caseFactsJsonSchemaText());
  });

  it('accepts the sample case and rejects a broken one (validated with ajv)', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(caseFactsJsonSchema());
    const data = load(sampleYaml, { schema: CORE_SCHEMA });
    expect(validate(data)).toBe(true);
    expect(validate({ actType: '行政处罚', events: { decision: { date: '2024/09/27' } } })).toBe(false);
    expect(validate({ events: {} })).toBe(false);
  });
});
