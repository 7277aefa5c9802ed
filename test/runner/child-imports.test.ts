/**
 * The process that runs claim code must not even be able to reach the judging code: the module graph of
 * src/runner/child.ts (every import, static, dynamic or type-only, followed transitively) excludes src/kernel/verdict.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every local module reachable from `entry` by import specifiers, as paths relative to the package root. */
function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const rel = path.relative(process.cwd(), file);
    if (seen.has(rel)) return;
    seen.add(rel);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = path.resolve(path.dirname(file), m[1]).replace(/\.js$/, '.ts');
      if (fs.existsSync(target)) visit(target);
    }
  };
  visit(path.resolve(entry));
  return seen;
}

describe("the claim process's module graph", () => {
  it('does not contain the verdict rules or the parent-side judging', () => {
    const graph = moduleGraph('src/runner/child.ts');
    expect(graph).toContain(path.join('src', 'runner', 'run-claim.ts'));
    expect(graph).not.toContain(path.join('src', 'kernel', 'verdict.ts'));
    expect(graph).not.toContain(path.join('src', 'runner', 'judge-run.ts'));
  });

  it('is read correctly: the parent-side pool does reach the verdict rules', () => {
    expect(moduleGraph('src/runner/pool.ts')).toContain(path.join('src', 'kernel', 'verdict.ts'));
  });
});
