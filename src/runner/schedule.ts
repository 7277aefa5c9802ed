/**
 * Which ready claim to start next: the one heading the longest remaining chain of work (critical-path list
 * scheduling). A claim's priority is its own expected time plus the largest priority among the claims that depend on
 * it, so a slow claim, or a claim that a slow one waits for, starts first instead of last and the run is not left
 * waiting on one process at the end. Expected times come from the previous run when known; an unknown claim counts
 * as the median of the known ones (1 s when none is known), so with no history the longest chain of claims goes first.
 */

/** What the scheduler needs of a task: its id and the ids it waits for. */
export interface SchedulableTask {
  id: string;
  dependsOn: readonly string[];
}

/** Default expected time of a claim when no previous run timed any, in milliseconds. */
const UNKNOWN_MS = 1000;

/**
 * Each task's priority in milliseconds: its expected time plus the largest priority of the tasks depending on it
 * (dependencies outside `tasks` ignored; a dependency cycle, which discovery rejects before, counts each task once).
 */
export function priorities(tasks: readonly SchedulableTask[], expectedMs: ReadonlyMap<string, number>): Map<string, number> {
  const known = tasks.map((t) => expectedMs.get(t.id)).filter((ms): ms is number => ms !== undefined).sort((a, b) => a - b);
  const fallback = known.length > 0 ? known[Math.floor(known.length / 2)] : UNKNOWN_MS;
  const dependents = new Map<string, string[]>(tasks.map((t) => [t.id, []]));
  for (const t of tasks) for (const d of t.dependsOn) dependents.get(d)?.push(t.id);
  const result = new Map<string, number>();
  const visiting = new Set<string>();
  const priority = (id: string): number => {
    const done = result.get(id);
    if (done !== undefined) return done;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const below = Math.max(0, ...dependents.get(id)!.map(priority));
    visiting.delete(id);
    const p = (expectedMs.get(id) ?? fallback) + below;
    result.set(id, p);
    return p;
  };
  for (const t of tasks) priority(t.id);
  return result;
}

/** The index in `ready` of the task to start next: highest priority, the earliest listed among equals. */
export function nextTask(ready: readonly SchedulableTask[], priority: ReadonlyMap<string, number>): number {
  let best = -1;
  for (let i = 0; i < ready.length; i++) {
    if (best < 0 || (priority.get(ready[i].id) ?? 0) > (priority.get(ready[best].id) ?? 0)) best = i;
  }
  return best;
}
