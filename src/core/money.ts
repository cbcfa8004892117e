/**
 * Money in integer minor units. Exponents come from a static ISO-4217 table (not from `Intl`, which
 * reports display digits: Node gives HUF and IDR 0 where ISO-4217 says 2). Decimals are converted
 * through strings, never with `x * 100`.
 */

export interface Money {
  /** Integer amount in the currency's minor unit (cents for USD, yen for JPY, fils for KWD). */
  amount: number;
  /** ISO-4217 code, uppercase. */
  currency: string;
}

const ZERO_DECIMAL = [
  'BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF',
];
const THREE_DECIMAL = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'];
const FOUR_DECIMAL = ['CLF', 'UYW'];
const TWO_DECIMAL = [
  'AED', 'AFN', 'ALL', 'AMD', 'ANG', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN', 'BAM', 'BBD', 'BDT', 'BGN', 'BMD', 'BND', 'BOB',
  'BRL', 'BSD', 'BTN', 'BWP', 'BYN', 'BZD', 'CAD', 'CDF', 'CHF', 'CNY', 'COP', 'CRC', 'CUP', 'CVE', 'CZK', 'DKK', 'DOP',
  'DZD', 'EGP', 'ERN', 'ETB', 'EUR', 'FJD', 'FKP', 'GBP', 'GEL', 'GHS', 'GIP', 'GMD', 'GTQ', 'GYD', 'HKD', 'HNL', 'HTG',
  'HUF', 'IDR', 'ILS', 'INR', 'IRR', 'JMD', 'KES', 'KGS', 'KHR', 'KPW', 'KYD', 'KZT', 'LAK', 'LBP', 'LKR', 'LRD', 'LSL',
  'MAD', 'MDL', 'MGA', 'MKD', 'MMK', 'MNT', 'MOP', 'MRU', 'MUR', 'MVR', 'MWK', 'MXN', 'MYR', 'MZN', 'NAD', 'NGN', 'NIO',
  'NOK', 'NPR', 'NZD', 'PAB', 'PEN', 'PGK', 'PHP', 'PKR', 'PLN', 'QAR', 'RON', 'RSD', 'RUB', 'SAR', 'SBD', 'SCR', 'SDG',
  'SEK', 'SGD', 'SHP', 'SLE', 'SOS', 'SRD', 'SSP', 'STN', 'SVC', 'SYP', 'SZL', 'THB', 'TJS', 'TMT', 'TOP', 'TRY', 'TTD',
  'TWD', 'TZS', 'UAH', 'USD', 'UYU', 'UZS', 'VES', 'WST', 'XCD', 'YER', 'ZAR', 'ZMW', 'ZWG',
];

const EXPONENTS: ReadonlyMap<string, number> = new Map([
  ...ZERO_DECIMAL.map((c) => [c, 0] as const),
  ...TWO_DECIMAL.map((c) => [c, 2] as const),
  ...THREE_DECIMAL.map((c) => [c, 3] as const),
  ...FOUR_DECIMAL.map((c) => [c, 4] as const),
]);

/** Every known code under the spellings vendors use (`usd`, `USD`), for a lookup without string work. */
const SPELLINGS: ReadonlyMap<string, string> = new Map(
  [...EXPONENTS.keys()].flatMap((code) => [
    [code, code],
    [code.toLowerCase(), code],
  ]),
);

/**
 * The ISO 4217 code in uppercase when it is one ticketkit knows (`'usd'` and `' USD '` give `'USD'`), else `null`
 * (also for `null`, `undefined` and non-strings). Vendors spell currencies inconsistently; the model always holds this
 * form.
 */
export function normalizeCurrency(code: string | null | undefined): string | null {
  if (typeof code !== 'string') return null;
  return SPELLINGS.get(code) ?? SPELLINGS.get(code.trim().toUpperCase()) ?? null;
}

