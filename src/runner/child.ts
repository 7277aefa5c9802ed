/**
 * Entry point of a claim's own process, used for exactly one claim: receives `{ file, module, displayPath, id, nonce, ctx }`
 * over IPC, runs the claim, sends back ONE message (a JSON string, see payload.ts) and exits. It never judges: the
 * kernel runs in the parent on a parsed copy of that string. A runaway claim is stopped by the parent killing it.
 */
import type { ClaimContext } from '../claim/types.js';
import { encodeMessage } from './payload.js';
import { runClaimFile } from './run-claim.js';

// Compiled (dist/), the claim arrives compiled by the parent (compile-claim.ts) with an inline source map: with source
// maps on, an error's stack names the line of the .ts source. From the TypeScript sources (tests) tsx does this.
if (import.meta.url.endsWith('.js')) process.setSourceMapsEnabled(true);

interface Task {
  file: string;
  /** The URL of the module to import: `file` itself, or its compiled copy. */
  module: string;
  displayPath: string;
  id: string;
  nonce: string;
  ctx: ClaimContext;
}

// Captured before any claim code runs; what the claim does to its own process afterwards is its own problem.
const send = process.send?.bind(process);
const exit = process.exit.bind(process);

// A listener that stays keeps the IPC channel, and so the process, alive while a claim awaits a promise that never
// settles: the parent's time limit, not an empty event loop, then ends it. Only the first task is run.
let started = false;
process.on('message', (task: Task) => {
  if (started) return;
  started = true;
  void runClaimFile(task.file, task.displayPath, task.ctx, task.module).then((payload) => {
    send?.(encodeMessage(task.nonce, task.id, payload, task.displayPath), undefined, undefined, () => exit(0));
  });
});
send?.('ready');
