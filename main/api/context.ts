/** Who is calling the router. Transports set it; handlers may log or restrict by it. */
export interface ApiContext {
  transport: 'ipc' | 'http' | 'cli' | 'test';
}
