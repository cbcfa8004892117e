/**
 * The fields of an export: the dotted paths of the normalized model (read from its zod schemas, so they cannot drift
 * from it), `--fields` selection, and the columns a flat format (CSV) turns an item into.
 */
import type { z } from 'zod';
import { AttendeeSchema, EventSchema, MoneySchema, OrderSchema, TicketTypeSchema } from '../core/model.js';

/** What `ticketkit export` (and `exportItems`) can export. */
export const EXPORT_RESOURCES = ['events', 'orders', 'attendees', 'ticket-types'] as const;
/** A resource an export can page through: one of `EXPORT_RESOURCES`. */
export type ExportResource = (typeof EXPORT_RESOURCES)[number];

const SCHEMAS: Record<ExportResource, z.ZodType> = {
  events: EventSchema,
  orders: OrderSchema,
  attendees: AttendeeSchema,
  'ticket-types': TicketTypeSchema,
};

/** How one leaf of the model is written to a flat format. */
export type FieldKind =
  /** A string, number, boolean or `null`. */
  | 'value'
  /** A `Money`: a decimal amount column plus a `<path>.currency` column. */
  | 'money'
  /** A list (an order's `lines`): one column of JSON text. */
  | 'list';

/** One leaf of the model: `buyer.email`, `total` (money), `lines` (a list). */
export interface ModelField {
  /** Its dotted path (`buyer.email`). */
  path: string;
  /** How it is written to a flat format. */
  kind: FieldKind;
}

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { def: SchemaDef }).def;
}

/** Strips `nullable` and `optional` wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); (def.type === 'nullable' || def.type === 'optional') && def.innerType; def = defOf(current)) current = def.innerType;
  return current;
}

function walk(schema: z.ZodType, prefix: string, out: ModelField[]): void {
  const shape = defOf(schema).shape ?? {};
  for (const [key, child] of Object.entries(shape)) {
    // `raw` is the vendor payload (present only on request): `raw: true` exports it instead of the model.
    if (prefix === '' && key === 'raw') continue;
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const inner = unwrap(child);
    const type = defOf(inner).type;
    if (inner === MoneySchema) out.push({ path, kind: 'money' });
    else if (type === 'object') walk(inner, path, out);
    else if (type === 'array') out.push({ path, kind: 'list' });
    else out.push({ path, kind: 'value' });
  }
}

const MODEL_FIELDS = new Map<ExportResource, readonly ModelField[]>();

/** Every leaf of a resource's normalized model, in the model's order (`id`, `provider`, ..., `buyer.email`, ...). */
export function modelFields(resource: ExportResource): readonly ModelField[] {
  let fields = MODEL_FIELDS.get(resource);
  if (fields === undefined) {
    const out: ModelField[] = [];
    walk(SCHEMAS[resource], '', out);
    fields = Object.freeze(out);
    MODEL_FIELDS.set(resource, fields);
  }
  return fields;
}

/**
 * The paths `fields` may name for a resource: every leaf, and every object above leaves (`buyer` selects
 * `buyer.name`, `buyer.email` and `buyer.phone`).
 */
export function selectablePaths(resource: ExportResource): string[] {
  const paths = new Set<string>();
  for (const field of modelFields(resource)) {
    const parts = field.path.split('.');
    for (let i = 1; i <= parts.length; i++) paths.add(parts.slice(0, i).join('.'));
  }
  return [...paths];
}

/** The model leaves a list of selected paths covers, in the order the paths were given. */
export function selectedFields(resource: ExportResource, paths: readonly string[]): ModelField[] {
  const all = modelFields(resource);
  const out: ModelField[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    for (const field of all) {
      if ((field.path === path || field.path.startsWith(`${path}.`)) && !seen.has(field.path)) {
        seen.add(field.path);
        out.push(field);
      }
    }
  }
  return out;
}

/** Reads a dotted path (`buyer.email`); `undefined` when a step is missing. */
export function readPath(value: unknown, path: string): unknown {
  if (!path.includes('.')) return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[path] : undefined;
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * A projection of `item` on `paths`, nesting kept: `['id', 'buyer.email']` → `{ id, buyer: { email } }`. A path
 * the item does not have is `null` (exports never write `undefined`).
 */
export function pickPaths(item: unknown, paths: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    const parts = path.split('.');
    let target = out;
    for (let i = 0; i < parts.length - 1; i++) {
      const key = parts[i]!;
      const next = target[key];
      if (next === null || typeof next !== 'object') target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    const value = readPath(item, path);
    target[parts[parts.length - 1]!] = value === undefined ? null : value;
  }
  return out;
}

/** `true` for a value shaped like the model's `Money` (`{ amount: integer, currency: 'USD' }`). */
export function isMoney(value: unknown): value is { amount: number; currency: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  return keys.length === 2 && Number.isSafeInteger(amount) && typeof currency === 'string' && /^[A-Z]{3}$/.test(currency);
}

/**
 * The leaves of fields an item carries beyond the model (a vendor's extra, such as a Seaty order's `balance`),
 * found by looking at the item: money-shaped objects are money, other objects are walked, arrays are lists.
 */
export function extraFields(resource: ExportResource, items: readonly unknown[]): ModelField[] {
  const known = new Set(selectablePaths(resource));
  known.add('raw');
  const out: ModelField[] = [];
  const seen = new Set<string>();
  const visit = (value: unknown, path: string) => {
    if (isMoney(value)) add(path, 'money');
    else if (Array.isArray(value)) add(path, 'list');
    else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    else add(path, 'value');
  };
  const add = (path: string, kind: FieldKind) => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ path, kind });
  };
  for (const item of items) {
    if (item === null || typeof item !== 'object') continue;
    for (const [key, value] of Object.entries(item)) if (!known.has(key)) visit(value, key);
  }
  return out;
}
