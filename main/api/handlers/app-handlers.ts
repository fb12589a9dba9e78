import type { Services } from '../../services';
import type { HandlerGroup } from '../router';

export const appHandlers = (s: Services): HandlerGroup<'app.info' | 'app.health'> => ({
  'app.info': () => s.system.info(),
  'app.health': () => s.system.health(),
});
