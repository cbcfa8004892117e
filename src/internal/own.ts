/**
 * Reads a lookup table by a key that came from outside (a vendor's body, a user's argument). A plain `table[key]`
 * answers inherited names too: `'constructor'`, `'toString'` or `'__proto__'` would return `Object.prototype`'s
 * members and be taken for a mapping. Only the table's own entries count here.
 */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string | null | undefined): V | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}
