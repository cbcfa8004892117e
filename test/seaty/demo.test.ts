import { describe, expect, it } from 'vitest';
import { runSeatyDemo } from '../../examples/demo-seaty.js';

describe('the Seaty section of the demo', () => {
  it('walks orders across dates and records a cash payment twice with one key: recorded once', async () => {
    const lines: string[] = [];
    await runSeatyDemo((line) => lines.push(line));
    const text = lines.join('\n');
    expect(text).toMatch(/walked 22 orders across 3 dates/);
    expect(text).toContain('second call returned the same order: true; cash payments on the order: 1');
    expect(text).toMatch(/pending → paid/);
    expect(text).toContain('orders.list() without a scope → UnsupportedCapabilityError');
  });
});
