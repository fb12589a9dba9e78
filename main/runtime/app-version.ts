import pkg from '../../package.json';

export const APP_NAME = 'Pingcha 评查';
export const APP_VERSION: string = pkg.version;
