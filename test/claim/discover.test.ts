import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyOrder, discoverClaims } from '../../src/claim/discover.js';

const FIXTURES = path.resolve('test/fixtures/broken-claims');
const claims = discoverClaims(FIXTURES);
const problems = (id: string) => claims.find((c) => c.id === id)?.problems ?? ['<missing>'];

describe('discoverClaims (static, syntax tree only)', () => {
  it('finds every claim file, sorted by id', () => {
    const ids = claims.map((c) => c.id);
    expect(ids).toContain('good');
    expect(ids).toEqual([...ids].sort());
  });

  it('accepts well-formed files and reads their expected verdict and dependencies', () => {
    expect(problems('good')).toEqual([]);
    expect(claims.find((c) => c.id === 'rests-on-good')).toMatchObject({ expected: 'supported', dependsOn: ['good'], problems: [] });
  });

  it('reports each problem as one file:line: message', () => {
    expect(problems('syntax-error')).toEqual([expect.stringMatching(/^test\/fixtures\/broken-claims\/syntax-error\.claim\.ts:9: syntax error: /)]);
    expect(problems('wrong-id')).toEqual([expect.stringMatching(/wrong-id\.claim\.ts:4: id "another-id" does not match the file name/)]);
    expect(problems('missing-fields')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/missing-fields\.claim\.ts:3: missing required field "statement"/),
        expect.stringMatching(/missing required field "source"/),
        expect.stringMatching(/dependsOn names unknown claim "no-such-claim"/),
      ]),
    );
    expect(problems('not-a-claim')).toEqual([expect.stringMatching(/must be a call `defineClaim/)]);
    for (const line of claims.flatMap((c) => c.problems)) expect(line).toMatch(/^[^:\n]+\.claim\.ts:\d+: [^\n]+$/);
  });

  it('marks every member of a dependency cycle', () => {
    expect(problems('cycle-a')).toEqual([expect.stringMatching(/dependency cycle cycle-a -> cycle-b -> cycle-a/)]);
    expect(problems('cycle-b')).toEqual([expect.stringMatching(/dependency cycle/)]);
  });

  it('orders dependencies before the claims that rest on them', () => {
    const order = dependencyOrder(claims);
    expect(order.indexOf('good')).toBeLessThan(order.indexOf('rests-on-good'));
    expect(new Set(order).size).toBe(claims.length);
  });
});
