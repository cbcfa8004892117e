/**
 * The accept path in front of zod must never disagree with zod: whenever it accepts a value, zod accepts it too and
 * returns it unchanged (deep-equal). Checked on hand-written schemas and, by seeded random values and mutations,
 * on the vendors' own wire schemas.
 */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { compileAcceptor, fastParser } from '../../src/core/fast-parse.js';
import * as eq from '../../src/providers/equaticket/schemas.js';
import * as eb from '../../src/providers/eventbrite/schemas.js';
import * as es from '../../src/providers/event-schedule/schemas.js';
import * as seaty from '../../src/providers/seaty/schemas.js';
import * as ev from '../../src/providers/event-vault/schemas.js';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deep equality that ignores key order (what "zod returns it unchanged" means). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Never accepts what zod would reject or change. */
function agrees(schema: z.ZodType, value: unknown): boolean {
  const accepted = compileAcceptor(schema)(value);
  if (!accepted) return true;
  const result = schema.safeParse(value);
  return result.success && sameValue(result.data, value);
}

/** A value shaped by a schema (valid most of the time), with random holes, nulls, wrong types and extra keys. */
function sample(schema: z.ZodType, random: () => number, depth = 0): unknown {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  const noise = random();
  if (noise < 0.04) return null;
  if (noise < 0.06) return undefined;
  if (noise < 0.08) return ['x', 1, true, {}, []][Math.floor(random() * 5)];
  switch (def.type) {
    case 'string': return random() < 0.5 ? 'abc' : String(Math.floor(random() * 100));
    case 'number': return random() < 0.9 ? Math.floor(random() * 1000) : 1.5;
    case 'boolean': return random() < 0.5;
    case 'literal': return def.values[0];
    case 'enum': return Object.values(def.entries)[0];
    case 'optional': case 'nullable': case 'default': case 'catch': case 'nonoptional': case 'readonly':
      return random() < 0.2 ? (def.type === 'nullable' ? null : undefined) : sample(def.innerType, random, depth);
    case 'lazy': return depth > 3 ? null : sample(def.getter(), random, depth + 1);
    case 'pipe': return sample(def.in, random, depth);
    case 'array': return depth > 3 ? [] : Array.from({ length: Math.floor(random() * 3) }, () => sample(def.element, random, depth + 1));
    case 'union': return sample(def.options[Math.floor(random() * def.options.length)], random, depth);
    case 'record': return { k: sample(def.valueType, random, depth + 1) };
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        if (random() < 0.1) continue;
        out[key] = depth > 4 ? null : sample(field, random, depth + 1);
      }
      if (random() < 0.2) out.extra_key = 'x';
      return out;
    }
    default: return 'x';
  }
}

describe('compileAcceptor on hand-written schemas', () => {
  it.each([
    [z.string(), ['a', 1, null, undefined], [true, false, false, false]],
    [z.number().int(), [1, 1.5, '1', NaN, Infinity], [true, false, false, false, false]],
    [z.string().min(2), ['ab', 'a'], [true, false]],
    [z.string().trim(), ['a'], [false]],
    [z.looseObject({ a: z.string(), b: z.number().optional() }), [{ a: 'x' }, { a: 'x', z: 1 }, { b: 1 }, { a: 'x', b: undefined }], [true, true, false, true]],
    [z.object({ a: z.string() }), [{ a: 'x' }, { a: 'x', extra: 1 }], [true, false]],
    [z.strictObject({ a: z.string() }), [{ a: 'x' }, { a: 'x', extra: 1 }], [true, false]],
    [z.object({ a: z.string().default('d') }), [{ a: 'x' }, {}], [true, false]],
    [z.string().transform((s) => s.length), ['abc'], [false]],
    [z.union([z.string(), z.number()]), ['a', 1, true], [true, true, false]],
    [z.union([z.string().transform(Number), z.number()]), [1, '1'], [false, false]],
    [z.array(z.string().nullable()), [['a', null], ['a', 1]], [true, false]],
    [z.record(z.string(), z.number()), [{ a: 1 }, { a: 'x' }], [true, false]],
    [z.enum(['a', 'b']), ['a', 'c'], [true, false]],
    [z.looseObject({ a: z.string() }).refine(() => true), [{ a: 'x' }], [true]],
    [z.looseObject({ a: z.string() }).refine(() => false), [{ a: 'x' }], [false]],
  ] as Array<[z.ZodType, unknown[], boolean[]]>)('%# accepts exactly the values zod returns unchanged', (schema, values, expected) => {
    const accept = compileAcceptor(schema);
    expect(values.map((v) => accept(v))).toEqual(expected);
    for (const v of values) expect(agrees(schema, v)).toBe(true);
  });

  it('fastParser returns an accepted value as it is, and zod’s result (or error) otherwise', () => {
    const schema = z.looseObject({ id: z.union([z.string(), z.number().transform(String)]) });
    const parse = fastParser(z.looseObject({ id: z.string() }));
    const value = { id: 'a' };
    expect(parse(value)).toBe(value);
    expect(() => parse({ id: 1 })).toThrow();
    expect(fastParser(schema)({ id: 1 })).toEqual({ id: '1' });
  });
});

