/**
 * The seed-file format (JSON) used by `ticketkit mock-server --seed file.json`, also usable from code
 * (`seedFromJson(spec)` returns a `seed` function for `createMockClient`):
 *
 * ```json
 * { "seed": [
 *   { "ref": "gala", "builder": "event", "input": { "name": "Gala", "currency": "USD" } },
 *   { "ref": "ga", "builder": "ticketType", "input": { "eventId": { "$ref": "gala" }, "name": "GA" } },
 *   { "builder": "order", "count": 3, "input": { "eventId": { "$ref": "gala" }, "lines": [{ "ticketTypeId": { "$ref": "ga.id" }, "quantity": 2 }] } }
 * ] }
 * ```
 *
 * Each entry calls one seed builder (`builder`) with `input`; `{ "$ref": "name" }` anywhere in an input is
 * replaced by the `id` of the entity an earlier entry bound with `"ref": "name"` (`"name.path"` picks another
 * property, e.g. `"ga.remoteId"`). `count` repeats an entry (its `ref` binds the last result). A bare array
 * is accepted as the list of entries.
 */
import { ValidationError } from '../core/errors.js';

/** One entry of a seed file: a builder call. */
export interface SeedEntry {
  /** The seed builder to call: `event`, `eventDate`, `ticketType`, `order`, `attendee`, or a vendor-only one. */
  builder: string;
  /** The builder's input; `{ "$ref": "name" }` anywhere in it is replaced by an earlier result's id. */
  input?: unknown;
  /** Binds the result so later entries can point at it with `{ "$ref": "<ref>" }`. */
  ref?: string;
  /** Calls the builder this many times (default 1). */
  count?: number;
}

/** A seed file (`ticketkit mock-server --seed file.json`, `seedFromJson`): its entries, run in order. */
export interface SeedFile {
  /** Optional: the provider the file was written for (checked against the one served). */
  provider?: string;
  /** The builder calls, in order. */
  seed: SeedEntry[];
}

function fail(where: string, message: string): never {
  throw new ValidationError({ message: `Invalid seed file at ${where}: ${message}.`, fields: [{ field: where, message }] });
}

/** Checks a parsed seed file and returns its entries. */
export function parseSeedFile(value: unknown, provider?: string): SeedEntry[] {
  const file = (Array.isArray(value) ? { seed: value } : value) as Partial<SeedFile> | null;
  if (!file || typeof file !== 'object' || !Array.isArray(file.seed)) fail('(root)', 'expected { "seed": [ ... ] } or an array of entries');
  if (provider !== undefined && file.provider !== undefined && file.provider !== provider) {
    fail('provider', `the file is for ${JSON.stringify(file.provider)}, not ${JSON.stringify(provider)}`);
  }
  file.seed.forEach((entry, i) => {
    if (!entry || typeof entry !== 'object') fail(`seed[${i}]`, 'expected an object');
    if (typeof entry.builder !== 'string' || entry.builder === '') fail(`seed[${i}].builder`, 'expected a builder name');
    if (entry.ref !== undefined && (typeof entry.ref !== 'string' || entry.ref === '')) fail(`seed[${i}].ref`, 'expected a non-empty string');
    if (entry.count !== undefined && !(Number.isInteger(entry.count) && entry.count >= 1)) fail(`seed[${i}].count`, 'expected a positive integer');
  });
  return file.seed;
}

function resolveRefs(value: unknown, refs: Map<string, unknown>, where: string): unknown {
  if (Array.isArray(value)) return value.map((v, i) => resolveRefs(v, refs, `${where}[${i}]`));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Object.keys(record).length === 1 && typeof record.$ref === 'string') {
      const [name, ...path] = record.$ref.split('.');
      if (!refs.has(name!)) fail(where, `unknown ref ${JSON.stringify(name)} (refs must be bound by an earlier entry)`);
      let target: unknown = refs.get(name!);
      for (const key of path.length ? path : ['id']) {
        target = target && typeof target === 'object' ? (target as Record<string, unknown>)[key] : undefined;
      }
      if (target === undefined) fail(where, `ref ${JSON.stringify(record.$ref)} has no such property`);
      return target;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) out[k] = resolveRefs(v, refs, `${where}.${k}`);
    return out;
  }
  return value;
}

/** A `seed` function that runs the entries of a seed file against the builders. */
export function seedFromJson(value: unknown, provider?: string): (s: unknown) => void {
  const entries = parseSeedFile(value, provider);
  return (s) => {
    const builders = s as Record<string, unknown>;
    const refs = new Map<string, unknown>();
    entries.forEach((entry, i) => {
      const build = builders[entry.builder];
      if (typeof build !== 'function') fail(`seed[${i}].builder`, `this emulator has no builder ${JSON.stringify(entry.builder)}`);
      let result: unknown;
      for (let n = 0; n < (entry.count ?? 1); n++) {
        const input = resolveRefs(entry.input, refs, `seed[${i}].input`);
        result = (build as (input: unknown) => unknown).call(builders, input);
      }
      if (entry.ref !== undefined) refs.set(entry.ref, result);
    });
  };
}
