/** The Eventbrite section of `npm run demo` runs against the emulator and prints real normalized output. */
import { describe, expect, it } from 'vitest';
import { runEventbriteDemo } from '../../examples/demo-eventbrite.js';

describe('runEventbriteDemo', () => {
  it('prints the organization, the series, the paged order walk, check-ins, a publish and typed errors', async () => {
    const lines: string[] = [];
    await runEventbriteDemo((line) => lines.push(line));
    const text = lines.join('\n');
    expect(lines[0]).toBe('organization 761112223330 (resolved with 1 lookup for two concurrent callers)');
    expect(text).toContain('series:100000000001  10PM Saturdays Stand-up Comedy [scheduled] America/Toronto 2026-03-08T03:00:00Z Comedy Bar');
    expect(text).toContain('10PM Saturdays Stand-up Comedy: 3 dates (2026-03-08, 2026-03-15, 2026-03-22)');
    expect(text).toContain('walked 18 orders with for await (5 pages of at most 4)');
    expect(text).toContain('2/3 checked in');
    expect(text).toContain('published: scheduled (live); read-after-write carried a waypoint token: true');
    expect(text).toContain('ValidationError CANNOT_CANCEL (400)');
    expect(text).toContain('orders.refund: UnsupportedCapabilityError (capabilities.orders.refund = false)');
    expect(text).not.toContain('undefined');
  });
});
