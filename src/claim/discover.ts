/**
 * Static discovery and validation of claim files with ts-morph, from the syntax tree alone (no type-checking):
 * every problem becomes one `file:line: message` line attached to the claim it concerns.
 */
import path from 'node:path';
import { Node, Project, SyntaxKind, ts, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
import { isVerdict, type Verdict } from '../kernel/types.js';

/** A claim file as read statically. `problems` is empty iff the file is well formed and its dependencies resolve. */
export interface ClaimFile {
  id: string;
  /** Absolute path. */
  file: string;
  /** Path relative to the working directory, as printed in messages. */
  displayPath: string;
  title: string;
  expected?: Verdict;
  dependsOn: string[];
  problems: string[];
}

export const CLAIM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REQUIRED = ['id', 'title', 'statement', 'source', 'hypotheses'] as const;
const KNOWN = new Set([...REQUIRED, 'gloss', 'expected', 'dependsOn', 'answers', 'argument', 'evidence', 'properties', 'certificate', 'proof', 'witness', 'figures']);

/** The claim id a file name denotes (`<id>.claim.ts`). */
export function idFromFileName(file: string): string {
  return path.basename(file).replace(/\.claim\.ts$/, '');
}

/** Reads every `**\/*.claim.ts` under `dir`, validates each file and the dependency graph; sorted by id. */
export function discoverClaims(dir: string): ClaimFile[] {
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true, skipLoadingLibFiles: true });
  const sources = project.addSourceFilesAtPaths(path.join(dir, '**/*.claim.ts').split(path.sep).join('/'));
  const claims = sources.map(readClaimFile).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : 1));
  validateGraph(claims);
  return claims;
}

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

