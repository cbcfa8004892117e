/**
 * The examples run: examples/backend-route.ts serves every vendor's emulator on an ephemeral loopback port, and
 * examples/export-orders.ts pages a fanned-out Seaty listing into a file, stops on an outage and resumes. (The third,
 * examples/downstream/, is a vitest suite of its own, run by `npm test`.) Both are type-checked by `tsc -p .`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { PROVIDERS, type TicketingClient } from '../../src/index.js';
import { createMockClient } from '../../src/testing/index.js';
import { main as serveSales, type SalesSummary } from '../../examples/backend-route.js';
import { exportOrders, main as exportMain } from '../../examples/export-orders.js';

const servers: Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

async function serve(client?: TicketingClient) {
  const started = await serveSales({ port: 0, client });
  servers.push(started.server);
  return started;
}

describe('examples/backend-route.ts', () => {
  for (const provider of PROVIDERS) {
    it(`serves an event's sales summary from ${provider}`, async () => {
      let eventId = '';
      const mock = createMockClient({
        provider,
        pageSize: 2,
        seed: (s) => {
          eventId = s.event({ name: 'Gala' }).id;
          if (provider === 'event-vault') return;
          for (let i = 0; i < 3; i++) s.order({ eventId });
          s.order({ eventId, status: 'refunded' });
        },
      });
      const { url } = await serve(mock.client);
      const response = await fetch(`${url}/events/${encodeURIComponent(eventId)}/summary`);
      if (provider === 'event-vault') {
        // Event Vault has no orders: the route answers 501 with ticketkit's typed error.
        expect(response.status).toBe(501);
        expect(await response.json()).toMatchObject({ code: 'unsupported' });
        return;
      }
      expect(response.status).toBe(200);
      const summary = (await response.json()) as SalesSummary;
      expect(summary).toMatchObject({ eventId, provider, orders: 4, ticketsSold: 3, byStatus: { paid: 3, refunded: 1 } });
      expect(Object.values(summary.revenue)).toHaveLength(1);
      expect(Object.values(summary.revenue)[0]).toBeGreaterThan(0);
    });
  }

  it('answers 404 for an unknown event and for another path', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const { url } = await serve(mock.client);
    expect((await fetch(`${url}/events/000000e1-0000-4000-8000-00000000ffff/summary`)).status).toBe(404);
    expect((await fetch(`${url}/nothing`)).status).toBe(404);
  });

  it('answers 502 when the vendor fails after the retries', async () => {
    let eventId = '';
    const mock = createMockClient({ provider: 'equaticket', client: { maxRetries: 0 }, seed: (s) => void (eventId = s.event().id) });
    mock.faults.always('orders.list', { kind: 'http', status: 500 });
    const { url } = await serve(mock.client);
    const response = await fetch(`${url}/events/${eventId}/summary`);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ code: 'server' });
  });

  it('serves its own seeded emulator when no credentials are configured', async () => {
    const { url, exampleEventId } = await serve();
    const summary = (await (await fetch(`${url}/events/${exampleEventId}/summary`)).json()) as SalesSummary;
    expect(summary).toMatchObject({ provider: 'equaticket', orders: 6, ticketsSold: 7, revenue: { USD: 17_500 } });
  });
});

describe('examples/export-orders.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ticketkit-export-example-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string });

  it('writes every order of the demo event, fanned out over its dates', async () => {
    const result = await exportMain({ client: null, file: join(dir, 'demo.ndjson') });
    expect(result).toMatchObject({ orders: 250, resumeCursor: null });
    expect(new Set(lines(result.file).map((o) => o.id)).size).toBe(250);
  });

  it('stops on an outage with the cursor to resume, and the resumed run completes the file', async () => {
    let eventId = '';
    const mock = createMockClient({
      provider: 'seaty',
      client: { maxRetries: 0 },
      pageSize: 10,
      seed: (s) => {
        eventId = s.event().id;
        const dates = [s.eventDate({ eventId }), s.eventDate({ eventId })];
        for (let i = 0; i < 40; i++) s.order({ eventId, eventDateId: dates[i % 2]!.id });
      },
    });
    let orderPages = 0;
    mock.faults.once(() => mock.calls.filter((c) => c.op === 'orders.list').length === 2 && ++orderPages === 1, { kind: 'http', status: 503 });
    const file = join(dir, 'resumed.ndjson');
    const first = await exportOrders(mock.client, eventId, file);
    expect(first.resumeCursor).toEqual(expect.any(String));
    // The outage hits the second date's first page (read ahead while the first date is walked): it surfaces there.
    expect(first.orders).toBe(20);
    const rest = await exportOrders(mock.client, eventId, file, { cursor: first.resumeCursor! });
    expect(rest).toMatchObject({ orders: 20, resumeCursor: null });
    const ids = lines(file).map((o) => o.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  });
});
