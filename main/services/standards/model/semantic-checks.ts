import type { StandardItem } from '../../../../preload/contract/model/standard/item';
import { formatPoints, pointsEqual, sumPoints } from './points-math';
import type { StandardSection } from '../../../../preload/contract/model/standard/section';
import type { Standard } from '../../../../preload/contract/model/standard/standard';
import { validateCondition } from './validate-conditions';
import {
  formatPath,
  type StandardValidationError,
} from '../../../../preload/contract/model/standard/validation-error';
import { itemsUnder, listItems, listSections } from '../../../../preload/contract/model/standard/walk';
import { SCORING_MODE_LABELS } from '../../../../preload/contract/model/standard/vocabulary';

type Path = Array<string | number>;

/** Points of an item that count toward a section's or the standard's full score. */
export const scoredPoints = (item: StandardItem): number => (item.mode === 'bonus' ? 0 : item.points);

function err(
  path: Path,
  itemCode: string | undefined,
  field: string,
  message: string,
): StandardValidationError {
  return itemCode === undefined
    ? { path: formatPath(path), field, message }
    : { path: formatPath(path), itemCode, field, message };
}

function checkItem(item: StandardItem, path: Path): StandardValidationError[] {
  const errors: StandardValidationError[] = [];
  const c = item.code;
  const modeLabel = SCORING_MODE_LABELS[item.mode];
  const push = (field: string, message: string, sub: Path = [field]): void => {
    errors.push(err([...path, ...sub], c, field, message));
  };

  if (item.points === 0 && item.veto === undefined)
    push('points', '分值为 0 的项目必须设置否决（veto），否则不起作用');
  if (item.mode === 'bonus' && item.veto !== undefined) push('veto', '加分项不能设置否决');
  if (item.mode === 'per_occurrence') {
    if (item.step === undefined) push('step', '按次扣分项目必须填写每次扣分值（step）');
    else if (item.step > item.points)
      push('step', `每次扣分 ${formatPoints(item.step)} 分大于本项满分 ${formatPoints(item.points)} 分`);
  } else if (item.step !== undefined) {
    push('step', `每次扣分值（step）只用于按次扣分项目，本项计分方式为「${modeLabel}」`);
  }
  if (item.mode === 'range') {
    if (item.range === undefined) push('range', '区间扣分项目必须填写扣分区间（range）');
    else {
      if (item.range.min > item.range.max)
        push(
          'range',
          `扣分区间下限 ${formatPoints(item.range.min)} 大于上限 ${formatPoints(item.range.max)}`,
        );
      if (item.range.max > item.points)
        push(
          'range',
          `扣分区间上限 ${formatPoints(item.range.max)} 分大于本项满分 ${formatPoints(item.points)} 分`,
        );
      if (item.range.max === 0) push('range', '扣分区间上限必须大于 0');
    }
  } else if (item.range !== undefined) {
    push('range', `扣分区间（range）只用于区间扣分项目，本项计分方式为「${modeLabel}」`);
  }
  if ((item.mode === 'per_occurrence' || item.mode === 'range') && item.options.length > 0) {
    push(
      'options',
      `「${modeLabel}」项目不使用扣分选项，请改用${item.mode === 'range' ? '扣分区间' : '每次扣分值'}`,
    );
  }

  const seen = new Map<string, number>();
  item.options.forEach((opt, i) => {
    const optPath: Path = ['options', i];
    const prev = seen.get(opt.id);
    if (prev !== undefined)
      push('options', `选项编号「${opt.id}」重复（另见第 ${prev + 1} 个选项）`, [...optPath, 'id']);
    else seen.set(opt.id, i);
    if (opt.points > item.points) {
      const kind = item.mode === 'award' ? '得分选项' : '扣分选项';
      push(
        'options',
        `${kind}「${opt.text}」分值 ${formatPoints(opt.points)} 分大于本项满分 ${formatPoints(item.points)} 分`,
        [...optPath, 'points'],
      );
    }
    if (opt.perOccurrence && item.mode !== 'deduct')
      push('options', `只有「扣分」项目的选项可以按次扣分（选项「${opt.text}」）`, [
        ...optPath,
        'perOccurrence',
      ]);
  });

  if (item.appliesWhen !== undefined)
    errors.push(...validateCondition(item.appliesWhen, [...path, 'appliesWhen'], c));
  return errors;
}

function checkSection(section: StandardSection, path: Path): StandardValidationError[] {
  const errors: StandardValidationError[] = [];
  if (section.items.length === 0 && section.sections.length === 0) {
    errors.push(err(path, section.code, 'items', `章节「${section.title}」没有任何评查项目`));
  }
  if (section.appliesWhen !== undefined)
    errors.push(...validateCondition(section.appliesWhen, [...path, 'appliesWhen'], section.code));
  if (section.declaredPoints !== undefined) {
    const sum = sumPoints(itemsUnder(section).map(scoredPoints));
    if (!pointsEqual(sum, section.declaredPoints)) {
      errors.push(
        err(
          [...path, 'declaredPoints'],
          section.code,
          'declaredPoints',
          `章节「${section.title}」标注 ${formatPoints(section.declaredPoints)} 分，但所含项目分值合计 ${formatPoints(sum)} 分`,
        ),
      );
    }
  }
  return errors;
}

function checkUniqueCodes(standard: Standard): StandardValidationError[] {
  const errors: StandardValidationError[] = [];
  const seen = new Map<string, string>();
  const nodes: Array<{ code: string; path: Path; field: string }> = [
    ...listSections(standard).map((s) => ({ code: s.section.code, path: s.path, field: 'code' })),
    ...listItems(standard).map((l) => ({ code: l.item.code, path: l.path, field: 'code' })),
  ];
  for (const node of nodes) {
    const where = formatPath(node.path);
    const prev = seen.get(node.code);
    if (prev !== undefined)
      errors.push(err([...node.path, 'code'], node.code, 'code', `编号「${node.code}」重复（另见 ${prev}）`));
    else seen.set(node.code, where);
  }
  return errors;
}

