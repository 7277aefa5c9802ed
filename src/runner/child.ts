/**
 * Entry point of a claim-runner process: receives `{ file, displayPath, id, ctx }` messages over IPC and answers each
 * with the `ClaimRun`. A runaway claim is stopped by the parent killing this process.
 */
import { runClaimFile } from './run-claim.js';
import type { ClaimContext } from '../claim/types.js';

interface Task {
  file: string;
  displayPath: string;
  id: string;
  ctx: ClaimContext;
}

process.on('message', (task: Task) => {
  void runClaimFile(task.file, task.displayPath, task.id, task.ctx).then((run) => process.send?.({ type: 'result', run }));
});
process.send?.({ type: 'ready' });
