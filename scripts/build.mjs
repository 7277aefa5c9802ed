/**
 * `npm run build` (also run by `npm ci` through `prepare`): compiles src/ into dist/ with esbuild, one JavaScript file
 * per TypeScript file (no bundling, same folder layout, so `import.meta.url` paths such as `../../reports` still hold),
 * copies every other file under src/ (the peers' C, Python and GP sources), and writes dist/.manifest.json: the size
 * and mtime of every input. It builds into a fresh folder and swaps it in, so an interrupted build never leaves a
 * half-written dist/. Type-checking is `npm run typecheck`'s job; this only strips types.
 * Plain JavaScript on purpose: it must run before anything is compiled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The package root: the folder holding src/, dist/ and this scripts/ folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');
const MANIFEST = '.manifest.json';
/** Inputs outside src/ whose change also makes dist/ stale: the build itself. */
const BUILD_INPUTS = ['scripts/build.mjs'];

/** Every input of the build, as `[path relative to ROOT, size, mtimeMs]`, sorted by path. */
export function inputs() {
  const files = fs
    .readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath ?? e.path, e.name)));
  return [...files, ...BUILD_INPUTS]
    .sort()
    .map((rel) => {
      const st = fs.statSync(path.join(ROOT, rel));
      return [rel.split(path.sep).join('/'), st.size, st.mtimeMs];
    });
}

/** Why dist/ does not match src/ (a one-line reason), or undefined when every input is as it was at the last build. */
export function staleness() {
  let recorded;
  try {
    recorded = JSON.parse(fs.readFileSync(path.join(DIST, MANIFEST), 'utf8')).inputs;
  } catch {
    return 'dist/ has not been built';
  }
  const now = inputs();
  const before = new Map(recorded.map(([rel, size, mtime]) => [rel, `${size}:${mtime}`]));
  for (const [rel, size, mtime] of now) {
    if (!before.has(rel)) return `${rel} is new since the last build`;
    if (before.get(rel) !== `${size}:${mtime}`) return `${rel} changed since the last build`;
    before.delete(rel);
  }
  const gone = [...before.keys()][0];
  return gone === undefined ? undefined : `${gone} was removed since the last build`;
}

/** Compiles src/ into dist/ (see the file comment); returns the number of files written. Throws on a syntax error. */
export async function build() {
  const esbuild = await import('esbuild');
  const before = inputs();
  const tmp = `${DIST}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const sources = before.map(([rel]) => rel).filter((rel) => rel.startsWith('src/'));
  const ts = sources.filter((rel) => rel.endsWith('.ts'));
  try {
    await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ts,
      outdir: tmp,
      outbase: 'src',
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'linked',
      logLevel: 'silent',
    });
    for (const rel of sources.filter((r) => !r.endsWith('.ts'))) {
      const to = path.join(tmp, path.relative('src', rel));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(path.join(ROOT, rel), to);
    }
    fs.writeFileSync(path.join(tmp, 'package.json'), '{ "type": "module" }\n');
    fs.writeFileSync(path.join(tmp, MANIFEST), `${JSON.stringify({ inputs: before })}\n`);
    const old = `${DIST}.${process.pid}.old`;
    if (fs.existsSync(DIST)) fs.renameSync(DIST, old);
    fs.renameSync(tmp, DIST);
    fs.rmSync(old, { recursive: true, force: true });
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return sources.length;
}

/** The first esbuild error as `file:line: message`, or the error's first line. */
export function describeBuildError(e) {
  const first = e?.errors?.[0];
  if (first?.location) return `${first.location.file}:${first.location.line}: ${first.text}`;
  return String(e?.message ?? e).split('\n')[0];
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const started = performance.now();
  try {
    const n = await build();
    process.stderr.write(`build: compiled src/ into dist/ (${n} files) in ${Math.round(performance.now() - started)} ms\n`);
  } catch (e) {
    process.stderr.write(`build: ${describeBuildError(e)}\n`);
    process.exit(1);
  }
}