function checkGrading(standard: Standard): StandardValidationError[] {
  const errors: StandardValidationError[] = [];
  const bands = standard.grading.bands;
  const labels = new Set<string>();
  bands.forEach((band, i) => {
    const p: Path = ['grading', 'bands', i];
    if (labels.has(band.label))
      errors.push(err([...p, 'label'], undefined, 'label', `等级名称「${band.label}」重复`));
    labels.add(band.label);
    const prev = bands[i - 1];
    if (prev !== undefined) {
      if (band.min >= prev.min)
        errors.push(
          err(
            [...p, 'min'],
            undefined,
            'min',
            `等级须按分数从高到低排列：「${band.label}」下限 ${formatPoints(band.min)} 不低于「${prev.label}」下限 ${formatPoints(prev.min)}`,
          ),
        );
      if (band.pass && !prev.pass)
        errors.push(
          err(
            [...p, 'pass'],
            undefined,
            'pass',
            `合格等级「${band.label}」不能排在不合格等级「${prev.label}」之后`,
          ),
        );
    }
  });
  const last = bands[bands.length - 1];
  if (last !== undefined) {
    if (last.min !== 0)
      errors.push(
        err(
          ['grading', 'bands', bands.length - 1, 'min'],
          undefined,
          'min',
          `最低等级「${last.label}」的下限必须为 0`,
        ),
      );
    if (last.pass)
      errors.push(
        err(
          ['grading', 'bands', bands.length - 1, 'pass'],
          undefined,
          'pass',
          `最低等级「${last.label}」必须为不合格（pass: false），否决项「评为不合格」需要它`,
        ),
      );
  }
  return errors;
}

function checkFormula(standard: Standard): StandardValidationError[] {
  const errors: StandardValidationError[] = [];
  const formula = standard.formula;
  if (formula.kind === 'sum_100') {
    const sum = sumPoints(listItems(standard).map((l) => scoredPoints(l.item)));
    if (!pointsEqual(sum, formula.fullScore)) {
      errors.push(
        err(
          ['formula', 'fullScore'],
          undefined,
          'fullScore',
          `各评查项目分值合计 ${formatPoints(sum)} 分，与计分公式满分 ${formatPoints(formula.fullScore)} 分不一致`,
        ),
      );
    }
    return errors;
  }
  const topByCode = new Map(standard.sections.map((s, i) => [s.code, { section: s, index: i }]));
  const roleOf = new Map<string, string>();
  const roles: Array<['legalitySections' | 'formSections' | 'normativitySections', string]> = [
    ['legalitySections', '合法性'],
    ['formSections', '卷面'],
    ['normativitySections', '规范性'],
  ];
  for (const [field, label] of roles) {
    formula[field].forEach((code, i) => {
      const p: Path = ['formula', field, i];
      if (!topByCode.has(code))
        errors.push(err(p, code, field, `计分公式的${label}章节「${code}」不是顶层章节编号`));
      else if (roleOf.has(code))
        errors.push(err(p, code, field, `章节「${code}」同时被列为${roleOf.get(code)}和${label}章节`));
      else roleOf.set(code, label);
    });
  }
  standard.sections.forEach((s, i) => {
    const onlyBonus = itemsUnder(s).every((it) => it.mode === 'bonus');
    if (!roleOf.has(s.code) && !onlyBonus)
      errors.push(
        err(
          ['sections', i, 'code'],
          s.code,
          'formula',
          `顶层章节「${s.title}」未在计分公式中指定角色（合法性 / 卷面 / 规范性）`,
        ),
      );
  });
  const inRole = (codes: string[]): Array<{ item: StandardItem; path: Path }> =>
    listItems(standard).filter((l) => codes.includes(l.sections[0]?.code ?? ''));
  for (const { item, path } of inRole(formula.legalitySections)) {
    if (item.veto === undefined)
      errors.push(err([...path, 'veto'], item.code, 'veto', '合法性评查项目必须设置否决（veto）'));
    if (item.points !== 0)
      errors.push(
        err(
          [...path, 'points'],
          item.code,
          'points',
          `合法性评查项目不单独计分，分值应为 0（合法性得分 ${formatPoints(formula.legalityPoints)} 分由计分公式给出）`,
        ),
      );
  }
  for (const { item, path } of inRole(formula.formSections)) {
    if (item.mode === 'award' || item.mode === 'bonus')
      errors.push(
        err([...path, 'mode'], item.code, 'mode', '卷面基本要素只扣分，计分方式不能为「得分」或「加分」'),
      );
  }
  return errors;
}

/** Rules the zod shape cannot express. Runs only on a shape-valid standard. */
export function semanticChecks(standard: Standard): StandardValidationError[] {
  const errors: StandardValidationError[] = [];
  const actTypes = new Set<string>();
  standard.actTypes.forEach((t, i) => {
    if (actTypes.has(t)) errors.push(err(['actTypes', i], undefined, 'actTypes', `适用行为类型「${t}」重复`));
    actTypes.add(t);
  });
  errors.push(...checkUniqueCodes(standard));
  for (const { section, path } of listSections(standard)) errors.push(...checkSection(section, path));
  for (const { item, path } of listItems(standard)) errors.push(...checkItem(item, path));
  errors.push(...checkGrading(standard));
  errors.push(...checkFormula(standard));
  return errors;
}
