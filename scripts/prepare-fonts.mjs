// Copies the report font (Noto Sans SC, SIL OFL 1.1) from node_modules into
// resources/fonts/ so packaged apps carry it. The TTF is not committed (10 MB);
// the licence text resources/fonts/OFL-NotoSansSC.txt is. Run before packaging.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const source = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const target = join(root, 'resources', 'fonts', 'NotoSansSC-Regular.ttf');
mkdirSync(join(root, 'resources', 'fonts'), { recursive: true });
if (!existsSync(target)) copyFileSync(source, target);
console.error(`[fonts] ${target}`);
