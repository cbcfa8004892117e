// example:start (the "complete vitest suite" of docs/testing.md, with imports from src)
import { beforeEach, describe, expect, it } from 'vitest';
import { ServerError, type TicketingClient } from '../../src/index.js';
import { createMockClient } from '../../src/testing/index.js';

// The code under test (normally imported from your app): paid tickets and revenue of one event.
async function salesSummary(client: TicketingClient, eventId: string) {
  let tickets = 0;
  let revenue = 0;
  for await (const order of client.orders.list({ eventId, status: 'paid' })) {
    tickets += order.ticketCount ?? 0;
    revenue += order.total?.amount ?? 0;
  }
  return { tickets, revenue };
}

describe('salesSummary', () => {
  let eventId = '';
  const mock = createMockClient({
    provider: 'equaticket',
    pageSize: 2, // small pages, so that the code under test really pages
    seed: (s) => {
      const event = s.event({ name: 'Spring Workshop', currency: 'USD' });
      eventId = event.id;
      const ga = s.ticketType({ eventId, name: 'General Admission', price: { amount: 2500, currency: 'USD' } });
      s.order({ eventId, lines: [{ ticketTypeId: ga.id, quantity: 2 }] });
      s.order({ eventId, lines: [{ ticketTypeId: ga.id, quantity: 1 }] });
      s.order({ eventId, status: 'refunded' });
      s.order({ eventId, buyer: { name: 'Jane Smith', email: 'jane@example.com' } });
    },
  });

  beforeEach(() => mock.reset());

  it('sums the paid orders of every page', async () => {
    expect(await salesSummary(mock.client, eventId)).toEqual({ tickets: 4, revenue: 10_000 });
    const pages = mock.calls.filter((call) => call.op === 'orders.list');
    expect(pages).toHaveLength(2);
    expect(pages[0]!.query).toMatchObject({ status: 'confirmed' });
  });

  it('rides out a rate limit', async () => {
    mock.faults.once('orders.list', { kind: 'rate_limited', retryAfterSeconds: 0 });
    expect(await salesSummary(mock.client, eventId)).toEqual({ tickets: 4, revenue: 10_000 });
    expect(mock.calls.map((call) => call.status)).toEqual([429, 200, 200]);
  });

  it('reports an outage as a typed error', async () => {
    mock.faults.always('orders.list', { kind: 'http', status: 500 });
    const client = mock.client.withOptions({ maxRetries: 0 });
    await expect(salesSummary(client, eventId)).rejects.toBeInstanceOf(ServerError);
  });

  it('sees what the seed builders returned', async () => {
    const order = mock.seed.order({ eventId, buyer: { name: 'Late Buyer', email: 'late@example.com' } });
    expect(await mock.client.orders.get(order.id)).toStrictEqual(order);
  });
});
// example:end

import { readFileSync } from 'node:fs';

describe('docs/testing.md, A complete vitest suite', () => {
  it('shows exactly the example above', () => {
    const doc = readFileSync(new URL('../../docs/testing.md', import.meta.url), 'utf8');
    const shown = /<!-- example:start -->\n```ts\n([\s\S]*?)```\n<!-- example:end -->/.exec(doc)?.[1];
    const self = readFileSync(new URL(import.meta.url), 'utf8');
    const here = /\/\/ example:start[^\n]*\n([\s\S]*?)\/\/ example:end/.exec(self)?.[1];
    const asUser = here
      ?.replace("from '../../src/testing/index.js'", "from 'ticketkit/testing'")
      .replace("from '../../src/index.js'", "from 'ticketkit'");
    expect(shown).toBeDefined();
    expect(asUser).toBe(shown);
  });
});
