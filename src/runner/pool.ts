/**
 * Runs claims in child processes, in dependency order, several at a time. Each claim is isolated: a claim that
 * throws, never settles, loops forever or kills its process gets an `error` verdict; the others are unaffected.
 */
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimContext } from '../claim/types.js';
import { judgeClaim } from '../kernel/verdict.js';
import type { ClaimRun } from './run-claim.js';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const PACKAGE_ROOT = path.resolve(path.dirname(CHILD), '..', '..');

/** One claim to run: its file, the ids it must wait for, and a display path for messages. */
export interface ClaimTask {
  id: string;
  file: string;
  displayPath: string;
  dependsOn: readonly string[];
}

export interface PoolOptions {
  ctx: ClaimContext;
  /** Per-claim wall-clock limit in milliseconds, from the moment it is handed to a ready process. */
  timeoutMs: number;
  /** How many claims run at once (default: the number of cores). */
  concurrency?: number;
  /** Called as each claim finishes, with its wall-clock milliseconds. */
  onResult?: (run: ClaimRun, ms: number) => void;
}

interface Worker {
  child: ChildProcess;
  ready: boolean;
  task?: { task: ClaimTask; started: number; timer: NodeJS.Timeout };
}

function failed(id: string, failure: string): ClaimRun {
  const outcome = { evidence: [], properties: [], certificates: [], failure };
  return { id, judgement: judgeClaim(outcome), outcome, properties: [], certificates: [], figures: [] };
}

/** Runs every task and resolves with each claim's run, keyed by id. Tasks wait until their dependencies finished. */
export function runClaims(tasks: readonly ClaimTask[], options: PoolOptions): Promise<Map<string, ClaimRun>> {
  const concurrency = Math.max(1, Math.min(options.concurrency ?? os.availableParallelism(), tasks.length));
  const results = new Map<string, ClaimRun>();
  const known = new Set(tasks.map((t) => t.id));
  const pending = [...tasks];
  const workers: Worker[] = [];
  if (tasks.length === 0) return Promise.resolve(results);

  return new Promise((resolve) => {
    const finish = (worker: Worker, run: ClaimRun) => {
      const current = worker.task;
      if (!current) return;
      clearTimeout(current.timer);
      worker.task = undefined;
      results.set(current.task.id, run);
      options.onResult?.(run, Date.now() - current.started);
      schedule();
    };
    const spawn = (): Worker => {
      const child = fork(CHILD, [], {
        cwd: PACKAGE_ROOT,
        execArgv: ['--import', 'tsx'],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const worker: Worker = { child, ready: false };
      child.on('message', (msg: { type: string; run?: ClaimRun }) => {
        if (msg.type === 'ready') {
          worker.ready = true;
          schedule();
        } else if (msg.type === 'result' && msg.run) finish(worker, msg.run);
      });
      child.on('exit', (code, signal) => {
        const index = workers.indexOf(worker);
        if (index >= 0) workers.splice(index, 1);
        if (worker.task) {
          const { task } = worker.task;
          finish(worker, failed(task.id, `${task.displayPath}: the claim's process exited (${signal ?? `code ${code}`}) before it finished`));
        } else schedule();
      });
      workers.push(worker);
      return worker;
    };
    const dispatch = (worker: Worker, task: ClaimTask) => {
      const timer = setTimeout(() => {
        const seconds = options.timeoutMs / 1000;
        worker.ready = false;
        worker.child.kill('SIGKILL');
        finish(worker, failed(task.id, `${task.displayPath}: did not finish within the time limit of ${seconds} s (stopped)`));
      }, options.timeoutMs);
      worker.task = { task, started: Date.now(), timer };
      worker.child.send({ file: task.file, displayPath: task.displayPath, id: task.id, ctx: options.ctx });
    };
    const schedule = () => {
      for (;;) {
        const next = pending.findIndex((t) => t.dependsOn.every((d) => results.has(d) || !known.has(d)));
        const idle = workers.find((w) => w.ready && !w.task && w.child.connected);
        if (next < 0 || !idle) break;
        dispatch(idle, pending.splice(next, 1)[0]);
      }
      const busy = workers.filter((w) => w.task).length;
      const live = workers.filter((w) => !w.task).length;
      if (pending.length > 0 && busy + live < concurrency) spawn();
      if (results.size === tasks.length) {
        for (const w of workers) w.child.kill();
        resolve(results);
      }
    };
    for (let i = 0; i < concurrency; i++) spawn();
  });
}
