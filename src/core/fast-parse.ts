/**
 * A fast accept path in front of zod, for the hot path of big listings. `compileAcceptor(schema)` builds, once, a
 * checker that says whether a value passes the schema **and** zod would return it unchanged (no default filled, no
 * key stripped, no transform). `fastParser(schema)` then returns such a value as it is, without zod's copy, and hands
 * everything else to zod: zod stays the source of truth and the error reporter, so an invalid payload still names the
 * field. A schema node the compiler does not understand compiles to "not sure" (always `false`): slower, never wrong.
 *
 * Supported: string, number, boolean, null, undefined, unknown/any, literal, enum, optional, nullable, default,
 * catch, array, object (strip, loose and strict), record, union of exact options, lazy. Checks on strings and
 * numbers are run by zod on that one value; any other check, refinement, transform or pipe is "not sure".
 */
import type { z } from 'zod';

/** Says whether a value passes the schema and zod would return it unchanged. */
export type Acceptor = (value: unknown) => boolean;

interface Compiled {
  accept: Acceptor;
  /** `true` when `accept(v)` is exactly `schema.safeParse(v).success` (nothing in the subtree changes a value). */
  exact: boolean;
  /** `true` when the node accepts `undefined` (so an object may lack the key). */
  optional: boolean;
}

