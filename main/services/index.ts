import type { Runtime } from '../runtime/runtime';
import { createCasesService } from './cases/cases-service';
import { createSystemService } from './system/system-service';

/** All domain services, built once per process from the runtime. */
export function createServices(runtime: Runtime) {
  return {
    runtime,
    system: createSystemService(runtime),
    cases: createCasesService(() => runtime.db()),
  };
}

export type Services = ReturnType<typeof createServices>;
