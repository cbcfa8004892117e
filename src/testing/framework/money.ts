/**
 * Money helpers of the emulators, written apart from the SDK's own (`src/core/money.ts`) so that a bug in either
 * shows up as a disagreement in the tests. ISO 4217: most currencies have 2 decimals; these have 0 or 3.
 */
import type { Money } from './contract.js';

const ZERO_DECIMALS = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);
const THREE_DECIMALS = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

/** The number of decimals of a currency (2 unless ISO 4217 says 0 or 3). */
export function decimalsOf(currency: string): number {
  const code = currency.toUpperCase();
  if (ZERO_DECIMALS.has(code)) return 0;
  if (THREE_DECIMALS.has(code)) return 3;
  return 2;
}

/** Minor units as a decimal string in the currency's own precision: `(1050, 'USD')` → `"10.50"`. */
export function minorToDecimal(minor: number, currency: string): string {
  const decimals = decimalsOf(currency);
  if (decimals === 0) return String(minor);
  const negative = minor < 0;
  const digits = String(Math.abs(minor)).padStart(decimals + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A decimal (string or number, as a vendor writes it) in minor units: `("10.5", 'USD')` → `1050`. */
export function decimalToMinor(value: string | number, currency: string): number {
  const decimals = decimalsOf(currency);
  const text = typeof value === 'number' ? value.toFixed(decimals) : value.trim();
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match) throw new Error(`not a decimal amount: ${JSON.stringify(value)}`);
  const fraction = (match[3] ?? '').padEnd(decimals, '0');
  if (fraction.length > decimals && /[^0]/.test(fraction.slice(decimals))) throw new Error(`too many decimals for ${currency}: ${text}`);
  const minor = Number(`${match[2] || '0'}${fraction.slice(0, decimals)}`);
  return match[1] === '-' ? -minor : minor;
}

/** A normalized money value (`{ amount: minor units, currency: upper-case code }`). */
export function moneyOf(minor: number, currency: string): Money {
  return { amount: minor, currency: currency.toUpperCase() };
}
