/** Encodes one path segment (a vendor id may hold `/`, `?`, `#`, spaces or an email's `@`). */
export function seg(value: string | number): string {
  return encodeURIComponent(String(value));
}

/** Joins a base URL and a path with exactly one `/` between them. */
export function joinUrl(baseUrl: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export type QueryValue = string | number | boolean | null | undefined | Array<string | number | boolean>;
export type Query = Record<string, QueryValue>;

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
