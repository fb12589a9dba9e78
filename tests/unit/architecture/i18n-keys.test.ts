import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLES } from '../../../renderer/src/i18n/bundles';
import { en } from '../../../renderer/src/i18n/en';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';

const merged = (base: object, lang: 'zhCN' | 'en') =>
  Object.assign({}, base, ...BUNDLES.map((b) => b[lang])) as Record<string, unknown>;
const lookup = (tree: Record<string, unknown>, key: string) =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      tree,
    );

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

// Literal keys only: t('a.b'), t("a.b"), labelKey: 'a.b'. Keys built at run time are checked where they are built.
const KEY = /(?:\bt\(\s*|labelKey:\s*)['"]([A-Za-z][\w.]*)['"]/g;

describe('i18n', () => {
  const used = new Set<string>();
  for (const file of sourceFiles('renderer/src'))
    for (const m of readFileSync(file, 'utf8').matchAll(KEY)) used.add(m[1]!);

  it('finds the keys the renderer uses', () => {
    expect(used.size).toBeGreaterThan(50);
  });

  it.each(['zhCN', 'en'] as const)('every literal key used in the renderer exists in %s', (lang) => {
    const tree = merged(lang === 'zhCN' ? zhCN : en, lang);
    const missing = [...used].filter((key) => typeof lookup(tree, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
