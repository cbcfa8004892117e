import { describe, expect, it } from 'vitest';
import { InputProblem } from '../../src/core/input.js';
import { MAX_ID_LENGTH, idProblem, pathProblem, seg } from '../../src/internal/path.js';
import { composeId, fnv1a64, splitIdOrThrow } from '../../src/internal/ids.js';

describe('id segments', () => {
  it.each([
    ['.', /another endpoint/],
    ['..', /another endpoint/],
    ['', /non-empty/],
    ['   ', /non-empty/],
    ['a\nb', /control characters/],
    ['a\u0000', /control characters/],
    ['x'.repeat(MAX_ID_LENGTH + 1), /at most/],
  ])('%j is refused', (id, why) => {
    expect(idProblem(id)).toMatch(why);
    expect(() => seg(id)).toThrow(InputProblem);
  });

  it.each([[42], [null], [undefined], [{}], [['a']]])('%j (not a string) is refused', (value) => {
    expect(idProblem(value)).toMatch(/expected an id string/);
  });

  it('encodes everything else so that the server sees exactly one segment', () => {
    expect(seg('a/b?c#d e')).toBe('a%2Fb%3Fc%23d%20e');
    expect(seg('%2e%2e')).toBe('%252e%252e');
    expect(seg('...')).toBe('...');
    expect(new URL(`https://x.test/v1/events/${seg('a/../b')}`).pathname).toBe('/v1/events/a%2F..%2Fb');
  });

  it('applies a vendor pattern where one is documented', () => {
    const digits = { test: (t: string) => /^\d+$/.test(t), description: 'a numeric id' };
    expect(() => seg('12a', 'eventId', digits)).toThrow(/eventId: expected a numeric id/);
    expect(seg('12', 'eventId', digits)).toBe('12');
  });
});

describe('composite ids', () => {
  it('split only into valid parts; a dot part (also percent-encoded) is refused', () => {
    expect(splitIdOrThrow(composeId('e 1', 't/2'), 2, 'id', 'a ticket type id')).toEqual(['e 1', 't/2']);
    expect(() => splitIdOrThrow('E:..', 2, 'id', 'a ticket type id')).toThrow(/bad part/);
    expect(() => splitIdOrThrow('E:%2e%2e', 2, 'id', 'a ticket type id')).toThrow(/bad part/);
    expect(() => splitIdOrThrow('E', 2, 'id', 'a ticket type id')).toThrow(/is not a ticket type id/);
    expect(() => splitIdOrThrow(7, 2, 'id', 'a ticket type id')).toThrow(/expected an id string/);
  });
});

describe('pathProblem (the pipeline checks every URL)', () => {
  it.each(['/events/..', '/events/./x', '/events/%2E%2e/x', '/a\\b', '/a#b', '/.', '/events/.\t./admin', '/events/e/.\n./orders', '/a\r/b'])('%j is refused', (path) => {
    expect(pathProblem(path)).not.toBeNull();
  });
  it.each(['/events/1', '/events/...', '/events/a..b', '/events?x=..', 'https://x.test/a/b'])('%s is fine', (path) => {
    expect(pathProblem(path)).toBeNull();
  });
});

describe('fnv1a64', () => {
  it('is the 64-bit FNV-1a of the text (the published test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
});
