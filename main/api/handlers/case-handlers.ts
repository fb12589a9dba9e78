import type { Services } from '../../services';
import type { HandlerGroup } from '../router';

type CaseMethod =
  | 'cases.list'
  | 'cases.get'
  | 'cases.create'
  | 'cases.update'
  | 'cases.delete'
  | 'cases.restore'
  | 'cases.facets'
  | 'cases.next';

export const caseHandlers = (s: Services): HandlerGroup<CaseMethod> => ({
  'cases.list': (args) => s.cases.list(args),
  'cases.get': ({ id }) => s.cases.get(id),
  'cases.create': ({ record }) => s.cases.create(record),
  'cases.update': ({ id, record }) => s.cases.update(id, record),
  'cases.delete': ({ id }) => s.cases.remove(id),
  'cases.restore': ({ id }) => s.cases.restore(id),
  'cases.facets': () => s.cases.facets(),
  'cases.next': ({ id }) => s.cases.next(id),
});
