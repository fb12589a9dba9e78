import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { resolveStaticPath } from '../../../main/host/static-path';

const root = resolve('/srv/app');

describe('resolveStaticPath', () => {
  it('maps / to index.html and nested paths under the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/a.js')).toBe(join(root, 'assets', 'a.js'));
    expect(resolveStaticPath(root, '/%E6%A1%88%E5%8D%B7.html')).toBe(join(root, '案卷.html'));
  });

  it.each([
    '/..',
    '/../x',
    '/a/../../x',
    '/%2e%2e/x',
    '/a%2f..%2f..%2fx',
    '/a\\..\\x',
    '/%5c',
    '/x%00.js',
    '/%zz',
    '/./x',
  ])('rejects %s', (path) => {
    expect(resolveStaticPath(root, path)).toBeNull();
  });
});
