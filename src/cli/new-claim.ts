/**
 * `npm run new-claim -- <id> [--claims DIR]`: writes `<DIR>/<id>.claim.ts` (default DIR: claims/) from a template,
 * through ts-morph. Refuses an ill-formed or existing id with a one-line message and exit code 2. The new claim is a
 * complete, commented example (a formal statement, a proof term, a property) that loads and is judged `proved`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, QuoteKind } from 'ts-morph';
import { CLAIM_ID, discoverClaims } from '../claim/discover.js';
import { parseFlags, UsageError } from './flags.js';

const USAGE = 'usage: npm run new-claim -- <kebab-case-id> [--claims DIR]';
/** The suite's entry point in the sources, which claims import, whether this runs from src/ or compiled from dist/. */
const ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** Writes the scaffold of claim `id` into `claimsDir` and returns its path; throws UsageError when it must not. */
export function scaffoldClaim(id: string, claimsDir: string): string {
  if (!CLAIM_ID.test(id)) throw new UsageError(`"${id}" is not a claim id: use lower-case words joined by hyphens, e.g. my-claim`);
  const file = path.join(claimsDir, `${id}.claim.ts`);
  if (fs.existsSync(file)) throw new UsageError(`${path.relative(process.cwd(), file)} already exists`);
  if (fs.existsSync(claimsDir) && discoverClaims(claimsDir).some((c) => c.id === id)) {
    throw new UsageError(`a claim with id "${id}" already exists in ${claimsDir}`);
  }
  let entry = path.relative(claimsDir, ENTRY).split(path.sep).join('/').replace(/\.ts$/, '.js');
  if (!entry.startsWith('.')) entry = `./${entry}`;
  const project = new Project({ manipulationSettings: { quoteKind: QuoteKind.Single }, skipAddingFilesFromTsConfig: true });
  const sf = project.createSourceFile(file, '', { overwrite: false });
  sf.addImportDeclaration({
    namedImports: ['byCertificate', 'checkProperty', 'defineClaim', 'deriv', 'derivativeIdentityCertificate', 'forall', 'parseExpr', 'rationalIn'],
    moduleSpecifier: entry,
  });
  sf.addExportAssignment({
    isExportEquals: false,
    leadingTrivia: (w) =>
      w.writeLine('// A new claim, as a complete example to edit (see README.md, "Adding a claim"). As written it states and')
        .writeLine('// proves d/dh h^2 = 2h; replace statement, proof and checks with your own. `npm run verify -- --only ID` judges it.'),
    expression: (w) =>
      w.write('defineClaim(').inlineBlock(() => {
        w.writeLine(`id: '${id}',`);
        w.writeLine(`title: '${id.replace(/-/g, ' ')}',`);
        w.writeLine('// The formal proposition the kernel must derive (helpers: forall, eq, gt, ne, deriv, limit, and, not, rootCount, ...).');
        w.writeLine("statement: forall(['h'], deriv('h^2', 'h', '2*h')),");
        w.writeLine("// The statement in words, shown beside it as not checked.");
        w.writeLine("gloss: 'the derivative of h squared is 2h',");
        w.writeLine(`source: 'the words of the question or comment that this claim formalises',`);
        w.writeLine("hypotheses: ['$`h`$ is any real number.'],");
        w.writeLine("// The verdict this claim must reach: a mismatch fails npm run verify and npm test.");
        w.writeLine("expected: 'proved',");
        w.writeLine('// Question bullets it answers (ids in src/report/questions.ts) and claims it rests on (their statements are its lemmas).');
        w.writeLine('answers: [],');
        w.writeLine('dependsOn: [],');
        w.writeLine('// Property tests with the run\'s fixed seed over exact rationals: evidence, never proof.');
        w.writeLine('properties: (ctx) => [');
        w.writeLine("  checkProperty(ctx, '(h + 1/1000)^2 - h^2 is about 2h/1000', [rationalIn(-10n, 10n)], (h) => {");
        w.writeLine('    const x = Number(h.num) / Number(h.den);');
        w.writeLine('    return Math.abs((x + 1e-3) ** 2 - x ** 2 - 2e-3 * x) < 1e-5;');
        w.writeLine('  }),');
        w.writeLine('],');
        w.writeLine('// The proof term: a certificate leaf whose checked conclusion is exactly the statement. For a false statement give');
        w.writeLine('// `witness` instead: a proof term of its negation (e.g. refuteForall with the counterexample).');
        w.writeLine("proof: () => byCertificate(derivativeIdentityCertificate(parseExpr('h^2'), 'h', parseExpr('2*h'))),");
      }).write(')'),
  });
  fs.mkdirSync(claimsDir, { recursive: true });
  sf.formatText({ indentSize: 2, tabSize: 2, convertTabsToSpaces: true });
  sf.saveSync();
  return file;
}

function main(): void {
  try {
    const flags = parseFlags(process.argv.slice(2), { claims: 'value' });
    if (flags.positionals.length !== 1) throw new UsageError('give exactly one claim id');
    const file = scaffoldClaim(flags.positionals[0], path.resolve(flags.values.claims ?? 'claims'));
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`new-claim: ${e.message}\n${USAGE}\n`);
    process.exit(2);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