const vendorSchemas = Object.entries({ ...prefixed('eq', eq), ...prefixed('eb', eb), ...prefixed('es', es), ...prefixed('seaty', seaty), ...prefixed('ev', ev) }).filter(
  ([, value]) => typeof value === 'object' && value !== null && '_zod' in value,
) as Array<[string, z.ZodType]>;

function prefixed(prefix: string, module: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(module).map(([k, v]) => [`${prefix}.${k}`, v]));
}

describe('compileAcceptor never disagrees with zod on the vendors’ wire schemas', () => {
  it(`${vendorSchemas.length} schemas × 300 seeded random values each`, () => {
    expect(vendorSchemas.length).toBeGreaterThan(30);
    const random = prng(20261206);
    let accepted = 0;
    for (const [name, schema] of vendorSchemas) {
      const accept = compileAcceptor(schema);
      for (let i = 0; i < 300; i++) {
        const value = sample(schema, random);
        if (accept(value)) accepted++;
        if (!agrees(schema, value)) throw new Error(`${name}: accepted ${JSON.stringify(value)}, which zod rejects or changes`);
      }
    }
    // The check has teeth only if the accept path does accept: a fair share of the random values pass it.
    expect(accepted).toBeGreaterThan(vendorSchemas.length * 15);
  }, 30_000);
});

describe('refinements', () => {
  it('a .refine(fn) on an object is run on the value; a superRefine or an async refine is "not sure"', () => {
    const refined = z.looseObject({ id: z.string().nullish(), alt: z.string().nullish() }).refine((o) => o.id != null || o.alt != null);
    const accept = compileAcceptor(refined);
    expect([accept({ id: 'a' }), accept({ alt: 'b' }), accept({})]).toEqual([true, true, false]);
    for (const v of [{ id: 'a' }, {}, { id: 1 }]) expect(agrees(refined, v)).toBe(true);
    expect(compileAcceptor(z.looseObject({ a: z.string() }).superRefine(() => {}))({ a: 'x' })).toBe(false);
    expect(compileAcceptor(z.looseObject({ a: z.string() }).refine(async () => true))({ a: 'x' })).toBe(false);
  });
});

describe('common checks run natively, and agree with zod', () => {
  it.each([
    [z.string().min(2), ['', 'a', 'ab']],
    [z.string().max(2), ['ab', 'abc']],
    [z.string().length(2), ['a', 'ab', 'abc']],
    [z.string().regex(/^\d+$/), ['12', '1a', '']],
    [z.string().regex(/\d/g), ['1', '1', 'x', '2']],
    [z.email(), ['a@b.co', 'nope', 'a@b']],
    [z.uuid(), ['00000001-0000-4000-8000-00000000002a', 'x']],
    [z.number().int(), [1, 1.2, 2 ** 60]],
    [z.number().nonnegative(), [0, -1, 3]],
    [z.number().positive().max(5), [0, 1, 5, 6]],
  ] as Array<[z.ZodType, unknown[]]>)('%#', (schema, values) => {
    const accept = compileAcceptor(schema);
    for (const v of values) expect(accept(v), JSON.stringify(v)).toBe(schema.safeParse(v).success);
  });
});

describe('length checks with zod’s default condition run natively; a caller’s condition is left to zod', () => {
  it.each([
    ['min', () => z.string().min(1)],
    ['max', () => z.string().max(3)],
    ['length', () => z.string().length(2)],
  ] as Array<[string, () => z.ZodString]>)('%s: no zod call per value', (_name, make) => {
    const schema = make();
    const spy = vi.spyOn(schema, 'safeParse');
    const accept = compileAcceptor(schema);
    for (const v of ['', 'a', 'ab', 'abcd']) expect(accept(v), v).toBe(make().safeParse(v).success);
    expect(spy).not.toHaveBeenCalled();
  });

  it('a check with its own `when` goes through zod, and still agrees with it', () => {
    const schema = z.string().min(2);
    const checks = (schema as unknown as { _zod: { def: { checks: Array<{ _zod: { def: { when?: unknown } } }> } } })._zod.def.checks;
    checks[0]!._zod.def.when = () => false;
    const spy = vi.spyOn(schema, 'safeParse');
    expect(compileAcceptor(schema)('a')).toBe(true);
    expect(spy).toHaveBeenCalled();
  });
});
