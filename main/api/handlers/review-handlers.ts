import type { Services } from '../../services';
import type { HandlerGroup } from '../router';

type StandardMethod =
  | 'standards.list'
  | 'standards.get'
  | 'standards.validate'
  | 'standards.saveVersion'
  | 'standards.clone'
  | 'standards.importJson'
  | 'standards.importXlsx'
  | 'standards.exportJson'
  | 'standards.exportXlsx';

type ReviewMethod =
  | 'reviewer.get'
  | 'reviewer.set'
  | 'reviews.listForCase'
  | 'reviews.openOrCreate'
  | 'reviews.get'
  | 'reviews.setItem'
  | 'reviews.submit'
  | 'reviews.reopen'
  | 'reviews.history'
  | 'reviews.decideSuggestion';

export const standardHandlers = (s: Services): HandlerGroup<StandardMethod> => ({
  'standards.list': () => s.standards.list(),
  'standards.get': ({ id }) => s.standards.get(id),
  'standards.validate': ({ standard }) => s.standards.validate(standard),
  'standards.saveVersion': ({ standard }) => s.standards.saveVersion(standard),
  'standards.clone': ({ id, ...target }) => s.standards.clone(id, target),
  'standards.importJson': ({ text }) => s.standards.importJson(text),
  'standards.importXlsx': ({ base64 }) => s.standards.importXlsx(base64),
  'standards.exportJson': ({ id }) => s.standards.exportJson(id),
  'standards.exportXlsx': ({ id }) => s.standards.exportXlsx(id),
});

export const reviewHandlers = (s: Services): HandlerGroup<ReviewMethod> => ({
  'reviewer.get': async () => ({ identity: await s.reviewer.get() }),
  'reviewer.set': ({ identity }) => s.reviewer.set(identity),
  'reviews.listForCase': ({ caseId }) => s.reviews.listForCase(caseId),
  'reviews.openOrCreate': ({ caseId, standardVersionId }) =>
    s.reviews.openOrCreate(caseId, standardVersionId),
  'reviews.get': ({ id }) => s.reviews.get(id),
  'reviews.setItem': ({ id, itemCode, finding }) => s.reviews.setItem(id, itemCode, finding),
  'reviews.submit': ({ id }) => s.reviews.submit(id),
  'reviews.reopen': ({ id, reason }) => s.reviews.reopen(id, reason),
  'reviews.history': ({ id, itemCode }) => s.reviews.history(id, itemCode),
  'reviews.decideSuggestion': ({ id, ...decision }) => s.reviews.decideSuggestion(id, decision),
});
