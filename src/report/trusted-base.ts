/**
 * The Trusted base: every distinct thing the verdicts trust (theorems, libraries, kernel code, arguments) with the
 * claims that use it, and the kernel's code: the files under src/kernel and every file they import, transitively,
 * with their line counts, read from the import statements at report time.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Trust } from '../kernel/types.js';

/** One trusted item and the ids of the claims whose verdict rests on it, in report order. */
export interface TrustUse {
  trust: Trust;
  claims: string[];
}

/** Every distinct trust (by kind and name) of `claims`, ordered by kind (conjecture, theorem, library, kernel, argument), then name. */
export function trustIndex(claims: readonly { id: string; trusts: readonly Trust[] }[]): TrustUse[] {
  const order: Trust['kind'][] = ['conjecture', 'theorem', 'library', 'kernel', 'argument', 'claim'];
  const uses = new Map<string, TrustUse>();
  for (const c of claims) {
    for (const t of c.trusts) {
      const key = `${t.kind}\u0000${t.name}`;
      if (!uses.has(key)) uses.set(key, { trust: t, claims: [] });
      const use = uses.get(key)!;
      if (!use.claims.includes(c.id)) use.claims.push(c.id);
    }
  }
  return [...uses.values()].sort((a, b) => order.indexOf(a.trust.kind) - order.indexOf(b.trust.kind) || (a.trust.name < b.trust.name ? -1 : a.trust.name > b.trust.name ? 1 : 0));
}

/** A source file of the kernel's code (path relative to the repository root, forward slashes) and its line count. */
export interface KernelFile {
  file: string;
  lines: number;
}

/** The kernel's code and the packages it imports. */
export interface KernelCode {
  files: KernelFile[];
  packages: string[];
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/**
 * The files reachable from `root`/src/kernel/*.ts by value imports (`import type` carries no code and is not
 * followed), sorted by path, with their line counts; and the bare package names imported. Throws if an imported
 * relative file does not exist.
 */
export function kernelCode(root: string): KernelCode {
  const start = path.join(root, 'src', 'kernel');
  const queue = fs.readdirSync(start).filter((f) => f.endsWith('.ts')).map((f) => path.join(start, f));
  const seen = new Set<string>();
  const packages = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      if (m[2]) continue;
      const spec = m[3];
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('node:') ? spec : spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
        continue;
      }
      const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts');
      if (!fs.existsSync(target)) throw new Error(`${path.relative(root, file)}: imports ${spec}, which does not exist`);
      queue.push(target);
    }
  }
  const files = [...seen]
    .map((f) => ({ file: path.relative(root, f).split(path.sep).join('/'), lines: fs.readFileSync(f, 'utf8').split('\n').length - (fs.readFileSync(f, 'utf8').endsWith('\n') ? 1 : 0) }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  return { files, packages: [...packages].sort() };
}
