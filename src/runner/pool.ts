/**
 * Runs claims in child processes, one fresh process per claim, in dependency order, several at a time, and has the
 * kernel judge each claim here, in the parent, on a validated parse of the one message its process sent. Nothing a
 * claim does to its own process reaches the kernel except that message's data. A claim that throws, never settles,
 * loops forever, kills its process, or sends a message that is malformed, forged, duplicated or for another task
 * gets an `error` verdict; the others are unaffected.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ClaimContext } from '../claim/types.js';
import { ClaimCompiler, CompileError } from './compile-claim.js';
import { decodeMessage, emptyPayload, ShapeError, type ClaimPayload } from './payload.js';
import { judgeRun, type ClaimRun } from './judge-run.js';
import { nextTask, priorities } from './schedule.js';

/** True when this module runs compiled from dist/ (npm scripts), false when run from the TypeScript sources (tests). */
const COMPILED = import.meta.url.endsWith('.js');
/**
 * The claim process's entry point, and what Node needs to load it: compiled, nothing (the parent compiles each claim
 * file, see compile-claim.ts); from the sources, tsx, which loads the claim's TypeScript itself.
 */
const CHILD = fileURLToPath(new URL(COMPILED ? './child.js' : './child.ts', import.meta.url));
const CHILD_EXEC_ARGV = COMPILED ? [] : ['--import', 'tsx'];
const PACKAGE_ROOT = path.resolve(path.dirname(CHILD), '..', '..');
/** How long a process may take to exit after sending its result before it is killed. */
const EXIT_GRACE_MS = 2000;
/** How much of a claim's own stdout and stderr is passed on (to stderr, each line marked with the claim's id). */
const OUTPUT_LIMIT = 16 * 1024;

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
  /** How long each claim took last time, in milliseconds, where known: the longest chain of work starts first. */
  expectedMs?: ReadonlyMap<string, number>;
  /** Called as each claim finishes, with its wall-clock milliseconds. */
  onResult?: (run: ClaimRun, ms: number) => void;
}

/**
 * Runs every task and resolves with each claim's run, keyed by id. Tasks wait until their dependencies finished; of
 * the ready ones, the one heading the longest remaining chain of work starts first (schedule.ts).
 * While claims run, one spare process boots (Node and the runner's child, no claim code) so that the next claim need not
 * wait for it.
 */
export function runClaims(tasks: readonly ClaimTask[], options: PoolOptions): Promise<Map<string, ClaimRun>> {
  const concurrency = Math.max(1, Math.min(options.concurrency ?? os.availableParallelism(), tasks.length));
  const results = new Map<string, ClaimRun>();
  const known = new Set(tasks.map((t) => t.id));
  const pending = [...tasks];
  let running = 0;
  let spare: Booting | undefined;
  if (tasks.length === 0) return Promise.resolve(results);
  const priority = priorities(tasks, options.expectedMs ?? new Map());
  const compiler = COMPILED ? compilerHere() : undefined;
  /** The URL the claim process imports for `task`, or the failure that stops it before any process is used. */
  const moduleOf = async (task: ClaimTask): Promise<{ url: string } | { failure: string }> => {
    if (!compiler) return { url: pathToFileURL(task.file).href };
    try {
      return { url: await compiler.compile(task.file, task.displayPath) };
    } catch (e) {
      if (e instanceof CompileError) return { failure: e.message };
      throw e;
    }
  };

  return new Promise((resolve) => {
    const settle = (task: ClaimTask, payload: ClaimPayload, started: number) => {
      running--;
      const run = judgeRun(task.id, payload);
      results.set(task.id, run);
      options.onResult?.(run, Date.now() - started);
      schedule();
    };
    const start = (task: ClaimTask) => {
      running++;
      const queued = Date.now();
      void moduleOf(task).then((module) => {
        if ('failure' in module) return settle(task, emptyPayload(module.failure), queued);
        const proc = spare && !spare.closed ? spare : boot();
        if (proc === spare) spare = undefined;
        return runOne(proc, task, module.url, options).then((payload) => settle(task, payload, queued));
      });
    };
    const schedule = () => {
      for (;;) {
        if (running >= concurrency) break;
        const ready = pending.filter((t) => t.dependsOn.every((d) => results.has(d) || !known.has(d)));
        if (ready.length === 0) break;
        const next = ready[nextTask(ready, priority)];
        start(pending.splice(pending.indexOf(next), 1)[0]);
      }
      if (pending.length > 0 && (!spare || spare.closed)) spare = boot();
      if (results.size === tasks.length) {
        spare?.child.kill('SIGKILL');
        compiler?.dispose();
        resolve(results);
      }
    };
    schedule();
  });
}

/** A compiler of claim files into this dist/, resolving packages as the modules of dist/ (this one) see them. */
function compilerHere(): ClaimCompiler {
  return new ClaimCompiler({
    src: path.join(PACKAGE_ROOT, 'src'),
    dist: path.join(PACKAGE_ROOT, 'dist'),
    resolvePackage: (specifier) => {
      try {
        return import.meta.resolve(specifier);
      } catch {
        return undefined;
      }
    },
  });
}