interface Def {
  type: string;
  checks?: unknown[];
  [key: string]: unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const NOT_SURE: Compiled = { accept: () => false, exact: false, optional: false };

/** Compiles `schema` into an `Acceptor` (see the module comment). */
export function compileAcceptor(schema: z.ZodType): Acceptor {
  return compile(schema, new Map()).accept;
}

/** `schema.parse` with the accept path in front: a value zod would return unchanged is returned as it is. */
export function fastParser<S extends z.ZodType>(schema: S): (value: unknown) => z.output<S> {
  const accept = compileAcceptor(schema);
  return (value) => (accept(value) ? (value as z.output<S>) : schema.parse(value));
}

function compile(schema: z.ZodType, seen: Map<z.ZodType, Compiled>): Compiled {
  const known = seen.get(schema);
  if (known) return known;
  // A placeholder for recursive schemas (z.lazy): filled in below.
  const slot: Compiled = { accept: () => false, exact: false, optional: false };
  seen.set(schema, slot);
  const compiled = compileNode(schema, defOf(schema), seen);
  slot.accept = compiled.accept;
  slot.exact = compiled.exact;
  slot.optional = compiled.optional;
  return slot;
}

function compileNode(schema: z.ZodType, def: Def, seen: Map<z.ZodType, Compiled>): Compiled {
  const checks = def.checks ?? [];
  switch (def.type) {
    case 'string':
      return primitive(schema, checks, (v) => typeof v === 'string');
    case 'number':
      return primitive(schema, checks, (v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      return primitive(schema, checks, (v) => typeof v === 'boolean');
    case 'null':
      return { accept: (v) => v === null, exact: true, optional: false };
    case 'undefined':
      return { accept: (v) => v === undefined, exact: true, optional: true };
    case 'unknown':
    case 'any':
      return checks.length === 0 ? { accept: () => true, exact: true, optional: true } : NOT_SURE;
    case 'literal': {
      const values = def.values as unknown[];
      return { accept: (v) => values.includes(v), exact: true, optional: values.includes(undefined) };
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return { accept: (v) => values.has(v), exact: true, optional: false };
    }
    case 'optional': {
      const inner = compile(def.innerType as z.ZodType, seen);
      return { accept: (v) => v === undefined || inner.accept(v), exact: inner.exact, optional: true };
    }
    case 'nullable': {
      const inner = compile(def.innerType as z.ZodType, seen);
      return { accept: (v) => v === null || inner.accept(v), exact: inner.exact, optional: inner.optional };
    }
    case 'default':
    case 'prefault': {
      // zod fills `undefined` with the default: the output would differ.
      const inner = compile(def.innerType as z.ZodType, seen);
      return { accept: (v) => v !== undefined && inner.accept(v), exact: false, optional: false };
    }
    case 'catch': {
      // When the inner schema accepts, zod returns its output; otherwise it returns the fallback (a change).
      const inner = compile(def.innerType as z.ZodType, seen);
      return { accept: inner.accept, exact: false, optional: inner.optional };
    }
    case 'lazy':
      return compile((def.getter as () => z.ZodType)(), seen);
    case 'array':
      return checks.length === 0 ? array(compile(def.element as z.ZodType, seen)) : NOT_SURE;
    case 'object':
      return checks.length === 0 ? object(def, seen) : NOT_SURE;
    case 'record':
      return checks.length === 0 ? record(def, seen) : NOT_SURE;
    case 'union':
      return checks.length === 0 ? union((def.options as z.ZodType[]).map((o) => compile(o, seen))) : NOT_SURE;
    default:
      // pipe, transform, tuple, date, bigint, readonly, ...: not sure; zod decides.
      return NOT_SURE;
  }
}

/** A primitive type test, plus its checks run by zod on the one value (strings are immutable: no copy to fear). */
function primitive(schema: z.ZodType, checks: unknown[], isType: (v: unknown) => boolean): Compiled {
  if (checks.length === 0) return { accept: isType, exact: true, optional: false };
  const changes = checks.some((c) => (c as { _zod?: { def?: { check?: string } } })._zod?.def?.check === 'overwrite');
  if (changes) return NOT_SURE; // .trim(), .toLowerCase(): the output differs
  return {
    accept: (v) => {
      if (!isType(v)) return false;
      const result = schema.safeParse(v);
      return result.success && Object.is(result.data, v);
    },
    exact: true,
    optional: false,
  };
}

function array(element: Compiled): Compiled {
  const accept = element.accept;
  return {
    accept: (v) => {
      if (!Array.isArray(v)) return false;
      for (let i = 0; i < v.length; i++) if (!accept(v[i])) return false;
      return true;
    },
    exact: element.exact,
    optional: false,
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function object(def: Def, seen: Map<z.ZodType, Compiled>): Compiled {
  const shape = def.shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  const fields = keys.map((key) => compile(shape[key]!, seen));
  const catchall = def.catchall as z.ZodType | undefined;
  // No catchall: zod strips unknown keys (a change). `never`: unknown keys fail. Anything else: checked.
  const rest = catchall === undefined ? 'strip' : defOf(catchall).type === 'never' ? 'strict' : compile(catchall, seen);
  const known = new Set(keys);
  const exact = fields.every((f) => f.exact) && (typeof rest === 'string' ? rest === 'strict' : rest.exact);
  return {
    accept: (v) => {
      if (!isPlainObject(v)) return false;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const field = fields[i]!;
        const value = v[key];
        if (value === undefined && !(key in v)) {
          if (!field.optional) return false;
        } else if (!field.accept(value)) return false;
      }
      if (rest === 'strict' || rest === 'strip') {
        // Any other own key: strict fails, strip would drop it (a change).
        let count = 0;
        for (const key in v) if (Object.prototype.hasOwnProperty.call(v, key) && known.has(key)) count++;
        return count === Object.keys(v).length;
      }
      if (!(rest.exact && rest.optional)) {
        for (const key of Object.keys(v)) if (!known.has(key) && !rest.accept(v[key])) return false;
      }
      return true;
    },
    exact,
    optional: false,
  };
}

function record(def: Def, seen: Map<z.ZodType, Compiled>): Compiled {
  const keyDef = defOf(def.keyType as z.ZodType);
  if (keyDef.type !== 'string' || (keyDef.checks ?? []).length > 0) return NOT_SURE;
  const value = compile(def.valueType as z.ZodType, seen);
  return {
    accept: (v) => {
      if (!isPlainObject(v)) return false;
      for (const key of Object.keys(v)) {
        if (key === '__proto__' || !value.accept(v[key])) return false;
      }
      return true;
    },
    exact: value.exact,
    optional: false,
  };
}

/**
 * zod takes the first option that parses. When every option is exact, "some option accepts" is exactly "zod
 * succeeds", and that option returns the value unchanged; otherwise an earlier option could succeed with a change.
 */
function union(options: Compiled[]): Compiled {
  if (!options.every((o) => o.exact)) return NOT_SURE;
  return { accept: (v) => options.some((o) => o.accept(v)), exact: true, optional: options.some((o) => o.optional) };
}
