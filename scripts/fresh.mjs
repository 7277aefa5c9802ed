/**
 * Preloaded by every npm script (`node --import ./scripts/fresh.mjs dist/cli/X.js`) before the compiled entry point
 * is even resolved: when an input of dist/ (any file under src/, or the build script) differs from what the last
 * build recorded, or dist/ was never built, it rebuilds dist/ first, saying why on stderr, so an edit to src/ never
 * runs as stale code. The check stats every input (a few milliseconds); esbuild is loaded only to rebuild.
 */
import { build, describeBuildError, staleness } from './build.mjs';

const reason = staleness();
if (reason !== undefined) {
  const started = performance.now();
  try {
    const n = await build();
    process.stderr.write(`build: ${reason}: rebuilt dist/ (${n} files) in ${Math.round(performance.now() - started)} ms\n`);
  } catch (e) {
    // Another command may have rebuilt dist/ at the same moment, its swap beating ours: then dist/ is current.
    if (staleness() !== undefined) {
      process.stderr.write(`build: ${reason}, and rebuilding dist/ failed: ${describeBuildError(e)}\n`);
      process.exit(1);
    }
  }
}
