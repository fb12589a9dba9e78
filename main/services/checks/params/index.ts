export * from './rule-params-schema';
export * from './default-params';
export * from './param-descriptors';
