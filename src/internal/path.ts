import { InputProblem } from '../core/input.js';

/** The longest id ticketkit sends as a path segment (no vendor documents a longer one; a 100 kB id is a bug). */
export const MAX_ID_LENGTH = 512;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * Why `value` cannot be an id in a URL path, or `null` when it can. Refused: anything but a string, an empty or
 * blank id, `.` and `..` (URL parsing removes such a segment, so the request would reach another endpoint: the
 * parent resource, or the API root), control characters, and ids over `MAX_ID_LENGTH`.
 */
export function idProblem(value: unknown): string | null {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return `expected an id string, got ${got}${typeof value === 'number' ? ` (${value}); pass String(id)` : ''}`;
  }
  if (value.trim() === '') return 'expected a non-empty id, got a blank string';
  if (value === '.' || value === '..') return `${JSON.stringify(value)} is not an id: it would address another endpoint`;
  if (CONTROL_CHARACTERS.test(value)) return 'an id cannot contain control characters';
  if (value.length > MAX_ID_LENGTH) return `an id is at most ${MAX_ID_LENGTH} characters, got ${value.length}`;
  return null;
}

/**
 * Validates and encodes one path segment (a vendor id may hold `/`, `?`, `#`, spaces or an email's `@`), so the path
 * the server sees is exactly the one built. A bad id throws an `InputProblem` (a `ValidationError` once it reaches
 * the caller; nothing is sent). `field` names the argument in that error; `pattern` is the vendor's documented id
 * syntax, where there is one.
 */
export function seg(value: string, field = 'id', pattern?: { test(text: string): boolean; description: string }): string {
  const problem = idProblem(value);
  if (problem !== null) throw new InputProblem(field, problem, value);
  if (pattern && !pattern.test(value)) throw new InputProblem(field, `expected ${pattern.description}`, value);
  return encodeURIComponent(value);
}

/** A number the SDK itself took from a vendor payload (a page number, a numeric key), as a path segment. */
export function numSeg(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new InputProblem('id', `expected a non-negative integer id, got ${value}`, value);
  return String(value);
}

/**
 * Why a request path would not reach the endpoint it spells, or `null`: a `.`/`..` segment (also percent-encoded:
 * URL parsing treats `%2e` as a dot), a backslash (parsed as `/`), or a `#` (starts a fragment that is never sent).
 * The pipeline checks every URL with it, so even a hand-built `client.request()` path cannot be redirected.
 */
export function pathProblem(path: string): string | null {
  const end = path.search(/[?#]/);
  const pathOnly = end === -1 ? path : path.slice(0, end);
  // URL parsing deletes tabs and line breaks before it resolves dot segments (`.\t.` becomes `..`).
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'a path cannot contain control characters (a tab or line break would be dropped by URL parsing)';
  if (path.includes('#')) return 'a path cannot contain "#"';
  if (pathOnly.includes('\\')) return 'a path cannot contain a backslash';
  for (const segment of pathOnly.split('/')) {
    if (/^(?:\.|%2e){1,2}$/i.test(segment)) return `the path segment ${JSON.stringify(segment)} would be removed by URL parsing`;
  }
  return null;
}

/** Joins a base URL and a path with exactly one `/` between them. */
export function joinUrl(baseUrl: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** One query parameter's value: `null`/`undefined` leave it out, an array repeats the key. */
export type QueryValue = string | number | boolean | null | undefined | Array<string | number | boolean>;
/** Query parameters of a request (`client.request({ query })`), encoded by the client. */
export type Query = Record<string, QueryValue>;

/**
 * What is wrong with a caller's query (`client.request({ query })`), as the member and the problem, or `null`: a
 * value `buildQuery` would write as `[object Object]`, a function's source or a date's long form is refused.
 */
export function queryProblem(query: unknown): { field: string; message: string } | null {
  if (query === undefined) return null;
  if (query === null || typeof query !== 'object' || Array.isArray(query)) return { field: 'query', message: 'expected an object of parameter names to values' };
  const scalar = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || scalar(value) || (Array.isArray(value) && value.every(scalar))) continue;
    const got = Array.isArray(value) ? 'an array with a value that is not a string, number or boolean' : value instanceof Date ? 'a Date (pass date.toISOString())' : typeof value;
    return { field: `query.${key}`, message: `expected a string, finite number, boolean or an array of them, got ${got}` };
  }
  return null;
}

/**
 * Serializes a query. `undefined`/`null` members are left out; arrays repeat the key; booleans are
 * written with `booleanStyle` (`'word'`: true/false, `'digit'`: 1/0).
 */
export function buildQuery(query: Query | undefined, booleanStyle: 'word' | 'digit' = 'word'): string {
  if (!query) return '';
  const params = new URLSearchParams();
  const put = (key: string, value: string | number | boolean) => {
    if (typeof value === 'boolean') params.append(key, booleanStyle === 'digit' ? (value ? '1' : '0') : String(value));
    else params.append(key, String(value));
  };
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) value.forEach((v) => put(key, v));
    else put(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
