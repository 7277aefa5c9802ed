/**
 * Compiles claim files in the parent, so that a compiled claim process (dist/runner/child.js) runs plain JavaScript
 * with no TypeScript loader: each `.ts` module of a claim (the claim file and the local `.ts` files it imports, such
 * as a folder's `common.ts`) becomes one `.mjs` file in a temporary folder, with its types stripped by esbuild (no
 * claim code runs here: this only reads and rewrites text) and every import rewritten to an absolute URL:
 * - a module of the suite's src/ (`../src/index.js`, `../src/numeric/context.js`, …) to its compiled copy in dist/,
 *   so the claim shares the runner's modules;
 * - a local `.ts` module to its own compiled file (compiled once per run, so one instance per process, cycles allowed);
 * - a package to the file Node resolves it to from dist/ (the same instance dist/ uses), any other file to itself.
 * `import.meta.url`, `import.meta.filename` and `import.meta.dirname` keep naming the `.ts` source, and each output
 * carries an inline source map, so with source maps enabled an error's stack names the `.ts` file and line.
 * Not rewritten: `import()` of a computed string (esbuild leaves it, and it then resolves from the temporary folder).
 */
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildFailure, Plugin } from 'esbuild';

/** A claim module that does not compile; the message is `file:line: what esbuild said`. */
export class CompileError extends Error {}

/** Where the compiled modules of one run go, and which src/ and dist/ folders the rewriting maps between. */
export interface CompilerOptions {
  /** The suite's src/ folder (TypeScript sources) and the dist/ folder compiled from it. */
  src: string;
  dist: string;
  /** Node's resolution of a package name as dist/ sees it (undefined when it cannot be resolved from there). */
  resolvePackage: (specifier: string) => string | undefined;
}

const TYPESCRIPT = /\.[mc]?tsx?$/;
/** Marks esbuild's own resolution calls made from inside the plugin, so that the plugin does not answer them. */
const INNER = Symbol('inner resolve');

/** Compiles claim modules into a temporary folder for one run; `dispose()` removes the folder. */
export class ClaimCompiler {
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-'));
  private readonly src: string;
  private readonly dist: string;
  /** Source file → its compiled file, assigned before it is built (so that a cycle can name it). */
  private readonly outputs = new Map<string, string>();
  /** Source file → its build, resolving with the local `.ts` files it imports. */
  private readonly builds = new Map<string, Promise<string[]>>();
  private esbuild?: Promise<typeof import('esbuild')>;

  constructor(private readonly options: CompilerOptions) {
    this.src = fs.realpathSync(options.src) + path.sep;
    this.dist = fs.realpathSync(options.dist) + path.sep;
  }

  /**
   * The URL of the compiled module of claim `file` once it and every local module it imports are compiled; throws
   * CompileError (naming `displayPath`, or the imported file, and the line) when one does not compile.
   */
  async compile(file: string, displayPath: string): Promise<string> {
    const source = fs.realpathSync(file);
    const out = this.outputFor(source);
    const seen = new Set<string>();
    const settle = async (f: string): Promise<void> => {
      if (seen.has(f)) return;
      seen.add(f);
      let deps: string[];
      try {
        deps = await this.builds.get(f)!;
      } catch (e) {
        throw new CompileError(describe(e, f === source ? displayPath : path.relative(process.cwd(), f)));
      }
      for (const d of deps) await settle(d);
    };
    await settle(source);
    return pathToFileURL(out).href;
  }

  /** Removes the compiled modules. */
  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** The compiled file of `source`, starting its build the first time it is asked for. */
  private outputFor(source: string): string {
    let out = this.outputs.get(source);
    if (out === undefined) {
      out = path.join(this.dir, `${this.outputs.size}-${path.basename(source).replace(TYPESCRIPT, '')}.mjs`);
      this.outputs.set(source, out);
      const build = this.build(source, out);
      build.catch(() => {}); // awaited by compile(); a build nobody awaits yet must not be an unhandled rejection
      this.builds.set(source, build);
    }
    return out;
  }

  /** Compiles one source file to `out`; resolves with the local `.ts` files it imports. */
  private async build(source: string, out: string): Promise<string[]> {
    this.esbuild ??= import('esbuild');
    const esbuild = await this.esbuild;
    const deps: string[] = [];
    const url = pathToFileURL(source).href;
    const result = await esbuild.build({
      entryPoints: [source],
      bundle: true,
      write: false,
      outfile: out,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'inline',
      sourcesContent: false,
      logLevel: 'silent',
      define: {
        'import.meta.url': JSON.stringify(url),
        'import.meta.filename': JSON.stringify(source),
        'import.meta.dirname': JSON.stringify(path.dirname(source)),
      },
      plugins: [this.rewriteImports(source, deps)],
    });
    fs.writeFileSync(out, result.outputFiles[0].text);
    return deps;
  }

  /** The esbuild plugin that makes every import of `source` external, at the absolute URL described above. */
  private rewriteImports(source: string, deps: string[]): Plugin {
    return {
      name: 'claim-imports',
      setup: (build) => {
        build.onResolve({ filter: /.*/ }, async (args) => {
          if (args.kind === 'entry-point' || args.pluginData === INNER) return undefined;
          if (isBuiltin(args.path)) return { path: args.path, external: true };
          const bare = !/^(\.{1,2}\/|\/|file:)/.test(args.path);
          if (bare) {
            const resolved = this.options.resolvePackage(args.path);
            if (resolved !== undefined) return { path: resolved, external: true };
          }
          const r = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: INNER });
          if (r.errors.length > 0) return { errors: r.errors };
          const target = r.path;
          if (target.startsWith(this.src)) {
            const compiled = path.join(this.dist, path.relative(this.src, target)).replace(TYPESCRIPT, '.js');
            return { path: pathToFileURL(compiled).href, external: true };
          }
          if (TYPESCRIPT.test(target) && target !== source) {
            deps.push(target);
            return { path: pathToFileURL(this.outputFor(target)).href, external: true };
          }
          return { path: pathToFileURL(target).href, external: true };
        });
      },
    };
  }
}

/** The first error of a failed build as `where:line: message`. */
function describe(e: unknown, where: string): string {
  const first = (e as Partial<BuildFailure>).errors?.[0];
  if (!first) return `${where}: does not compile: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  return `${where}${first.location ? `:${first.location.line}` : ''}: does not compile: ${first.text}`;
}

