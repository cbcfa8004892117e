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
import { z } from 'zod';

/** Says whether a value passes the schema and zod would return it unchanged. */
export type Acceptor = (value: unknown) => boolean;

interface Compiled {
  accept: Acceptor;
  /** `true` when `accept(v)` is exactly `schema.safeParse(v).success` (nothing in the subtree changes a value). */
  exact: boolean;
  /** `true` when the node accepts `undefined` (so an object may lack the key). */
  optional: boolean;
  /**
   * For the simplest nodes (a type test, possibly nullable or optional): the test as a JavaScript expression over
   * `x`, inlined into generated object checkers (see `object`).
   */
  inline?: string;
}

interface Def {
  type: string;
  checks?: unknown[];
  [key: string]: unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const NOT_SURE: Compiled = { accept: () => false, exact: false, optional: false };

/**
 * Compiles `schema` into an `Acceptor` (see the module comment), on its first call: vendors build their parsers at
 * module level, and compiling every one at import time would make `import('ticketkit')` pay for schemas a program
 * never reads.
 */
export function compileAcceptor(schema: z.ZodType): Acceptor {
  let accept: Acceptor | null = null;
  return (value) => (accept ??= compile(schema, new Map()).accept)(value);
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
  const refinements = refinementsOf(def.checks ?? []);
  if (refinements !== null && refinements.length > 0 && (def.type === 'object' || def.type === 'array' || def.type === 'record')) {
    // `.refine(fn)` on a structure: the structure's own accept, then each predicate on the (unchanged) value.
    const structure = compileNode(schema, { ...def, checks: [] }, seen);
    return {
      accept: (v) => structure.accept(v) && refinements.every((fn) => holds(fn, v)),
      exact: structure.exact,
      optional: false,
    };
  }
  const checks = def.checks ?? [];
  switch (def.type) {
    case 'string': {
      // `z.email()`, `z.uuid()`, ...: the schema is itself a format check.
      const own = def.format === undefined ? [] : [{ _zod: { def: { check: 'string_format', format: def.format, pattern: def.pattern } } }];
      return primitive(schema, [...own, ...checks], (v) => typeof v === 'string', "typeof x === 'string'");
    }
    case 'number':
      return primitive(schema, checks, (v) => typeof v === 'number' && Number.isFinite(v), "(typeof x === 'number' && Number.isFinite(x))");
    case 'boolean':
      return primitive(schema, checks, (v) => typeof v === 'boolean', "typeof x === 'boolean'");
    case 'null':
      return { accept: (v) => v === null, exact: true, optional: false, inline: 'x === null' };
    case 'undefined':
      return { accept: (v) => v === undefined, exact: true, optional: true, inline: 'x === undefined' };
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
      const inline = inner.inline === undefined ? undefined : `(x === undefined || ${inner.inline})`;
      return { accept: (v) => v === undefined || inner.accept(v), exact: inner.exact, optional: true, inline };
    }
    case 'nullable': {
      const inner = compile(def.innerType as z.ZodType, seen);
      const inline = inner.inline === undefined ? undefined : `(x === null || ${inner.inline})`;
      return { accept: (v) => v === null || inner.accept(v), exact: inner.exact, optional: inner.optional, inline };
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

type Predicate = (value: unknown) => unknown;

/**
 * The predicates of `.refine(fn)` checks, or `null` when some check is of another kind (a `superRefine`, a length
 * check on an array...): those are not run here, the node is "not sure".
 */
function refinementsOf(checks: unknown[]): Predicate[] | null {
  const fns: Predicate[] = [];
  for (const check of checks) {
    const def = (check as { _zod?: { def?: { check?: string; fn?: unknown; when?: unknown } } })._zod?.def;
    if (def?.check !== 'custom' || typeof def.fn !== 'function' || def.when !== undefined) return null;
    fns.push(def.fn as Predicate);
  }
  return fns;
}

/** A refinement holds: it returns `true` synchronously and does not throw (anything else: not sure). */
function holds(fn: Predicate, value: unknown): boolean {
  try {
    return fn(value) === true;
  } catch {
    return false;
  }
}

/**
 * Zod gives length checks a default `when` (run the check only on a value that has a length). On a value already
 * known to be a string it always holds, so such a check runs natively; any other `when` (a caller's condition)
 * leaves the check to zod. The default is recognized by its source, read once from a check zod built itself.
 */
const DEFAULT_LENGTH_WHEN = sourceOfWhen(z.string().min(1));

function sourceOfWhen(schema: z.ZodType): string | undefined {
  const checks = (schema as { _zod: { def: { checks?: Array<{ _zod: { def: { when?: unknown } } }> } } })._zod.def.checks;
  const when = checks?.[0]?._zod.def.when;
  return typeof when === 'function' ? String(when) : undefined;
}

function runsAlways(def: Record<string, unknown>): boolean {
  if (def.when === undefined) return true;
  const isLengthCheck = def.check === 'min_length' || def.check === 'max_length' || def.check === 'length_equals';
  return isLengthCheck && typeof def.when === 'function' && DEFAULT_LENGTH_WHEN !== undefined && String(def.when) === DEFAULT_LENGTH_WHEN;
}

/**
 * A check of a string or number as a plain predicate, or `null` when it is not one of the common kinds (length
 * bounds, a pattern, integer formats, bounds): those are run by zod on the one value.
 */
function nativeCheck(check: unknown): Predicate | null {
  const def = (check as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def || !runsAlways(def)) return null;
  switch (def.check) {
    case 'min_length': {
      const min = def.minimum as number;
      return (v) => (v as string).length >= min;
    }
    case 'max_length': {
      const max = def.maximum as number;
      return (v) => (v as string).length <= max;
    }
    case 'length_equals': {
      const length = def.length as number;
      return (v) => (v as string).length === length;
    }
    case 'string_format': {
      if (def.format !== 'regex' && def.format !== 'email' && def.format !== 'uuid') return null;
      const pattern = def.pattern as RegExp;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    case 'number_format':
      return def.format === 'safeint' ? (v) => Number.isSafeInteger(v) : null;
    case 'greater_than': {
      const bound = def.value as number;
      return def.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    }
    case 'less_than': {
      const bound = def.value as number;
      return def.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
    default:
      return null;
  }
}

/** A primitive type test, plus its checks (natively when common, else run by zod on the one value: strings are immutable). */
function primitive(schema: z.ZodType, checks: unknown[], isType: (v: unknown) => boolean, inline: string): Compiled {
  if (checks.length === 0) return { accept: isType, exact: true, optional: false, inline };
  const natives = checks.map(nativeCheck);
  if (natives.every((c): c is Predicate => c !== null)) {
    if (natives.length === 1) {
      const only = natives[0]!;
      return { accept: (v) => isType(v) && only(v) === true, exact: true, optional: false };
    }
    return { accept: (v) => isType(v) && natives.every((c) => c(v) === true), exact: true, optional: false };
  }
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
  const generated = rest !== 'strict' && rest !== 'strip' && rest.exact && rest.optional ? generateLooseObject(keys, fields) : null;
  if (generated) return { accept: generated, exact, optional: false };
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

/**
 * The checker of an object that accepts any extra key, generated as straight-line code: one constant-key read per
 * field and the simple type tests inlined (what makes it several times faster than a loop over the keys). `null`
 * where code generation is not allowed (a runtime without `new Function`): the loop is used instead.
 */
function generateLooseObject(keys: string[], fields: Compiled[]): Acceptor | null {
  const lines = ['if (!isPlainObject(v)) return false;', 'var x;'];
  keys.forEach((key, i) => {
    const field = fields[i]!;
    const k = JSON.stringify(key);
    const test = field.inline ?? `f[${i}](x)`;
    lines.push(`x = v[${k}];`);
    if (field.optional) lines.push(`if (x !== undefined && !(${test})) return false;`);
    else lines.push(`if (x === undefined ? !(${k} in v) || !(${test}) : !(${test})) return false;`);
  });
  lines.push('return true;');
  try {
    const make = new Function('isPlainObject', 'f', `return function accept(v) {\n${lines.join('\n')}\n};`) as (
      isPlain: typeof isPlainObject,
      f: Acceptor[],
    ) => Acceptor;
    return make(isPlainObject, fields.map((field) => field.accept));
  } catch {
    return null;
  }
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
