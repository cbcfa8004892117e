/** `ticketkit mock-server --demo`: the account docs/cli.md describes, on every vendor. */
import { describe, expect, it } from 'vitest';
import { DEMO_ORDERS, demoSeed } from '../../src/cli/demo-seed.js';
import { PROVIDERS } from '../../src/index.js';
import { createMockClient } from '../../src/testing/index.js';

describe('the demo account', () => {
  it.each(PROVIDERS)('%s: one festival, two ticket types and 250 orders (guests on Event Vault)', async (provider) => {
    const mock = createMockClient({ provider, seed: demoSeed(provider) as never, rateLimits: false });
    const events = await mock.client.events.list().toArray({ limit: 10 });
    // Event Vault's API has no event names: its one event is the configured one.
    expect(events.map((e) => e.name)).toEqual([provider === 'event-vault' ? null : 'Harbour Lights Festival']);
    const eventId = events[0]!.id;
    const types = await mock.client.ticketTypes.list({ eventId }).toArray({ limit: 10 });
    expect(types.map((t) => t.name).sort()).toEqual(provider === 'event-vault' ? ['GA', 'VIP'] : ['General Admission', 'VIP']);
    const sold = provider === 'event-vault' ? mock.client.attendees.list({ eventId }) : mock.client.orders.list({ eventId });
    expect(await sold.toArray({ limit: 1_000 })).toHaveLength(DEMO_ORDERS);
  }, 30_000);
});
