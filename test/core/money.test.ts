import { describe, expect, it, vi } from 'vitest';
import { currencyExponent, formatMoney, fromMinorUnits, money, moneyFromDecimal, normalizeCurrency, toMinorUnits } from '../../src/core/money.js';

describe('toMinorUnits', () => {
  it('converts through strings, never x * 100', () => {
    expect(toMinorUnits('19.99', 'USD')).toBe(1999);
    expect(toMinorUnits(19.99, 'USD')).toBe(1999);
    expect(19.99 * 100).not.toBe(1999);
    expect(toMinorUnits(0.1 + 0.2, 'USD')).toBe(30);
    expect(toMinorUnits('25.000', 'EUR')).toBe(2500);
    expect(toMinorUnits(1.005, 'USD')).toBe(101);
  });
  it('uses the ISO-4217 exponent of the currency', () => {
    expect(toMinorUnits('1500', 'JPY')).toBe(1500);
    expect(toMinorUnits('1.234', 'KWD')).toBe(1234);
    expect(toMinorUnits('1.5', 'KWD')).toBe(1500);
    expect(toMinorUnits('100', 'HUF')).toBe(10000);
  });
  it('rounds half away from zero at the currency precision', () => {
    expect(toMinorUnits('0.125', 'USD')).toBe(13);
    expect(toMinorUnits('-0.125', 'USD')).toBe(-13);
    expect(toMinorUnits('0.124', 'USD')).toBe(12);
  });
  it('handles lowercase codes, exponent notation and big values', () => {
    expect(toMinorUnits('10', 'usd')).toBe(1000);
    expect(toMinorUnits(1e21, 'USD')).toBeNull();
    expect(toMinorUnits(1e-7, 'USD')).toBe(0);
    expect(toMinorUnits(123456789.12, 'USD')).toBe(12345678912);
  });
  it('returns null plus a warning for an unknown currency, never a guessed exponent', () => {
    const warnings: string[] = [];
    expect(toMinorUnits('10', 'XYZ', (m) => warnings.push(m))).toBeNull();
    expect(warnings).toEqual([expect.stringContaining('"XYZ"')]);
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(toMinorUnits('10', 'ZZZ')).toBeNull();
      expect(spy).toHaveBeenCalledTimes(1);
      expect(toMinorUnits('10', 'usd')).toBe(1000);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('returns null for unknown currencies and non-numbers', () => {
    expect(toMinorUnits('10', 'XYZ', () => {})).toBeNull();
    expect(toMinorUnits('abc', 'USD')).toBeNull();
    expect(toMinorUnits('', 'USD')).toBeNull();
    expect(toMinorUnits(Number.NaN, 'USD')).toBeNull();
  });
});

describe('money helpers', () => {
  it('knows exponents from the static table', () => {
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
    expect(currencyExponent('GBP')).toBe(2);
    expect(currencyExponent('IDR')).toBe(2);
    expect(currencyExponent('ZZZ')).toBeNull();
  });
  it('normalizes currency codes to uppercase ISO', () => {
    expect(normalizeCurrency('usd')).toBe('USD');
    expect(normalizeCurrency('£')).toBeNull();
    expect(normalizeCurrency(undefined)).toBeNull();
  });
  it('builds Money or null', () => {
    expect(money(2500, 'usd')).toEqual({ amount: 2500, currency: 'USD' });
    expect(money(2500, 'nope')).toBeNull();
    expect(money(1.5, 'USD')).toBeNull();
    expect(moneyFromDecimal('19.99', 'eur')).toEqual({ amount: 1999, currency: 'EUR' });
  });
  it('formats back', () => {
    expect(fromMinorUnits(1999, 'USD')).toBe('19.99');
    expect(fromMinorUnits(5, 'USD')).toBe('0.05');
    expect(fromMinorUnits(-1234, 'KWD')).toBe('-1.234');
    expect(fromMinorUnits(1500, 'JPY')).toBe('1500');
    expect(formatMoney({ amount: 1999, currency: 'USD' })).toBe('$19.99');
    expect(formatMoney({ amount: 1500, currency: 'JPY' })).toBe('¥1,500');
  });
});

describe('time', () => {
  it('returns canonical instants as they are and normalizes the rest', async () => {
    const { toUtcInstant } = await import('../../src/core/time.js');
    expect(toUtcInstant('2026-01-01T00:00:00Z')).toBe('2026-01-01T00:00:00Z');
    expect(toUtcInstant('2026-01-01T00:00:00.000Z')).toBe('2026-01-01T00:00:00Z');
    expect(toUtcInstant('2026-01-01T01:30:00+01:30')).toBe('2026-01-01T00:00:00Z');
    expect(toUtcInstant(' 2026-01-01T00:00:00Z ')).toBe('2026-01-01T00:00:00Z');
    expect(toUtcInstant('2026-02-30T00:00:00Z')).toBeNull();
    expect(toUtcInstant('2026-01-01T00:00:00')).toBeNull();
    expect(toUtcInstant('')).toBeNull();
  });
});
