import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The layering of architecture.md, checked against the real lint config.
describe('layering enforced by lint', () => {
  it.each([
    ['main/services/x/y.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['main/db/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['renderer/src/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['renderer/src/x.ts', "import path from 'path';\nexport const a = path;\n"],
    ['preload/contract/x.ts', "import { createHash } from 'node:crypto';\nexport const a = createHash;\n"],
    [
      'main/services/x/y.ts',
      "import { startWebHost } from '../../web/web-host';\nexport const a = startWebHost;\n",
    ],
    [
      'main/services/x/y.ts',
      "import { createMainWindow } from '../../electron/window';\nexport const a = createMainWindow;\n",
    ],
    // The renderer and the contract never reach into main/ (the Node side), not even for types.
    ['renderer/src/x.ts', "import { x } from '../../main/services/x';\nexport const a = x;\n"],
    [
      'renderer/src/pages/review/x.tsx',
      "import type { X } from '../../../../main/services/x';\nexport type A = X;\n",
    ],
    ['preload/contract/x.ts', "import { x } from '../../main/services/x';\nexport const a = x;\n"],
    [
      'preload/contract/methods/x.ts',
      "import type { X } from '../../../main/services/x';\nexport type A = X;\n",
    ],
    ['preload/index.ts', "import { x } from '../main/services/x';\nexport const a = x;\n"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['main/electron/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['preload/index.ts', "import { contextBridge } from 'electron';\nexport const a = contextBridge;\n"],
    ['main/services/x/y.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    // main may use the shared contract, including its domain model.
    [
      'main/services/x/y.ts',
      "import type { Standard } from '../../../preload/contract/model/standard/standard';\nexport type A = Standard;\n",
    ],
    [
      'main/services/x/y.ts',
      "import { contract } from '../../../preload/contract';\nexport const a = contract;\n",
    ],
    // The contract and the renderer may use the contract's model.
    [
      'renderer/src/x.ts',
      "import { listItems } from '../../preload/contract/model/standard/walk';\nexport const a = listItems;\n",
    ],
    [
      'preload/contract/methods/x.ts',
      "import type { X } from '../model/score-report';\nexport type A = X;\n",
    ],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toEqual([]);
  });
});