function readClaimFile(sf: SourceFile): ClaimFile {
  const file = sf.getFilePath();
  const displayPath = display(file);
  const claim: ClaimFile = { id: idFromFileName(file), file, displayPath, title: '', dependsOn: [], problems: [] };
  const at = (line: number, message: string) => claim.problems.push(`${displayPath}:${line}: ${message}`);

  if (!CLAIM_ID.test(claim.id)) at(1, `file name "${path.basename(file)}" must be <kebab-case-id>.claim.ts`);
  // The parser's own diagnostics: syntax errors only, no type-checking (that is tsc's job).
  const syntax = (sf.compilerNode as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  if (syntax.length > 0) {
    const d = syntax[0];
    at(sf.getLineAndColumnAtPos(d.start ?? 0).line, `syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    return claim;
  }
  const exported = sf.getExportAssignment((e) => !e.isExportEquals());
  if (!exported) {
    at(1, 'no default export: a claim file must `export default defineClaim({...})`');
    return claim;
  }
  const call = exported.getExpression();
  if (!Node.isCallExpression(call) || call.getExpression().getText() !== 'defineClaim') {
    at(exported.getStartLineNumber(), 'the default export must be a call `defineClaim({...})`');
    return claim;
  }
  const arg = call.getArguments()[0];
  if (!arg || !Node.isObjectLiteralExpression(arg)) {
    at(call.getStartLineNumber(), 'defineClaim must be given an object literal');
    return claim;
  }
  readFields(arg, claim, at);
  return claim;
}

function readFields(obj: ObjectLiteralExpression, claim: ClaimFile, at: (line: number, message: string) => void): void {
  const seen = new Set<string>();
  for (const prop of obj.getProperties()) {
    if (!Node.isPropertyAssignment(prop) && !Node.isMethodDeclaration(prop) && !Node.isShorthandPropertyAssignment(prop)) {
      at(prop.getStartLineNumber(), 'claim fields must be written out (no spread), so that they can be read statically');
      continue;
    }
    const name = prop.getName();
    seen.add(name);
    if (!KNOWN.has(name)) at(prop.getStartLineNumber(), `unknown field "${name}" (known: ${[...KNOWN].join(', ')})`);
  }
  for (const name of REQUIRED) {
    if (!seen.has(name)) at(obj.getStartLineNumber(), `missing required field "${name}"`);
  }
  const literal = (name: string): { value?: string; line: number } | undefined => {
    const prop = obj.getProperty(name);
    if (!prop || !Node.isPropertyAssignment(prop)) return undefined;
    const init = prop.getInitializerOrThrow();
    const value = Node.isStringLiteral(init) || Node.isNoSubstitutionTemplateLiteral(init) ? init.getLiteralValue() : undefined;
    return { value, line: prop.getStartLineNumber() };
  };
  const id = literal('id');
  if (id && id.value === undefined) at(id.line, '"id" must be a string literal');
  if (id?.value !== undefined && id.value !== claim.id) at(id.line, `id "${id.value}" does not match the file name (expected "${claim.id}")`);
  const title = literal('title');
  claim.title = title?.value ?? claim.id;
  const expected = literal('expected');
  if (expected) {
    if (expected.value === undefined || !isVerdict(expected.value)) at(expected.line, `"expected" must be one of proved, refuted, supported, inconclusive, error`);
    else claim.expected = expected.value;
  }
  const hypotheses = obj.getProperty('hypotheses');
  if (hypotheses && Node.isPropertyAssignment(hypotheses) && !Node.isArrayLiteralExpression(hypotheses.getInitializerOrThrow())) {
    at(hypotheses.getStartLineNumber(), '"hypotheses" must be an array literal');
  }
  const deps = obj.getProperty('dependsOn');
  if (deps && Node.isPropertyAssignment(deps)) {
    const init = deps.getInitializerOrThrow();
    if (!Node.isArrayLiteralExpression(init)) at(deps.getStartLineNumber(), '"dependsOn" must be an array literal of claim ids');
    else {
      for (const el of init.getElements()) {
        if (el.isKind(SyntaxKind.StringLiteral) || el.isKind(SyntaxKind.NoSubstitutionTemplateLiteral)) claim.dependsOn.push(el.getLiteralValue());
        else at(el.getStartLineNumber(), '"dependsOn" entries must be string literals');
      }
    }
  }
}

/** Duplicate ids, unknown dependencies and dependency cycles become problems of the claims involved. */
function validateGraph(claims: ClaimFile[]): void {
  const byId = new Map<string, ClaimFile>();
  for (const c of claims) {
    const first = byId.get(c.id);
    if (first) {
      c.problems.push(`${c.displayPath}:1: duplicate claim id "${c.id}" (also ${first.displayPath})`);
      first.problems.push(`${first.displayPath}:1: duplicate claim id "${c.id}" (also ${c.displayPath})`);
    } else byId.set(c.id, c);
  }
  for (const c of claims) {
    for (const d of c.dependsOn) {
      if (!byId.has(d)) c.problems.push(`${c.displayPath}:1: dependsOn names unknown claim "${d}"`);
    }
  }
  // Cycle detection by depth-first search with colours; every claim on a cycle gets the problem.
  const colour = new Map<string, 'grey' | 'black'>();
  const stack: string[] = [];
  const onCycle = new Map<string, string[]>();
  const visit = (id: string): void => {
    colour.set(id, 'grey');
    stack.push(id);
    for (const d of byId.get(id)?.dependsOn ?? []) {
      if (!byId.has(d)) continue;
      if (colour.get(d) === 'grey') {
        const cycle = [...stack.slice(stack.indexOf(d)), d];
        for (const member of cycle.slice(0, -1)) if (!onCycle.has(member)) onCycle.set(member, cycle);
      } else if (!colour.has(d)) visit(d);
    }
    stack.pop();
    colour.set(id, 'black');
  };
  for (const id of byId.keys()) if (!colour.has(id)) visit(id);
  for (const [id, cycle] of onCycle) {
    const c = byId.get(id)!;
    c.problems.push(`${c.displayPath}:1: dependency cycle ${cycle.join(' -> ')}`);
  }
}

/** Ids in an order where every claim comes after the claims it depends on (cycle members last); ties by id. */
export function dependencyOrder(claims: readonly ClaimFile[]): string[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const done = new Set<string>();
  const order: string[] = [];
  const ready = (c: ClaimFile) => c.dependsOn.every((d) => done.has(d) || !byId.has(d));
  let progress = true;
  while (progress) {
    progress = false;
    for (const c of claims) {
      if (!done.has(c.id) && ready(c)) {
        done.add(c.id);
        order.push(c.id);
        progress = true;
      }
    }
  }
  for (const c of claims) if (!done.has(c.id)) order.push(c.id);
  return [...new Set(order)];
}
