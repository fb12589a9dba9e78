export { appendAudit, type AuditInput } from './append-audit';
export { auditEntryHash, canonicalAuditEntry, GENESIS_HASH } from './audit-hash';
export { auditWireEntrySchema, type AuditWireEntry } from './audit-wire';
export { createAuditService, type AuditService } from './audit-service';
export { importAuditEntries, type AuditImportCount } from './import-audit-entries';
export { verifyAuditChain } from './verify-audit-chain';
export { workstationId } from './workstation-id';
