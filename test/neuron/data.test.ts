import { describe, expect, it } from 'vitest';
import { rat, ratToString } from '../../src/algebra/rational.js';
import { InputError, parseDataCsv, parseDataString } from '../../src/neuron/data.js';

const text = (points: { x: { num: bigint; den: bigint }[]; t: { num: bigint; den: bigint } }[]) =>
  points.map((p) => `${p.x.map(ratToString).join(',')}:${ratToString(p.t)}`).join(';');

describe('--data strings', () => {
  it('parse integers, decimals and fractions exactly', () => {
    const points = parseDataString('1,0:1/3; 0.25,-3/4 : 0.5 ;-2,1e-2:-7/8;');
    expect(text(points)).toBe('1,0:1/3;1/4,-3/4:1/2;-2,1/100:-7/8');
    expect(points[0].t).toEqual(rat(1, 3));
  });

  it.each([
    ['1,0:1/3;1:2', /point 2 .*1 coordinates but point 1 has 2 \(mixed arity\)/],
    ['1,x:1/3', /point 1 "1,x:1\/3": "x" is not a number/],
    ['1,0', /point 1 .*exactly one ":"/],
    ['1:2:3', /exactly one ":"/],
    ['1:1/0', /zero denominator/],
    [' ; ', /--data: no data points/],
  ])('rejects %j with a message naming the point', (input, message) => {
    expect(() => parseDataString(input)).toThrow(InputError);
    expect(() => parseDataString(input)).toThrow(message);
  });
});

describe('--data-file CSV', () => {
  it('reads an optional header, # comments, blank lines and CRLF endings', () => {
    const csv = '# a comment\r\nx1,x2,t\r\n1,0,1/3 # trailing comment\r\n\r\n0.5,-2,0.75\r\n';
    expect(text(parseDataCsv(csv, 'f.csv'))).toBe('1,0:1/3;1/2,-2:3/4');
  });

  it('reads files without a header', () => {
    expect(text(parseDataCsv('1,2\n3,4\n', 'f.csv'))).toBe('1:2;3:4');
  });

  it.each([
    ['x,t\n1,2\n3,4,5\n', /f\.csv: line 3: has 3 columns but line 2 has 2 \(mixed arity\)/],
    ['1,2\n3,abc\n', /f\.csv: line 2: "abc" is not a number/],
    ['1,2\nx,t\n', /f\.csv: line 2: "x" is not a number/],
    ['5\n', /f\.csv: line 1: needs at least 2 columns/],
    ['# only comments\n\n', /f\.csv: no data points/],
    ['x1,x2,t\n', /f\.csv: no data points/],
  ])('rejects %j naming the file and line', (csv, message) => {
    expect(() => parseDataCsv(csv, 'f.csv')).toThrow(message);
  });

  it('a first line with any non-numeric field is a header, even with numbers in it (sklearn: "150,4,setosa,...")', () => {
    expect(text(parseDataCsv('569,30,malignant,benign\n1,2,3\n4,5,6\n', 'f.csv'))).toBe('1,2:3;4,5:6');
    expect(text(parseDataCsv('x1,2nd,t\n1,2,3\n', 'f.csv'))).toBe('1,2:3');
    // Only the first content line can be a header: a later non-numeric line is an error.
    expect(() => parseDataCsv('1,2\n3,x\n', 'f.csv')).toThrow(/line 2: "x" is not a number/);
  });

  it('refuses, quickly and naming the limit and its flag, a number with too many digits (a 10^6-digit input used to hang)', () => {
    const huge = `${'7'.repeat(1_000_000)},1\n`;
    const start = Date.now();
    expect(() => parseDataCsv(huge, 'f.csv')).toThrow(/f\.csv: line 1: a number of 1000000 characters exceeds the limit of 1000 digits \(raise it with --max-input-digits\)/);
    expect(Date.now() - start).toBeLessThan(2000);
    // Short text, many digits: 1e-99999 has a 100000-digit denominator.
    expect(() => parseDataString('1e-99999:1')).toThrow(/100000 digits exceeds the limit of 1000 \(raise it with --max-input-digits\)/);
    expect(() => parseDataString('1e-999:1')).not.toThrow();
    expect(text(parseDataString(`${'9'.repeat(1500)}:1`, '--data', 2000))).toBe(`${'9'.repeat(1500)}:1`);
  });

  it('reads 10^5 points exactly', () => {
    const lines = ['x1,x2,t'];
    for (let i = 0; i < 100_000; i++) lines.push(`${(i % 61) - 30}/10,${(i * 7) % 13},${i % 101}/100`);
    const points = parseDataCsv(lines.join('\n'), 'big.csv');
    expect(points).toHaveLength(100_000);
    expect(points[99_999].x).toEqual([rat((99_999 % 61) - 30, 10), rat((99_999 * 7) % 13)]);
    expect(points[99_999].t).toEqual(rat(99_999 % 101, 100));
  });
});
