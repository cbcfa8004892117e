/**
 * The normalized id format is the one contract the emulators share with the adapters (src/testing/framework/
 * contract.ts). Each side has its own implementation; this checks that they agree, from both sides.
 */
import { describe, expect, it } from 'vitest';
import { composeId, splitId } from '../../src/internal/ids.js';
import { joinIdParts, splitIdParts } from '../../src/testing/framework/contract.js';

const samples: Array<Array<string | number>> = [
  ['evt_1'],
  ['E1', 'T2'],
  ['51660376577', '1054226785'],
  ['a:b', 'c/d', 'e f'],
  ['jane@example.com', 'x%y', '100%'],
  ["it's", '(ok)', '~*!'],
  ['ünïcødé', '日本', '🎟'],
  [0, 42, '007'],
];

describe('normalized id contract', () => {
  it.each(samples)('composes %j the same way on both sides', (...parts) => {
    expect(joinIdParts(...parts)).toBe(composeId(...parts));
  });

  it.each(samples)('splits %j the same way on both sides', (...parts) => {
    const id = composeId(...parts);
    const expected = parts.map(String);
    expect(splitIdParts(id, parts.length)).toEqual(expected);
    expect(splitId(joinIdParts(...parts), parts.length)).toEqual(expected);
  });

  it('both refuse the same malformed ids', () => {
    for (const [id, count] of [['a', 2], ['a::b', 3], [':a', 2], ['a:%E0%A4%A', 2]] as const) {
      expect(splitIdParts(id, count)).toBeNull();
      expect(splitId(id, count)).toBeNull();
    }
  });
});
