/**
 * `npm run new-claim -- <id> [--claims DIR]`: writes `<DIR>/<id>.claim.ts` (default DIR: claims/) from a template,
 * through ts-morph. Refuses an ill-formed or existing id with a one-line message and exit code 2. The new claim loads
 * and is judged `inconclusive` until evidence, properties or a certificate are filled in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, QuoteKind } from 'ts-morph';
import { CLAIM_ID, discoverClaims } from '../claim/discover.js';
import { parseFlags, UsageError } from './flags.js';

const USAGE = 'usage: npm run new-claim -- <kebab-case-id> [--claims DIR]';
const ENTRY = fileURLToPath(new URL('../index.ts', import.meta.url));

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
  sf.addImportDeclaration({ namedImports: ['defineClaim'], moduleSpecifier: entry });
  sf.addExportAssignment({
    isExportEquals: false,
    leadingTrivia: (w) =>
      w.writeLine('// A new claim: state it, quote its source, then add evidence, properties, a certificate or a witness.')
        .writeLine('// Until one of those is filled in, the kernel judges it `inconclusive`. See README.md, "Adding a claim".'),
    expression: (w) =>
      w.write('defineClaim(').inlineBlock(() => {
        w.writeLine(`id: '${id}',`);
        w.writeLine(`title: '${id.replace(/-/g, ' ')}',`);
        w.writeLine('statement: String.raw`\\text{the proposition, in LaTeX}`,');
        w.writeLine(`source: 'the words of the question or comment that this claim formalises',`);
        w.writeLine('hypotheses: [],');
        w.writeLine('answers: [],');
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
