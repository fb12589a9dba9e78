import type { Services } from '../../services';
import type { HandlerGroup } from '../router';

type DocumentMethod =
  | 'documents.list'
  | 'documents.types'
  | 'documents.setType'
  | 'documents.reorder'
  | 'documents.remove'
  | 'documents.pagesWithoutText'
  | 'documents.html'
  | 'search.query'
  | 'imports.newBatch'
  | 'imports.start'
  | 'tasks.get'
  | 'tasks.cancel';

export const documentHandlers = (s: Services): HandlerGroup<DocumentMethod> => ({
  'documents.list': ({ caseId }) => s.documents.list(caseId),
  'documents.types': () => s.documents.types(),
  'documents.setType': ({ id, docType }) => s.documents.setType(id, docType),
  'documents.reorder': ({ caseId, orderedIds }) => s.documents.reorder(caseId, orderedIds),
  'documents.remove': ({ id }) => s.documents.remove(id),
  'documents.pagesWithoutText': ({ id }) => s.documents.pagesWithoutText(id),
  'documents.html': ({ id }) => s.documents.html(id),
  'search.query': ({ query, caseId, limit, offset }) => s.search.query(query, { caseId, limit, offset }),
  'imports.newBatch': async () => ({ batchId: await s.imports.newBatch() }),
  'imports.start': ({ batchId, mode, caseId }) => s.imports.startFromBatch(batchId, mode, caseId),
  'tasks.get': ({ id }) => s.tasks.get(id),
  'tasks.cancel': ({ id }) => s.tasks.cancel(id),
});
