import { conflictsWith } from './avoidance';

export interface AssignableCase {
  caseId: string;
  agency: string;
  /** Member ids already assigned to this dossier. */
  assigned: readonly string[];
}

export interface AssignableMember {
  id: string;
  unit: string;
  /** Dossiers already assigned in this campaign. */
  load: number;
}

export interface PlannedAssignment {
  caseId: string;
  memberId: string;
}

/**
 * Fills every dossier up to `perCase` reviewers without ever breaking 回避.
 *
 * Greedy, most-constrained first: dossiers with the fewest eligible reviewers
 * are served first (so scarce reviewers are not used up by easy dossiers);
 * each dossier takes the eligible reviewers with the lowest current load, ties
 * broken by member order. With unconstrained panels this keeps every load
 * within 1 of the others; with constraints it never exceeds the best greedy
 * choice per step. Dossiers that cannot be filled are reported as shortfalls.
 */
export function planAssignments(
  cases: readonly AssignableCase[],
  members: readonly AssignableMember[],
  perCase: number,
): { planned: PlannedAssignment[]; shortfalls: { caseId: string; missing: number }[] } {
  const load = new Map(members.map((m) => [m.id, m.load]));
  const order = new Map(members.map((m, i) => [m.id, i]));
  const eligible = (c: AssignableCase) =>
    members.filter((m) => !conflictsWith(m.unit, c.agency) && !c.assigned.includes(m.id));
  const work = cases
    .map((c, index) => ({ c, index, pool: eligible(c) }))
    .filter((w) => w.c.assigned.length < perCase)
    .sort((x, y) => x.pool.length - y.pool.length || x.index - y.index);
  const planned: PlannedAssignment[] = [];
  const shortfalls: { caseId: string; missing: number }[] = [];
  for (const { c, pool } of work) {
    const need = perCase - c.assigned.length;
    const chosen = [...pool]
      .sort((a, b) => load.get(a.id)! - load.get(b.id)! || order.get(a.id)! - order.get(b.id)!)
      .slice(0, need);
    for (const m of chosen) {
      planned.push({ caseId: c.caseId, memberId: m.id });
      load.set(m.id, load.get(m.id)! + 1);
    }
    if (chosen.length < need) shortfalls.push({ caseId: c.caseId, missing: need - chosen.length });
  }
  return { planned, shortfalls };
}
