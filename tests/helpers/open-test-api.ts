import { openApi, type OpenedApi } from '../../main/api/open-api';
import { makeTempDir } from './temp-dir';

/** The real services on a fresh temporary data directory. */
export async function openTestApi(): Promise<OpenedApi & { dataDir: string; dispose(): Promise<void> }> {
  const temp = makeTempDir('pingcha-api-');
  const api = await openApi({ dataDir: temp.dir, mode: 'test' });
  return {
    ...api,
    dataDir: temp.dir,
    async dispose() {
      await api.close();
      temp.cleanup();
    },
  };
}
