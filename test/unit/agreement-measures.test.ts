/**
 * Every agreement measure against the examples its authors published, to the
 * digits they give (as DKPro Statistics and NLTK test them too), and the
 * properties any agreement measure must have.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cohenKappa, fleissKappa, krippendorffAlpha, percentAgreement, type CodedUnit } from '../../src/core/agreement/coding';
import { unitizedAlpha, type ContinuumUnit } from '../../src/core/agreement/unitized';

function close(actual: number | null | undefined, expected: number, within: number, what = ''): void {
  assert.ok(typeof actual === 'number', `${what} is ${actual}, expected ${expected}`);
  assert.ok(Math.abs(actual - expected) <= within, `${what} is ${actual}, expected ${expected} ± ${within}`);
}

/** Units written as strings of one character per coder, `.` for missing: `'BB.B'`. */
function rows(...units: string[]): CodedUnit[] {
  return units.map((u) => [...u].map((c) => (c === '.' ? null : c)));
}

/** A two-coder study from a contingency table: `table[i][j]` units coded `labels[i]` by the first coder and `labels[j]` by the second. */
function fromTable(labels: string[], table: number[][]): CodedUnit[] {
  const out: CodedUnit[] = [];
  table.forEach((row, i) => row.forEach((count, j) => {
    for (let k = 0; k < count; k++) out.push([labels[i]!, labels[j]!]);
  }));
  return out;
}

// Krippendorff (2004), Content Analysis, p. 224: two coders, ten units, a dichotomy.
const dichotomy = rows('10', '11', '01', '00', '00', '01', '00', '01', '00', '00');

test('Krippendorff 2004 p. 224: a dichotomy, two coders', () => {
  close(percentAgreement(dichotomy).value, 0.6, 0.001, 'percent agreement');
  const alpha = krippendorffAlpha(dichotomy);
  close(alpha.observed, 0.4, 0.001, 'D_o');
  close(alpha.expected, 0.442, 0.001, 'D_e');
  close(alpha.value, 0.095, 0.001, 'α');
});

test('Krippendorff 2004 p. 227: three values, two coders', () => {
  const units = rows('aa', 'ab', 'bb', 'bb', 'bb', 'bb', 'bc', 'cc', 'cc', 'cc', 'cc', 'cc');
  close(percentAgreement(units).value, 0.833, 0.001, 'percent agreement');
  const alpha = krippendorffAlpha(units);
  close(alpha.observed, 0.1667, 0.001, 'D_o');
  close(alpha.expected, 0.6268, 0.001, 'D_e');
  close(alpha.value, 0.734, 0.001, 'α');
});

// Krippendorff (2004) p. 230: four coders, twelve units, missing values (B book, L letter, P phone, C computer, F folder).
const symbols = rows('BB.B', 'LLPL', 'PPPP', 'PPPP', 'LLLL', 'BLPC', 'CCCC', 'BBLB', 'LLLL', '.FFF', '..BB', '..P.');

test('Krippendorff 2004 p. 230: four coders with missing values, nominal', () => {
  close(percentAgreement(symbols).value, 0.8, 0.001, 'percent agreement');
  const alpha = krippendorffAlpha(symbols);
  close(alpha.observed, 0.2, 0.001, 'D_o');
  close(alpha.expected, 0.779, 0.001, 'D_e');
  close(alpha.value, 0.743, 0.001, 'α');
  assert.equal(alpha.units, 11, 'the unit with one value is not pairable');
});

test('Krippendorff 2004 p. 230 with numbers: interval α', () => {
  const numbers = rows('11.1', '2232', '3333', '3333', '2222', '1234', '4444', '1121', '2222', '.555', '..11', '..3.');
  const alpha = krippendorffAlpha(numbers, 'interval');
  close(alpha.observed, 0.433, 0.001, 'D_o');
  close(alpha.expected, 2.872, 0.001, 'D_e');
  close(alpha.value, 0.849, 0.001, 'α');
});

