/**
 * Module hooks of a compiled claim process (registered by child.ts when it runs as compiled JavaScript from dist/):
 * claim files stay TypeScript under their own path, so each `.ts` module is stripped of its types by esbuild here,
 * with an inline source map (the child enables source maps, so an error's stack names the `.ts` line). An import of a
 * module of the suite's own src/ (`../src/index.js`, `../src/numeric/context.js`, …) is answered by its compiled copy
 * in dist/, so the claim shares the runner's modules, and a `.js` import with no such file but a `.ts` beside it (a
 * claim folder's `./common.js`) loads the `.ts`, as TypeScript's NodeNext resolution reads it. Nothing else changes:
 * each module keeps its own URL, so bare imports, `import.meta.url` and dynamic imports mean what they say.
 * It never judges and runs no claim code itself.
 */
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoadHook, ResolveHook } from 'node:module';

/** This dist/ folder and the src/ folder it was compiled from (real paths, as Node resolves module URLs). */
const DIST = pathToFileURL(fs.realpathSync(fileURLToPath(new URL('..', import.meta.url)))).href + '/';
const SRC = pathToFileURL(fs.realpathSync(fileURLToPath(new URL('../../src', import.meta.url)))).href + '/';

const TYPESCRIPT = /\.m?ts$/;

/** The compiled module of `url` when it names a module of src/ (as `.js` or `.ts`), else undefined. */
function compiledCopy(url: string): string | undefined {
  if (!url.startsWith(SRC)) return undefined;
  const rel = url.slice(SRC.length).replace(/\.ts$/, '.js');
  return rel.endsWith('.js') ? DIST + rel : undefined;
}

/** Resolves src/ imports to dist/, and a missing `x.js` to an existing `x.ts`; everything else as Node does. */
export const resolve: ResolveHook = async (specifier, context, next) => {
  const relative = /^\.{1,2}\//.test(specifier) || specifier.startsWith('/') || specifier.startsWith('file:');
  if (relative && context.parentURL) {
    const target = new URL(specifier, context.parentURL).href;
    const compiled = compiledCopy(target);
    if (compiled) return { url: compiled, format: 'module', shortCircuit: true };
    if (target.endsWith('.js') && !fs.existsSync(fileURLToPath(target))) {
      const ts = target.replace(/\.js$/, '.ts');
      if (fs.existsSync(fileURLToPath(ts))) return { url: ts, format: 'module', shortCircuit: true };
    }
  }
  return next(specifier, context);
};

/** Loads a `.ts` module as JavaScript (types stripped by esbuild, inline source map); others as Node does. */
export const load: LoadHook = async (url, context, next) => {
  if (!url.startsWith('file:') || !TYPESCRIPT.test(url)) return next(url, context);
  const file = fileURLToPath(url);
  const { transform } = await import('esbuild');
  const { code } = await transform(fs.readFileSync(file, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: file,
  });
  return { format: 'module', source: code, shortCircuit: true };
};