/** The number of minor-unit digits of a currency (ISO-4217), or `null` for an unknown code. */
export function currencyExponent(code: string): number | null {
  return EXPONENTS.get(code.trim().toUpperCase()) ?? null;
}

/** Expands a number's shortest round-trip string (which may use exponent notation) to plain decimal digits. */
function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (!match) return text;
  const [, sign, intPart, fracPart = '', expText] = match;
  const exp = Number(expText);
  const digits = `${intPart}${fracPart}`;
  const pointAt = (intPart ?? '').length + exp;
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${'0'.repeat(pointAt - digits.length)}`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

/**
 * Converts a decimal amount in major units (`"19.99"`, `19.99`, `"25.000"`) to integer minor units of
 * `currency`, rounding half away from zero at the currency's precision. Returns `null` for an unknown
 * currency (with a warning) or an amount that is not a finite decimal.
 *
 * `toMinorUnits('19.99', 'USD') === 1999`; `toMinorUnits(0.1 + 0.2, 'USD') === 30`.
 */
export function toMinorUnits(
  amount: string | number,
  currency: string,
  /** Where the unknown-currency warning goes (default: `console.warn`). */
  warn: (message: string) => void = (message) => console.warn(`[ticketkit] ${message}`),
): number | null {
  const exponent = typeof currency === 'string' ? currencyExponent(currency) : null;
  if (exponent === null) {
    // Never a guessed exponent: the amount is left null, and said so.
    warn(`unknown ISO-4217 currency ${JSON.stringify(currency)}: cannot convert ${JSON.stringify(amount)} to minor units`);
    return null;
  }
  let text: string;
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount)) return null;
    // 0.1 + 0.2 is 0.30000000000000004: its shortest round-trip string. Cutting it to 12 significant
    // digits removes binary noise while keeping every amount a currency can express.
    text = plainDecimal(Number(amount.toPrecision(12)));
  } else {
    text = amount.trim();
  }
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  const negative = match[1] === '-';
  const intDigits = match[2] || '0';
  const fracDigits = match[3] ?? '';
  const kept = fracDigits.slice(0, exponent).padEnd(exponent, '0');
  const next = fracDigits.charCodeAt(exponent) - 48; // first dropped digit, NaN when none
  let minor = BigInt(intDigits + kept);
  if (next >= 5) minor += 1n;
  const result = Number(negative ? -minor : minor);
  return Number.isSafeInteger(result) ? result : null;
}

/** Formats integer minor units back to a plain decimal string in major units (`1999, 'USD'` → `"19.99"`). */
export function fromMinorUnits(amount: number, currency: string): string | null {
  const exponent = currencyExponent(currency);
  if (exponent === null || !Number.isSafeInteger(amount)) return null;
  const negative = amount < 0;
  const digits = String(Math.abs(amount)).padStart(exponent + 1, '0');
  const major = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return negative ? `-${major}` : major;
}

/** Builds a `Money` from integer minor units; `null` when the currency is unknown or the amount is missing. */
export function money(amount: number | null | undefined, currency: string | null | undefined): Money | null {
  const code = normalizeCurrency(currency);
  if (code === null || typeof amount !== 'number' || !Number.isSafeInteger(amount)) return null;
  return { amount, currency: code };
}

/** Builds a `Money` from a decimal amount in major units; `null` when the currency or amount is unusable. */
export function moneyFromDecimal(amount: string | number | null | undefined, currency: string | null | undefined): Money | null {
  const code = normalizeCurrency(currency);
  if (code === null || amount === null || amount === undefined) return null;
  const minor = toMinorUnits(amount, code);
  return minor === null ? null : { amount: minor, currency: code };
}

/** Formats money for people, e.g. `formatMoney({ amount: 1999, currency: 'USD' }, 'en-US')` → `"$19.99"`. */
export function formatMoney(value: Money, locale = 'en-US'): string {
  const exponent = currencyExponent(value.currency) ?? 2;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(value.amount / 10 ** exponent);
}
