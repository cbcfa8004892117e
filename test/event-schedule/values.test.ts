/**
 * The hot-path readers of Event Schedule wire values (src/providers/event-schedule/values.ts) return exactly what the
 * general helpers of src/core return, on the common forms they read themselves and on everything they hand over.
 */
import { describe, expect, it } from 'vitest';
import { toMinorUnits } from '../../src/core/money.js';
import { toUtcInstant, utcFromNaive } from '../../src/core/time.js';
import { composeId } from '../../src/internal/ids.js';
import { instantOf, joinId, minorUnits, naiveUtcInstant, plainNaiveUtc } from '../../src/providers/event-schedule/values.js';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const general = (value: string | null | undefined) => (typeof value !== 'string' || value.trim() === '' ? null : (toUtcInstant(value) ?? utcFromNaive(value)));

describe('instantOf: the vendor timestamp forms', () => {
  const table = [
    '2026-03-01T18:00:00+00:00',
    '2026-03-01T18:00:00Z',
    '2024-02-29T23:59:59+00:00',
    '2023-02-29T10:00:00+00:00',
    '2026-04-31T10:00:00+00:00',
    '2026-13-01T10:00:00+00:00',
    '2026-03-01T24:00:00+00:00',
    '2026-03-01T23:60:00+00:00',
    '2026-03-01T23:59:60+00:00',
    '2026-03-01T18:00:00+02:00',
    '2026-03-01T18:00:00.123+00:00',
    '2026-03-01 18:00:00',
    '2026-03-01T18:00',
    ' 2026-03-01T18:00:00+00:00',
    '2026-03-01T18:00:00+00:00 ',
    '2026-03-01X18:00:00+00:00',
    '2026-0a-01T18:00:00+00:00',
    '0000-03-01T18:00:00+00:00',
    '1900-02-29T00:00:00+00:00',
    '2000-02-29T00:00:00Z',
    '',
    '   ',
    'not a date',
    null,
    undefined,
  ];
  it.each(table)('%j reads as the core helpers read it', (value) => {
    expect(instantOf(value)).toBe(general(value));
  });

  it('agrees with the core helpers on 20 000 random timestamps, valid and not', () => {
    const random = prng(16);
    for (let i = 0; i < 20_000; i++) {
      const y = 1990 + Math.floor(random() * 60);
      const parts = [pad(y, 4), pad(Math.floor(random() * 14)), pad(Math.floor(random() * 33)), pad(Math.floor(random() * 26)), pad(Math.floor(random() * 62)), pad(Math.floor(random() * 62))];
      const suffix = ['+00:00', 'Z', '+01:00', '', '-05:30'][Math.floor(random() * 5)]!;
      const value = `${parts[0]}-${parts[1]}-${parts[2]}T${parts[3]}:${parts[4]}:${parts[5]}${suffix}`;
      expect(instantOf(value)).toBe(general(value));
    }
  });
});

describe('naiveUtcInstant: an event start (Y-m-d H:i:s, UTC)', () => {
  it.each(['2026-03-15 20:00:00', '2026-02-30 20:00:00', '2026-03-15 24:00:00', '2026-03-15T20:00:00', '2026-03-15 20:00', '2026-03-15', 'x'])(
    '%j reads as utcFromNaive reads it',
    (value) => {
      expect(naiveUtcInstant(value)).toBe(utcFromNaive(value));
      const plain = plainNaiveUtc(value);
      if (plain !== null) expect(plain).toBe(utcFromNaive(value));
    },
  );
});

describe('minorUnits: decimal major units', () => {
  const warn = () => {};
  const table: Array<string | number> = [
    '25.000', '19.99', '0.1', '.5', '5.', '+5', '-19.99', '-0.00', '007.50', '19.995', '19.9949999', '19.98999999', '1e3', '0x10',
    '.', '-', '', ' 25 ', '1.2.3', '123456789012345678', 'Infinity', 'NaN',
    25, 19.99, 0.1 + 0.2, 19.995, -0, -19.99, 1e21, 123456789012.34, 9999999999.99, Number.NaN, Infinity, 1e-7, 2.675,
  ];
  it.each(['USD', 'JPY', 'KWD', 'CLF'])('agrees with toMinorUnits on the edge cases in %s', (currency) => {
    const exponent = { USD: 2, JPY: 0, KWD: 3, CLF: 4 }[currency]!;
    for (const amount of table) expect([amount, minorUnits(amount, currency, exponent, warn)]).toEqual([amount, toMinorUnits(amount, currency, warn)]);
  });

  it('agrees with toMinorUnits on 50 000 random amounts (numbers and decimal texts, 0 to 5 decimals)', () => {
    const random = prng(7);
    for (let i = 0; i < 50_000; i++) {
      const decimals = Math.floor(random() * 6);
      const magnitude = 10 ** Math.floor(random() * 12);
      const value = Number((random() * magnitude * (random() < 0.1 ? -1 : 1)).toFixed(decimals));
      const amount = random() < 0.5 ? value : value.toFixed(decimals);
      const [currency, exponent] = (
        [
          ['USD', 2],
          ['JPY', 0],
          ['KWD', 3],
        ] as const
      )[Math.floor(random() * 3)]!;
      expect([amount, minorUnits(amount, currency, exponent, warn)]).toEqual([amount, toMinorUnits(amount, currency, warn)]);
    }
  });
});

describe('joinId: composite ids', () => {
  it.each([
    ['EvJazz01', 'TkVip001'],
    ['EvJazz01', '2026-03-15'],
    ['SaOne001', 3],
    ['a/b', 'c'],
    ['a', 'b:c'],
    ['', 'x'],
    ['é', 1],
  ] as Array<[string, string | number]>)('joinId(%j, %j) is composeId', (a, b) => {
    expect(joinId(a, b)).toBe(composeId(a, b));
  });
});
