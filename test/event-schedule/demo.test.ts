import { describe, expect, it } from 'vitest';
import { runEventScheduleDemo } from '../../examples/demo-event-schedule.js';

describe('Event Schedule demo section', () => {
  it('sells, refuses an early refund, marks paid and refunds, with real normalized output', async () => {
    const lines: string[] = [];
    await runEventScheduleDemo((line) => lines.push(line));
    const text = lines.join('\n');
    expect(text).toContain('Jazz Night: 2026-03-15T00:30:00Z → 2026-03-15T03:00:00Z (UTC; local zone America/New_York)');
    expect(text).toContain('General: $19.99 (vendor sends "19.990")');
    expect(text).toContain('sold 3 × General to Priya Nair: $59.97, status pending (unpaid)');
    expect(text).toContain('refund refused: Event Schedule: Action "refund" cannot be performed on a sale with status "unpaid" (HTTP 422)');
    expect(text).toContain('marked paid: paid');
    expect(text).toContain('refunded: refunded');
    expect(text).toContain('date 2026-03-17: 2026-03-17T22:00:00Z');
    // Deterministic: a second run prints the same lines.
    const again: string[] = [];
    await runEventScheduleDemo((line) => again.push(line));
    expect(again).toEqual(lines);
  });
});
