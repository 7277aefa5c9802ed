/**
 * Entry point of a claim's own process, used for exactly one claim: receives `{ file, displayPath, id, nonce, ctx }`
 * over IPC, runs the claim, sends back ONE message (a JSON string, see payload.ts) and exits. It never judges: the
 * kernel runs in the parent on a parsed copy of that string. A runaway claim is stopped by the parent killing it.
 */
import { register } from 'node:module';
import type { ClaimContext } from '../claim/types.js';
import { encodeMessage } from './payload.js';
import { runClaimFile } from './run-claim.js';

// Compiled (dist/): claim files are TypeScript, loaded through claim-hooks.js; an error's stack then names the line
// of the .ts source through its inline source map. From the TypeScript sources (tests) tsx does both jobs.
if (import.meta.url.endsWith('.js')) {
  register(new URL('./claim-hooks.js', import.meta.url));
  process.setSourceMapsEnabled(true);
}

interface Task {
  file: string;
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
  void runClaimFile(task.file, task.displayPath, task.ctx).then((payload) => {
    send?.(encodeMessage(task.nonce, task.id, payload, task.displayPath), undefined, undefined, () => exit(0));
  });
});
send?.('ready');
