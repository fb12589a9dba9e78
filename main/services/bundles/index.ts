export { createBundlesService, type BundlesService } from './bundles-service';
export { outboxPath, OUTBOX_NAME } from './outbox';
export { readBundle } from './read-bundle';
export { writeBundle } from './write-bundle';
export { classifyEntryName } from './bundle-paths';
export * from './bundle-format';
