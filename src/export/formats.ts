/**
 * The export formats: NDJSON (one JSON object a line), JSON (one array) and CSV (flat columns, dotted headers, money
 * as a decimal plus a currency column, quoting by csv-stringify). Each formatter turns a page of rows into text and
 * is told how many rows were written before, so an export resumed in another process continues the same file: no
 * second CSV header, and a JSON array that is still one valid array at the end.
 */
import { stringify } from 'csv-stringify/sync';
import { ValidationError } from '../core/errors.js';
import { fromMinorUnits } from '../core/money.js';
import { extraFields, isMoney, modelFields, readPath, selectedFields, type ExportResource, type ModelField } from './fields.js';

/** The file formats an export writes: NDJSON (one object a line), CSV (flat dotted columns) and JSON (one array). */
export const EXPORT_FORMATS = ['ndjson', 'csv', 'json'] as const;
/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Turns pages of rows into the text of a file, written in order: `start()`, `rows()` per page, `end()`. */
export interface Formatter<Row = unknown> {
  /** The format it writes. */
  readonly format: ExportFormat;
  /** What opens the file: the CSV header, JSON's `[`; `''` for NDJSON. */
  start(): string;
  /** The text of a page of rows; `written` is how many rows the file already holds (0 for the first page). */
  rows(rows: readonly Row[], written: number): string;
  /** What closes the file: JSON's `]`; `''` otherwise. */
  end(written: number): string;
}

/** One JSON object per line (`\n`-terminated), the rows as they are. */
export function ndjsonFormatter(): Formatter {
  return {
    format: 'ndjson',
    start: () => '',
    rows(rows) {
      let out = '';
      for (let i = 0; i < rows.length; i++) out += `${JSON.stringify(rows[i])}\n`;
      return out;
    },
    end: () => '',
  };
}

/** One JSON array, one row a line: `[`, `{...}`, `,{...}`, ..., `]`. */
export function jsonFormatter(): Formatter {
  return {
    format: 'json',
    start: () => '[',
    rows(rows, written) {
      let out = '';
      for (let i = 0; i < rows.length; i++) out += `${written + i === 0 ? '\n' : ',\n'}${JSON.stringify(rows[i])}`;
      return out;
    },
    end: () => '\n]\n',
  };
}

/** A CSV column: its header, the path it reads, and how the value is written. */
export interface CsvColumn {
  /** The column's header (the dotted path, or `<path>.currency` for a money column's code). */
  header: string;
  /** The dotted path of the value in a row (`buyer.email`, `total`). */
  path: string;
  /** `value`: text, numbers, booleans, objects and lists as JSON; `money`: the decimal amount; `currency`: its code. */
  kind: 'value' | 'money' | 'currency';
}

function columnsOf(fields: readonly ModelField[]): CsvColumn[] {
  const out: CsvColumn[] = [];
  for (const field of fields) {
    if (field.kind === 'money') {
      out.push({ header: field.path, path: field.path, kind: 'money' }, { header: `${field.path}.currency`, path: field.path, kind: 'currency' });
    } else out.push({ header: field.path, path: field.path, kind: 'value' });
  }
  return out;
}

/**
 * The CSV columns of an export, fixed before the first row (a resumed export reuses them):
 * - normalized rows: every leaf of the model, or the leaves `fields` select, then (without `fields`) the fields a
 *   vendor adds beyond the model, as found on `sample` (the first page);
 * - `raw` rows (vendor payloads have no fixed shape): exactly `fields`, required.
 */
export function csvColumns(resource: ExportResource, options: { fields?: readonly string[] | null; raw?: boolean; sample?: readonly unknown[] } = {}): CsvColumn[] {
  const fields = options.fields ?? null;
  if (options.raw) {
    if (fields === null || fields.length === 0) throw new ValidationError({ message: 'CSV of raw vendor payloads needs fields: the payloads have no fixed columns.', fields: [{ field: 'fields', message: 'required with raw' }] });
    return fields.map((path) => ({ header: path, path, kind: 'value' }));
  }
  if (fields !== null) return columnsOf(selectedFields(resource, fields));
  return columnsOf([...modelFields(resource), ...extraFields(resource, options.sample ?? [])]);
}

/**
 * What CSV does with a text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return, or their full-width forms): `escape` prefixes it with `'` (OWASP's advice), `keep` writes it
 * as it is. Plain numbers (`-5`, `+44`) are never formulas and are kept; so are the columns the export computes
 * (amounts, counts, booleans, timestamps).
 */
export type FormulaPolicy = 'escape' | 'keep';

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** `'=HYPERLINK(...)` for `=HYPERLINK(...)`; anything that cannot start a formula unchanged. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function cellOf(row: unknown, column: CsvColumn, escape: boolean): string {
  const value = readPath(row, column.path);
  if (value === null || value === undefined) return '';
  if (column.kind === 'money') return isMoney(value) ? (fromMinorUnits(value.amount, value.currency) ?? '') : '';
  if (column.kind === 'currency') return isMoney(value) ? value.currency : '';
  switch (typeof value) {
    case 'string':
      return escape ? escapeFormula(value) : value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return JSON.stringify(value);
  }
}

/**
 * CSV (RFC 4180 quoting by csv-stringify: a field holding a comma, a quote or a line break is quoted, quotes
 * doubled; records end with `\n`): a header of dotted names, then one record a row. Money is two columns, the
 * decimal amount in major units (`total`: `27.45`) and its currency (`total.currency`: `USD`); lists (an order's
 * `lines`) are JSON text; `null` is an empty field.
 */
export function csvFormatter(columns: readonly CsvColumn[], options: { formulas?: FormulaPolicy } = {}): Formatter {
  const escape = (options.formulas ?? 'escape') === 'escape';
  const cells = columns.length;
  return {
    format: 'csv',
    start: () => stringify([columns.map((c) => (escape ? escapeFormula(c.header) : c.header))]),
    rows(rows) {
      if (rows.length === 0) return '';
      const records = new Array<string[]>(rows.length);
      for (let r = 0; r < rows.length; r++) {
        const record = new Array<string>(cells);
        for (let c = 0; c < cells; c++) record[c] = cellOf(rows[r], columns[c]!, escape);
        records[r] = record;
      }
      return stringify(records);
    },
    end: () => '',
  };
}

/** The formatter of a format (`columns` for CSV). */
export function formatterFor(format: ExportFormat, options: { columns?: readonly CsvColumn[]; formulas?: FormulaPolicy } = {}): Formatter {
  switch (format) {
    case 'ndjson':
      return ndjsonFormatter();
    case 'json':
      return jsonFormatter();
    case 'csv':
      if (!options.columns) throw new ValidationError({ message: 'A CSV formatter needs its columns (csvColumns()).', fields: [{ field: 'columns', message: 'required for csv' }] });
      return csvFormatter(options.columns, options);
  }
}
