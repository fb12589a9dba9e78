import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是/否 (true/false)',
  array: '列表',
  object: '对象',
};

const zhFallback = z.locales.zhCN().localeError;

/**
 * Chinese messages for zod issues, phrased for people who edit standard files
 * by hand. Schema-level custom messages still take precedence.
 */
export const chineseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少必填字段';
      return `类型错误：应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return '不能为空';
      if (issue.origin === 'array') return `至少需要 ${min} 项`;
      if (issue.origin === 'number') {
        if (min === 0 && issue.inclusive === false) return '必须大于 0';
        if (min === 0) return '不能为负数';
        return `不能小于 ${min}`;
      }
      return `过小：不能小于 ${min}`;
    }
    case 'too_big':
      if (issue.origin === 'string') return `过长：最多 ${Number(issue.maximum)} 个字符`;
      return `不能大于 ${Number(issue.maximum)}`;
    case 'invalid_value':
      return `取值无效，可选值：${issue.values.map((v) => String(v)).join('、')}`;
    case 'unrecognized_keys':
      return `未知字段：${issue.keys.join('、')}`;
    case 'invalid_union':
      return '格式无效：不符合任何一种允许的写法';
    case 'invalid_format':
      return '格式无效';
    default:
      return zhFallback(issue);
  }
};