test('Krippendorff 2004 p. 246: percent agreement and Cohen κ, two tables', () => {
  const a = fromTable(['a', 'b', 'c'], [[12, 9, 9], [9, 14, 9], [9, 9, 20]]);
  close(percentAgreement(a).value, 0.46, 0.001, 'percent agreement');
  close(cohenKappa(a).value, 0.186, 0.001, 'κ');
  const b = fromTable(['a', 'b', 'c'], [[12, 18, 18], [0, 14, 18], [0, 0, 20]]);
  close(percentAgreement(b).value, 0.46, 0.001, 'percent agreement');
  close(cohenKappa(b).value, 0.258, 0.001, 'κ');
});

test('Hayes & Krippendorff 2007 p. 84: five coders, ordinal α', () => {
  const units = rows(
    '112.2', '1101.', '2333.', '.00.0', '000.0', '000.0', '102.1', '1.20.', '222.2', '2111.',
    '.100.', '0000.', '1222.', '33223', '111.1', '111.1', '212.2', '1233.', '1101.', '000.0',
    '0011.', '00.00', '2333.', '0000.', '12.22', '0111.', '00010', '1212.', '1122.', '112.2',
    '110.0', '2121.', '22.22', '3222.', '222.2', '223.2', '222.2', '22.12', '2222.', '111.1',
  );
  close(krippendorffAlpha(units, 'ordinal').value, 0.7598, 0.0001, 'ordinal α');
});

test('Artstein & Poesio 2008 p. 558: percent agreement 0.7, κ 0.348', () => {
  const units = fromTable(['STAT', 'IReq'], [[20, 10], [20, 50]]);
  close(percentAgreement(units).value, 0.7, 0.001, 'percent agreement');
  const kappa = cohenKappa(units);
  close(kappa.observed, 0.7, 0.001, 'p_o');
  close(kappa.expected, 0.54, 0.001, 'p_e');
  close(kappa.value, 0.348, 0.001, 'κ');
});

test('Artstein & Poesio 2008 p. 568: κ 0.8013 and α 0.800', () => {
  const units = fromTable(['STAT', 'IReq', 'Chck'], [[46, 0, 0], [6, 32, 6], [0, 0, 10]]);
  close(percentAgreement(units).value, 0.88, 0.001, 'percent agreement');
  const kappa = cohenKappa(units);
  close(kappa.expected, 0.396, 0.001, 'p_e');
  close(kappa.value, 0.8013, 0.001, 'κ');
  const alpha = krippendorffAlpha(units);
  close(alpha.observed, 0.12, 0.001, 'D_o');
  close(alpha.expected, 0.601, 0.001, 'D_e');
  close(alpha.value, 0.8, 0.001, 'α');
});

test('Cohen 1960 p. 37: observed 0.29, expected 0.35, largest possible κ 0.85', () => {
  const units = fromTable(['1', '2', '3'], [[25, 12, 3], [13, 2, 15], [12, 16, 2]]);
  const kappa = cohenKappa(units);
  close(kappa.observed, 0.29, 0.01, 'p_o');
  close(kappa.expected, 0.35, 0.01, 'p_e');
  close(kappa.maximum, 0.85, 0.01, 'κ_max');
});

test('Cohen 1960 p. 45: κ 0.492, largest possible 0.831', () => {
  const units = fromTable(['1', '2', '3'], [[88, 14, 18], [10, 40, 10], [2, 6, 12]]);
  const kappa = cohenKappa(units);
  close(kappa.observed, 0.7, 0.01, 'p_o');
  close(kappa.expected, 0.41, 0.01, 'p_e');
  close(kappa.value, 0.492, 0.001, 'κ');
  close(kappa.maximum, 0.831, 0.001, 'κ_max');
});

// Fleiss (1971) p. 379: six psychiatrists diagnose thirty patients into five categories.
const diagnoses = rows(
  '444444', '222555', '233335', '555555', '222444', '113333', '333355', '113334', '114444', '555555',
  '144444', '124444', '222333', '144444', '224445', '333335', '111455', '111112', '224444', '133555',
  '555555', '244444', '224555', '114444', '144445', '222224', '111155', '224444', '133333', '555555',
);

