/**
 * The statements and proofs of the d = 2 claims, assembled from the exact chain (src/neuron/exact-d2.ts): the
 * polynomial system, per coordinate the polynomial g_i every e^{w*_i} is a root of and what Galois theory says about
 * it (S_n certified, hence no radical e^{w*_i}; or degree ≤ 4, hence radicals), and the existence of a stationary
 * point by a Krawczyk certificate on a small box. Untrusted: the kernel replays every term.
 */
import { galoisCertificate, irreducibilityCertificate } from '../algebra/galois.js';
import { zToStrings } from '../algebra/poly-z.js';
import { andIntro, byCertificate, byRule } from '../claim/proof-terms.js';
import { fact } from '../claim/statement.js';
import type { Prop } from '../kernel/proposition.js';
import type { ProofTerm } from '../kernel/proof.js';
import { mpToKernel } from '../algebra/mpoly-q.js';
import { coordinateRootProofs } from './exact-d2.js';
import { exactD2Analysis } from './exact-d2-analysis.js';
import { isolatedStationaryPointCertificate } from './isolated-stationary-point.js';
import type { Problem } from './model.js';

/** A statement with its proof. */
export interface ProvedStatement {
  statement: Prop;
  proof: ProofTerm;
}

const DIGITS = 40;

/**
 * ∇L = 0 ⟺ P(e^w) = 0; for each coordinate, the eliminated polynomial g_i with its Galois facts (galois-symmetric and
 * stationary-coordinate-not-radical when `expect` is 'no-radical', radical-roots when 'radical'); and the existence
 * fact of one stationary point. Throws when the data do not give what `expect` says (then the claim is an error).
 */
export function d2ClosedFormStatement(problem: Problem, expect: 'no-radical' | 'radical'): ProvedStatement {
  const chains = [0, 1].map((i) => coordinateRootProofs(problem, i));
  const { vars, loss, factors } = chains[0];
  const system: Prop = { op: 'poly-system-via-exp', loss, vars, polys: factors.map((f) => mpToKernel(f.P)) };
  const statements: Prop[] = [system];
  const proofs: ProofTerm[] = [chains[0].system];
  chains.forEach((chain, i) => {
    const g = chain.elimination.g;
    const poly = zToStrings(g);
    statements.push({ op: 'stationary-coordinate-root', loss, vars, coordinate: vars[i], poly });
    proofs.push(chain.root);
    const galois = galoisCertificate(g);
    if (expect === 'radical') {
      if (galois.status !== 'solvable') throw new Error(`coordinate ${i + 1}: g has degree ${g.length - 1}, not solvable by the degree rule`);
      statements.push({ op: 'radical-roots', poly });
      proofs.push(byCertificate(galois.certificate));
      return;
    }
    const irreducible = irreducibilityCertificate(g);
    if (galois.status !== 'symmetric' || irreducible === null) throw new Error(`coordinate ${i + 1}: no S_n certificate for g (status ${galois.status})`);
    const [irr, group] = [byCertificate(irreducible), byCertificate(galois.certificate)];
    const noRadical = byRule('galois-no-radical', [irr, group]);
    statements.push({ op: 'irreducible', poly }, { op: 'galois-symmetric', poly }, { op: 'stationary-coordinate-not-radical', loss, vars, coordinate: vars[i] });
    proofs.push(irr, group, byRule('coordinate-not-radical', [chain.root, noRadical]));
  });
  const points = exactD2Analysis(problem, DIGITS).stationaryPoints;
  if (points.length !== 1) throw new Error(`expected one stationary point, the exact analysis found ${points.length}`);
  const existence = isolatedStationaryPointCertificate(problem, points[0].w, '1e-8', '1e-25', DIGITS);
  if (existence === null) throw new Error('the Krawczyk certificate of the stationary point was not accepted');
  statements.push(fact(existence as { kind: string }));
  proofs.push(byCertificate(existence));
  return { statement: { op: 'and', parts: statements }, proof: andIntro(...proofs) };
}
