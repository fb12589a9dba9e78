import { APP_NAME, APP_VERSION } from '../../runtime/app-version';
import { EXIT, type CliCommand } from '../cli-io';

export const versionCommand: CliCommand = {
  summary: '显示版本 / print the version',
  usage: 'version',
  async run(_argv, io) {
    io.out(`${APP_NAME} ${APP_VERSION}`);
    return EXIT.OK;
  },
};