test('Fleiss 1971: κ 0.430 and each category\'s κ', () => {
  const kappa = fleissKappa(diagnoses);
  assert.equal(kappa.units, 30);
  close(kappa.observed, 0.5556, 0.001, 'P̄');
  close(kappa.expected, 0.2201, 0.001, 'P̄_e');
  close(kappa.value, 0.43, 0.001, 'κ');
  const expected: Record<string, number> = { '1': 0.248, '2': 0.248, '3': 0.517, '4': 0.47, '5': 0.565 };
  for (const [c, v] of Object.entries(expected)) close(kappa.byCategory.get(c), v, 0.005, `κ of ${c}`);
});

test('Krippendorff 1995: the digitized example A gives κ 0.385 and α 0.329', () => {
  const a = rows(...'00,00,10,10,11,11,11,11,10,10,00,00,00,00,10,11,11,10,10,10,00,00,00,00'.split(','));
  close(cohenKappa(a).value, 0.385, 0.001, 'κ');
  close(krippendorffAlpha(a).value, 0.329, 0.001, 'α');
});

// NLTK's tests of Krippendorff's α (nltk/test/unit/test_disagreement.py).
test('NLTK: three coders, two dresses, α −1/3; a lone value changes nothing', () => {
  close(krippendorffAlpha(rows('YNN', 'YN.', '..N')).value, -1 / 3, 1e-7, 'α');
  close(krippendorffAlpha(rows('YNN', 'YN.')).value, -1 / 3, 1e-7, 'α without the lone value');
});

test('NLTK: one value throughout gives α 1', () => {
  close(krippendorffAlpha(rows('11', '22')).value, 1, 1e-9, 'α');
  close(krippendorffAlpha(rows('11', '2.')).value, 1, 1e-9, 'α with the expected disagreement 0');
});

test('NLTK: four coders, twelve items with missing values, α 0.743421052632', () => {
  const units = rows('11.1', '2232', '3333', '3333', '2222', '1234', '4444', '1121', '2222', '.555', '..11', '..3.');
  close(krippendorffAlpha(units).value, 0.743421052632, 1e-10, 'α');
});

test('NLTK: missing values left out, not counted as a category', () => {
  close(krippendorffAlpha(rows('11.', '111', '2.2')).value, 1, 1e-9, 'α');
});

// Krippendorff (2004) p. 254: two coders unitize a continuum of 300 positions from 150, categories c and k.
function krippendorff2004Units(shift = 0): ContinuumUnit[] {
  const u = (coder: number, start: number, length: number, category: string) => ({ coder, start: start + shift, length, category });
  return [
    u(0, 225, 70, 'c'), u(0, 370, 30, 'c'), u(1, 220, 80, 'c'), u(1, 355, 20, 'c'), u(1, 400, 20, 'c'),
    u(0, 180, 60, 'k'), u(0, 300, 50, 'k'), u(1, 180, 60, 'k'), u(1, 300, 50, 'k'),
  ];
}

test('Krippendorff 2004 p. 254: αu 0.8591 on a continuum of 300', () => {
  const result = unitizedAlpha({ coders: 2, begin: 150, length: 300, units: krippendorff2004Units() });
  // The book divides its rounded disagreements, 1 − 0.0144 / (0.0532 + 0.0490) = 0.8591; unrounded they give
  // 0.85867, which DKPro Statistics' test accepts as 0.8591 ± 0.0005 too.
  close(result.value, 0.8591, 0.0005, 'αu');
  close(result.value, 0.85867, 0.00001, 'αu unrounded');
  const c = result.byCategory.get('c')!;
  close(c.observed, 0.0144, 0.0001, 'D_o of c');
  close(c.expected, 0.0532, 0.0001, 'D_e of c');
  close(c.value, 0.7286, 0.0001, 'αu of c');
  const k = result.byCategory.get('k')!;
  close(k.observed, 0, 0.0001, 'D_o of k');
  close(k.expected, 0.049, 0.0001, 'D_e of k');
  close(k.value, 1, 0.0001, 'αu of k');
});

