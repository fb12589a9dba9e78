import type { Services } from '../../services';
import type { HandlerGroup } from '../router';

type AnnotationMethod =
  | 'annotations.list'
  | 'annotations.create'
  | 'annotations.update'
  | 'annotations.remove'
  | 'annotations.restore'
  | 'annotations.linkItem'
  | 'annotations.fromCheck'
  | 'annotations.citations'
  | 'annotations.missingEvidence'
  | 'annotations.exportW3c'
  | 'annotations.importW3c'
  | 'annotations.exportPdf'
  | 'annotations.settings'
  | 'annotations.saveSettings';

export const annotationHandlers = (s: Services): HandlerGroup<AnnotationMethod> => ({
  'annotations.list': (filter) => s.annotations.list(filter),
  'annotations.create': (input) => s.annotations.create(input),
  'annotations.update': (input) => s.annotations.update(input),
  'annotations.remove': ({ id }) => s.annotations.remove(id),
  'annotations.restore': ({ id }) => s.annotations.restore(id),
  'annotations.linkItem': ({ ids, itemCode, linked }) => s.annotations.linkItem(ids, itemCode, linked),
  'annotations.fromCheck': ({ caseId, ruleId, itemCode }) =>
    s.annotations.fromCheck(caseId, ruleId, itemCode),
  'annotations.citations': ({ caseId }) => s.annotations.citations(caseId),
  'annotations.missingEvidence': async ({ reviewId }) =>
    s.annotations.missingEvidence(await s.reviews.get(reviewId)),
  'annotations.exportW3c': ({ caseId }) => s.annotations.exportW3c(caseId),
  'annotations.importW3c': ({ json }) => s.annotations.importW3c(json),
  'annotations.exportPdf': ({ documentId }) => s.annotations.exportPdf(documentId),
  'annotations.settings': () => s.annotations.settings(),
  'annotations.saveSettings': (patch) =>
    s.annotations.saveSettings({
      ...(patch.categories ? { categories: patch.categories } : {}),
      ...(patch.evidenceRequired !== undefined ? { evidenceRequired: patch.evidenceRequired } : {}),
    }),
});
