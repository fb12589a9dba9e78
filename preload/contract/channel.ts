/** The one IPC channel; the method name travels as the first argument. */
export const API_CHANNEL = 'pingcha:api';