test('αu does not depend on where the continuum starts', () => {
  const result = unitizedAlpha({ coders: 2, begin: 0, length: 300, units: krippendorff2004Units(-150) });
  close(result.value, 0.8591, 0.0005, 'αu');
});

/** Krippendorff (1995) p. 57: four pairs of coders on 24 positions, stretched by a factor (positions truncated to whole numbers). */
function krippendorff1995(stretch: number) {
  const t = (x: number) => Math.trunc(x * stretch);
  const units: ContinuumUnit[] = [];
  const add = (category: string, coder: number, ...spans: Array<[number, number]>) => {
    for (const [start, length] of spans) units.push({ coder, start: t(start), length: t(length), category });
  };
  add('A', 0, [2, 8], [14, 6]);
  add('A', 1, [4, 4], [15, 2]);
  add('B', 0, [0, 18]);
  add('B', 1, [0, 2], [2, 1], [3, 1], [4, 1], [5, 1], [6, 3], [9, 1]);
  add('C', 0, [2, 6], [10, 2], [14, 4], [20, 2]);
  add('C', 1, [0, 2], [4, 4], [10, 4], [16, 2], [20, 2]);
  add('D', 0, [0, 2], [2, 8], [10, 4], [14, 6], [20, 4]);
  add('D', 1, [0, 4], [4, 4], [8, 7], [15, 2], [17, 7]);
  return { coders: 2, begin: 0, length: t(24), units };
}

test('Krippendorff 1995: observed disagreement of each example', () => {
  const result = unitizedAlpha(krippendorff1995(1));
  close(result.byCategory.get('A')!.observed, 0.03125, 0.00001, 'D_o of A');
  close(result.byCategory.get('B')!.observed, 2.26736, 0.00001, 'D_o of B');
  close(result.byCategory.get('C')!.observed, 0.02777, 0.00001, 'D_o of C');
  close(result.byCategory.get('D')!.observed, 0.38715, 0.00001, 'D_o of D');
});

test('Krippendorff 1995: expected disagreement and αu on a fine continuum', () => {
  const result = unitizedAlpha(krippendorff1995(1200000 / 24));
  const expected: Record<string, [number, number]> = { A: [0.0699, 0.553], B: [1.17731, -0.926], C: [0.08642, 0.679], D: [0.41445, 0.066] };
  for (const [c, [de, alpha]] of Object.entries(expected)) {
    close(result.byCategory.get(c)!.expected, de, 0.005, `D_e of ${c}`);
    close(result.byCategory.get(c)!.value, alpha, 0.02, `αu of ${c}`);
  }
});

test('Krippendorff 1995: example C as the continuum grows finer', () => {
  const cases: Array<[number, number, number, number, number]> = [
    [12, 0.05494, 0.00001, 0.494, 0.02],
    [120, 0.08234, 0.005, 0.663, 0.02],
    [1200, 0.086, 0.005, 0.677, 0.02],
    [12000, 0.08638, 0.005, 0.678, 0.02],
    [120000, 0.08642, 0.005, 0.679, 0.02],
  ];
  for (const [length, de, deWithin, alpha, alphaWithin] of cases) {
    const c = unitizedAlpha(krippendorff1995(length / 24)).byCategory.get('C')!;
    close(c.observed, 0.02777, 0.00001, `D_o of C at ${length}`);
    close(c.expected, de, deWithin, `D_e of C at ${length}`);
    close(c.value, alpha, alphaWithin, `αu of C at ${length}`);
  }
});

// Properties every measure must have.
const values = fc.constantFrom('a', 'b', 'c', 'd');
const study = (coders: number) => fc.array(fc.array(values, { minLength: coders, maxLength: coders }), { minLength: 2, maxLength: 30 });

function measures(units: CodedUnit[]): Array<number | null> {
  return [percentAgreement(units).value, cohenKappa(units).value, fleissKappa(units).value, krippendorffAlpha(units).value];
}

