import type { Services } from '../../services';
import type { HandlerGroup } from '../router';

type AuditMethod = 'audit.list' | 'audit.verify';

export const auditHandlers = (s: Services): HandlerGroup<AuditMethod> => ({
  'audit.list': ({ entityType, entityId, limit }) => s.audit.list(entityType, entityId, limit),
  'audit.verify': () => s.audit.verify(),
});
