/**
 * The command line of `npm run analyze`, parsed into a request. Every mistake is an InputError whose message
 * is one line naming the flag (or file and line) and the problem; the CLI prints it and exits with code 2.
 */
import { parseRational, rat, sign, type Rational } from '../algebra/rational.js';
import { defaultMaxBoxes } from '../neuron/analysis.js';
import { checkInputDigits, DEFAULT_MAX_INPUT_DIGITS, InputError, parseDataCsv, parseDataString, type DataPoint } from '../neuron/data.js';
import { ACTIVATIONS, LOSSES, type Activation, type Loss, type Problem } from '../neuron/model.js';

/** The data with a constant input 1 appended to every point: its weight is the bias (intercept) b in f(w·x + b). */
export function withBias(data: DataPoint[]): DataPoint[] {
  return data.map((p) => ({ x: [...p.x, rat(1n)], t: p.t }));
}

/** What `analyze` was asked: the problem (with the bias input 1 last when `bias`), the box [-box, box]^d, output digits, optionally a point. */
export interface AnalyzeRequest {
  problem: Problem;
  box: Rational;
  digits: number;
  json: boolean;
  bias: boolean;
  maxBoxes: number;
  at?: Rational[];
}

export const DEFAULT_DIGITS = 30;
const MAX_DIGITS = 500;

const VALUE_FLAGS = ['--activation', '--loss', '--data', '--data-file', '--box', '--digits', '--at', '--max-boxes', '--max-input-digits'] as const;
const SWITCHES = ['--json', '--bias'] as const;

/** The usage text printed by `--help`. */
export const USAGE = `usage: npm run analyze -- --data "x1,...,xd:t;..." | --data-file FILE.csv
  [--activation sigmoid|tanh|exp|identity|square|relu] (default sigmoid)
  [--loss mse|xent] (default mse; xent needs sigmoid)
  [--box B] search [-B, B]^d (default 10)   [--digits N] (default ${DEFAULT_DIGITS})
  [--at "w1,...,wd"] evaluate loss and gradient there instead of searching (with --bias: d + 1 values, the bias last)
  [--bias] add an intercept: an extra weight b with constant input 1, f(w·x + b)
  [--max-boxes M] budget of boxes for the search (default min(50000, max(10, 10^7 / points)))   [--json]
  [--max-input-digits N] refuse input numbers whose numerator or denominator has more than N digits (default ${DEFAULT_MAX_INPUT_DIGITS})`;

function number(flag: string, text: string, maxDigits: number): Rational {
  if (text.length > maxDigits + 12) {
    throw new InputError(`${flag}: a number of ${text.length} characters exceeds the limit of ${maxDigits} digits (raise it with --max-input-digits)`);
  }
  let r: Rational;
  try {
    r = parseRational(text);
  } catch (e) {
    throw new InputError(`${flag}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return checkInputDigits(r, flag, maxDigits);
}

function positiveInteger(flag: string, text: string, max: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || Number(text) > max) {
    throw new InputError(`${flag}: expected an integer from 1 to ${max}, got "${text}"`);
  }
  return Number(text);
}

/**
 * Parses the arguments after `--` into a request; `readFile` reads `--data-file`. Throws InputError (one line) on
 * an unknown flag, a missing value, bad data, an unknown activation or loss, xent without sigmoid, or a bad number.
 */
export function parseAnalyzeArgs(argv: string[], readFile: (path: string) => string): AnalyzeRequest {
  const values = new Map<string, string>();
  let json = false;
  let bias = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if ((SWITCHES as readonly string[]).includes(flag)) {
      if (flag !== arg) throw new InputError(`${flag}: takes no value`);
      if (flag === '--json') json = true;
      else bias = true;
    } else if ((VALUE_FLAGS as readonly string[]).includes(flag)) {
      const value = flag !== arg ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new InputError(`${flag}: missing value`);
      if (values.has(flag)) throw new InputError(`${flag}: given twice`);
      values.set(flag, value);
    } else {
      throw new InputError(arg.startsWith('-') ? `${flag}: unknown flag (see --help)` : `unexpected argument "${arg}" (see --help)`);
    }
  }
  const maxInputDigits = positiveInteger('--max-input-digits', values.get('--max-input-digits') ?? String(DEFAULT_MAX_INPUT_DIGITS), 1e8);
  const activation = values.get('--activation') ?? 'sigmoid';
  if (!(ACTIVATIONS as readonly string[]).includes(activation)) {
    throw new InputError(`--activation: unknown activation "${activation}" (expected one of ${ACTIVATIONS.join(', ')})`);
  }
  const loss = values.get('--loss') ?? 'mse';
  if (!(LOSSES as readonly string[]).includes(loss)) {
    throw new InputError(`--loss: unknown loss "${loss}" (expected one of ${LOSSES.join(', ')})`);
  }
  if (loss === 'xent' && activation !== 'sigmoid') {
    throw new InputError(`--loss: xent (cross-entropy) needs --activation sigmoid, got "${activation}"`);
  }
  const dataText = values.get('--data');
  const dataFile = values.get('--data-file');
  if (dataText !== undefined && dataFile !== undefined) throw new InputError('--data and --data-file: give only one');
  if (dataText === undefined && dataFile === undefined) throw new InputError('no data: give --data or --data-file');
  let data;
  if (dataText !== undefined) {
    data = parseDataString(dataText, '--data', maxInputDigits);
  } else {
    let text: string;
    try {
      text = readFile(dataFile as string);
    } catch (e) {
      throw new InputError(`--data-file ${dataFile}: cannot read (${e instanceof Error ? e.message : String(e)})`);
    }
    data = parseDataCsv(text, `--data-file ${dataFile}`, maxInputDigits);
  }
  if (bias) data = withBias(data);
  if (loss === 'xent') {
    const k = data.findIndex((p) => sign(p.t) < 0 || p.t.num > p.t.den);
    if (k >= 0) throw new InputError(`--loss: xent needs targets in [0, 1], point ${k + 1} has t outside`);
  }
  const box = number('--box', values.get('--box') ?? '10', maxInputDigits);
  if (sign(box) <= 0) throw new InputError('--box: must be positive');
  const digits = positiveInteger('--digits', values.get('--digits') ?? String(DEFAULT_DIGITS), MAX_DIGITS);
  const budget = values.get('--max-boxes');
  const maxBoxes = budget === undefined ? defaultMaxBoxes(data.length) : positiveInteger('--max-boxes', budget, 1e9);
  const request: AnalyzeRequest = {
    problem: { activation: activation as Activation, loss: loss as Loss, data },
    box,
    digits,
    json,
    bias,
    maxBoxes,
  };
  const atText = values.get('--at');
  if (atText !== undefined) {
    const at = atText.split(',').map((c) => number('--at', c, maxInputDigits));
    const d = data[0].x.length;
    if (at.length !== d) {
      throw new InputError(`--at: has ${at.length} coordinates but the data has dimension ${d}${bias ? ' (with the bias last)' : ''}`);
    }
    request.at = at;
  }
  return request;
}