test('coders who code alike agree perfectly on every measure', () => {
  fc.assert(fc.property(fc.array(values, { minLength: 1, maxLength: 30 }), fc.integer({ min: 2, max: 5 }), (codes, coders) => {
    const units = codes.map((v) => Array.from({ length: coders }, () => v));
    for (const value of measures(units)) assert.equal(value, 1);
  }));
});

test('identical unitizations give αu 1', () => {
  const span = fc.record({ start: fc.integer({ min: 0, max: 90 }), length: fc.integer({ min: 1, max: 10 }), category: fc.constantFrom('x', 'y') });
  fc.assert(fc.property(fc.array(span, { minLength: 1, maxLength: 12 }), (spans) => {
    const units = [0, 1, 2].flatMap((coder) => spans.map((s) => ({ ...s, coder })));
    assert.equal(unitizedAlpha({ coders: 3, begin: 0, length: 100, units }).value, 1);
  }));
});

function same(a: Array<number | null>, b: Array<number | null>): void {
  assert.equal(a.length, b.length);
  a.forEach((x, i) => {
    if (x === null || b[i] === null) assert.equal(x, b[i]);
    else assert.ok(Math.abs(x - b[i]!) < 1e-9, `${x} ≠ ${b[i]}`);
  });
}

test('measures do not change when units are reordered, coders swapped or categories renamed', () => {
  fc.assert(fc.property(study(2), fc.nat(), (units, seed) => {
    const before = measures(units);
    const reversed = [...units].reverse();
    const rotated = units.slice(seed % units.length).concat(units.slice(0, seed % units.length));
    same(measures(rotated), before);
    same(measures(reversed), before);
    same(measures(units.map((u) => [u[1]!, u[0]!])), before);
    const rename: Record<string, string> = { a: 'z', b: 'y', c: 'x', d: 'w' };
    same(measures(units.map((u) => u.map((v) => rename[v!]!))), before);
  }));
});

test('α and Fleiss κ do not change when three coders are permuted', () => {
  fc.assert(fc.property(study(3), (units) => {
    const before = [fleissKappa(units).value, krippendorffAlpha(units).value, percentAgreement(units).value];
    const after = units.map((u) => [u[2]!, u[0]!, u[1]!]);
    same([fleissKappa(after).value, krippendorffAlpha(after).value, percentAgreement(after).value], before);
  }));
});

test('αu does not change when coders are swapped, categories renamed or the continuum shifted', () => {
  const span = fc.record({ coder: fc.integer({ min: 0, max: 1 }), start: fc.integer({ min: 0, max: 90 }), length: fc.integer({ min: 1, max: 10 }), category: fc.constantFrom('x', 'y') });
  fc.assert(fc.property(fc.array(span, { minLength: 2, maxLength: 12 }), fc.integer({ min: -50, max: 50 }), (units, shift) => {
    const before = unitizedAlpha({ coders: 2, begin: 0, length: 100, units }).value;
    const swapped = unitizedAlpha({ coders: 2, begin: 0, length: 100, units: units.map((u) => ({ ...u, coder: 1 - u.coder })) }).value;
    const renamed = unitizedAlpha({ coders: 2, begin: 0, length: 100, units: units.map((u) => ({ ...u, category: u.category === 'x' ? 'q' : 'r' })) }).value;
    const shifted = unitizedAlpha({ coders: 2, begin: shift, length: 100, units: units.map((u) => ({ ...u, start: u.start + shift })) }).value;
    same([swapped, renamed, shifted], [before, before, before]);
  }));
});

test('a weight counts a unit as many times over', () => {
  const expanded = rows('aa', 'aa', 'aa', 'ab', 'bb', 'bb');
  const weighted = rows('aa', 'ab', 'bb');
  const weights = [3, 1, 2];
  assert.deepEqual(percentAgreement(weighted, weights), percentAgreement(expanded));
  assert.deepEqual(cohenKappa(weighted, weights), cohenKappa(expanded));
  assert.deepEqual(fleissKappa(weighted, weights), fleissKappa(expanded));
  assert.deepEqual(krippendorffAlpha(weighted, 'nominal', undefined, weights), krippendorffAlpha(expanded));
});