/** A fresh claim process, booting or booted, not yet given a claim; events are routed to whoever takes it. */
interface Booting {
  child: ChildProcess;
  ready: boolean;
  closed?: { code: number | null; signal: NodeJS.Signals | null };
  /** Messages after 'ready' (none can come before a task: no claim code has run). */
  onMessage: (msg: unknown) => void;
  onReady: () => void;
  onClose: () => void;
}

/** Forks a claim process that loads only the runner's child entry point and reports 'ready'. */
function boot(): Booting {
  const child: ChildProcess = fork(CHILD, [], {
    cwd: PACKAGE_ROOT,
    execArgv: CHILD_EXEC_ARGV,
    serialization: 'json',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const early: unknown[] = [];
  const proc: Booting = { child, ready: false, onMessage: (m) => early.push(m), onReady: () => {}, onClose: () => {} };
  child.on('message', (msg: unknown) => {
    if (!proc.ready && msg === 'ready') {
      proc.ready = true;
      proc.onReady();
    } else proc.onMessage(msg);
  });
  child.on('error', () => child.kill('SIGKILL'));
  child.on('close', (code, signal) => {
    proc.closed = { code, signal };
    proc.onClose();
  });
  return proc;
}

/**
 * Runs one claim (importing `module`, the claim file or its compiled copy) in the fresh process `proc` and resolves with its payload once the process is gone: exactly one
 * message, matching the task's id and nonce and valid in shape, is a result; anything else is a failure payload.
 */
function runOne(proc: Booting, task: ClaimTask, module: string, options: PoolOptions): Promise<ClaimPayload> {
  const nonce = randomBytes(16).toString('hex');
  const { child } = proc;
  relayOutput(task.id, child);
  return new Promise((resolve) => {
    let sent = false;
    let timedOut = false;
    const messages: unknown[] = [];
    let timer: NodeJS.Timeout | undefined;
    let grace: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      clearTimeout(grace);
      const { code, signal } = proc.closed!;
      resolve(outcomeOf(task, nonce, { ready: sent, timedOut, messages, code, signal }, options.timeoutMs));
    };
    proc.onReady = () => {
      sent = true;
      timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, options.timeoutMs);
      child.send({ file: task.file, module, displayPath: task.displayPath, id: task.id, nonce, ctx: options.ctx });
    };
    proc.onMessage = (msg) => {
      messages.push(msg);
      clearTimeout(timer);
      grace ??= setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS);
    };
    proc.onClose = finish;
    if (proc.closed) finish();
    else if (proc.ready) proc.onReady();
  });
}

/**
 * Passes a claim's stdout and stderr on to stderr, each line prefixed `<id> | ` so that it cannot pass for the
 * runner's own lines, up to OUTPUT_LIMIT characters; the rest is read and dropped (a full pipe would stall the claim).
 */
function relayOutput(id: string, child: ChildProcess): void {
  let budget = OUTPUT_LIMIT;
  let dropped = 0;
  const relay = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    if (budget <= 0) {
      dropped += text.length;
      return;
    }
    const kept = text.slice(0, budget);
    budget -= kept.length;
    dropped += text.length - kept.length;
    process.stderr.write(kept.split('\n').filter((line, i, all) => line !== '' || i < all.length - 1).map((line) => `${id} | ${line}\n`).join(''));
  };
  child.stdout?.on('data', relay);
  child.stderr?.on('data', relay);
  child.on('close', () => {
    if (dropped > 0) process.stderr.write(`${id} | … ${dropped} more characters of the claim's output not shown\n`);
  });
}

/** What a finished process amounts to: its one valid message's payload, or the failure that explains why not. */
function outcomeOf(
  task: ClaimTask,
  nonce: string,
  end: { ready: boolean; timedOut: boolean; messages: unknown[]; code: number | null; signal: NodeJS.Signals | null },
  timeoutMs: number,
): ClaimPayload {
  const where = task.displayPath;
  if (end.timedOut) return emptyPayload(`${where}: did not finish within the time limit of ${timeoutMs / 1000} s (stopped)`);
  if (end.messages.length === 0) {
    const how = end.signal ?? `code ${end.code}`;
    return emptyPayload(end.ready ? `${where}: the claim's process exited (${how}) before it finished` : `${where}: the claim's process exited (${how}) before it started`);
  }
  if (end.messages.length > 1) return emptyPayload(`${where}: the claim's process sent ${end.messages.length} messages; exactly one result is allowed`);
  try {
    return decodeMessage(end.messages[0], { id: task.id, nonce });
  } catch (e) {
    if (e instanceof ShapeError) return emptyPayload(`${where}: rejected the claim's result: ${e.message}`);
    throw e;
  }
}
