/** Electron entry: composition only. Built to out/main/index.cjs. */
import { join } from 'node:path';
import { startDesktop } from './electron/start-desktop';

startDesktop(join(__dirname, '..'));
