/**
 * The parent-side compiler of claim files for compiled claim processes: what each import becomes, that local modules
 * are compiled once, that `import.meta` keeps naming the source, and that a module that does not compile is named
 * with its line. The end-to-end run of compiled claim processes is in test/cli/build.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimCompiler, CompileError } from '../../src/runner/compile-claim.js';

let root: string;
let compiler: ClaimCompiler;
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
  return path.join(root, rel);
};
const compiled = async (rel: string) => fs.readFileSync(fileURLToPath(await compiler.compile(path.join(root, rel), rel)), 'utf8');

beforeAll(() => {
  // A miniature suite: src/ with one module, its dist/, and a claims folder beside them.
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'compile-claim-')));
  write('src/index.ts', 'export const one: number = 1;\n');
  write('dist/index.js', 'export const one = 1;\n');
  write('claims/common.ts', "import { two } from './cycle.js';\nexport const helper = (n: number): number => n + two;\n");
  write('claims/cycle.ts', "import { helper } from './common.js';\nexport const two = 2;\nexport const use = () => helper;\n");
  write(
    'claims/a.claim.ts',
    [
      "import fs from 'node:fs';",
      "import fc from 'fast-check';",
      "import { one } from '../src/index.js';",
      "import { helper } from './common.js';",
      "export const here: string = import.meta.url;",
      'export default { one, helper, fc, fs };',
      '',
    ].join('\n'),
  );
  write('claims/b.claim.ts', "import { helper } from './common.js';\nexport default helper;\n");
  write('claims/missing.claim.ts', "import { one } from '../src/index.js';\nimport { nope } from './nope.js';\nexport default [one, nope];\n");
  write('claims/bad-helper.claim.ts', "import { broken } from './broken.js';\nexport default broken;\n");
  write('claims/broken.ts', 'export const broken = ;\n');
  compiler = new ClaimCompiler({
    src: path.join(root, 'src'),
    dist: path.join(root, 'dist'),
    resolvePackage: (specifier) => (specifier === 'fast-check' ? 'file:///resolved/fast-check.js' : undefined),
  });
});

afterAll(() => {
  compiler.dispose();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('compiling a claim file for a compiled claim process', () => {
  it('points an import of src/ at its compiled copy in dist/, a package at its resolution, and keeps node: builtins', async () => {
    const text = await compiled('claims/a.claim.ts');
    expect(text).toContain(`from "${pathToFileURL(path.join(root, 'dist', 'index.js')).href}"`);
    expect(text).toContain('from "file:///resolved/fast-check.js"');
    expect(text).toContain('from "node:fs"');
    expect(text).not.toMatch(/: string|: number/);
  });

  it('keeps import.meta.url naming the .ts source, and maps lines back to it', async () => {
    const text = await compiled('claims/a.claim.ts');
    expect(text).toContain(JSON.stringify(pathToFileURL(path.join(root, 'claims', 'a.claim.ts')).href));
    expect(text).not.toContain('import.meta.url');
    expect(text).toMatch(/\/\/# sourceMappingURL=data:application\/json;base64,/);
  });

  it('compiles a local .ts module once, shared by the claims that import it, cycles included', async () => {
    const helperOf = async (rel: string) => /import \{ helper \} from "([^"]+)"/.exec(await compiled(rel))?.[1];
    const fromA = await helperOf('claims/a.claim.ts');
    expect(fromA).toMatch(/^file:.*common\.mjs$/);
    expect(await helperOf('claims/b.claim.ts')).toBe(fromA);
    const common = fs.readFileSync(fileURLToPath(fromA!), 'utf8');
    const cycle = /from "([^"]+cycle\.mjs)"/.exec(common)?.[1];
    expect(cycle).toBeDefined();
    expect(fs.readFileSync(fileURLToPath(cycle!), 'utf8')).toContain(`from "${fromA}"`);
  });

  it('names the file and line of an import that does not resolve', async () => {
    await expect(compiler.compile(path.join(root, 'claims/missing.claim.ts'), 'claims/missing.claim.ts')).rejects.toThrow(
      new CompileError('claims/missing.claim.ts:2: does not compile: Could not resolve "./nope.js"'),
    );
  });

  it('names the local module that does not compile, not the claim that imports it', async () => {
    const failure = compiler.compile(path.join(root, 'claims/bad-helper.claim.ts'), 'claims/bad-helper.claim.ts');
    await expect(failure).rejects.toBeInstanceOf(CompileError);
    await expect(failure).rejects.toThrow(/broken\.ts:1: does not compile: Unexpected ";"/);
  });
});
