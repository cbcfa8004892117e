/**
 * `ticketkit mock-server` delivers webhooks over HTTP to a local receiver (loopback only): subscriptions given as
 * options and those made through the vendor's own endpoints; Eventbrite's `api_url` points back at the server.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../../src/cli/mock-server.js';
import { createClient } from '../../../src/index.js';

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

async function receiver(status = 200): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, server };
}

const open: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const item of open.splice(0)) await item.close();
});

describe('mock-server webhooks', () => {
  it('POSTs Event Schedule deliveries, signed, to a --webhook-url receiver', async () => {
    const hook = await receiver();
    open.push({ close: () => new Promise((r) => hook.server.close(r)) });
    let ids = { event: '', type: '' };
    const server: MockServer = await startMockServer({
      provider: 'event-schedule',
      port: 0,
      webhookUrls: [hook.url],
      webhookSecret: 'loopback-secret',
      seed: (s: any) => {
        const event = s.event({ name: 'Gala' });
        ids = { event: event.id, type: s.ticketType({ eventId: event.id, price: { amount: 1000, currency: 'USD' } }).id };
      },
    });
    open.push(server);
    const client = createClient({ provider: 'event-schedule', ...(server.credentials as { apiKey: string }), baseUrl: server.baseUrl, maxRetries: 0 });
    await client.orders.create({ eventId: ids.event, buyer: { name: 'Ada', email: 'ada@example.com' }, lines: [{ ticketTypeId: ids.type, quantity: 1 }] });
    const waited = await fetch(`${server.origin}/__ticketkit/webhooks/wait`, { method: 'POST' });
    expect(waited.status).toBe(200);
    expect(hook.received).toHaveLength(1);
    const [got] = hook.received;
    expect(got!.headers['x-webhook-event']).toBe('sale.created');
    expect(got!.headers['x-webhook-signature']).toBe(`sha256=${createHmac('sha256', 'loopback-secret').update(got!.body).digest('hex')}`);
    const log = (await (await fetch(`${server.origin}/__ticketkit/webhooks`)).json()) as Array<{ status: string }>;
    expect(log.map((d) => d.status)).toEqual(['delivered']);
  });

  it('POSTs to subscriptions made through Eventbrite organization webhooks; api_url resolves on the server', async () => {
    const hook = await receiver();
    open.push({ close: () => new Promise((r) => hook.server.close(r)) });
    const server = await startMockServer({ provider: 'eventbrite', port: 0 });
    open.push(server);
    const client = createClient({ provider: 'eventbrite', ...(server.credentials as { token: string }), baseUrl: server.baseUrl, maxRetries: 0 });
    await client.webhooks.create({ url: hook.url, events: ['event.created'] });
    const event = await client.events.create({ name: 'Launch', start: '2027-05-01T18:00:00Z', end: '2027-05-01T21:00:00Z', timezone: 'UTC', currency: 'USD' });
    await fetch(`${server.origin}/__ticketkit/webhooks/wait`, { method: 'POST' });
    expect(hook.received).toHaveLength(1);
    const body = JSON.parse(hook.received[0]!.body) as { config: { action: string }; api_url: string };
    expect(body.config.action).toBe('event.created');
    expect(body.api_url).toBe(`${server.baseUrl}/events/${event.remoteId}/`);
    const fetched = await client.request<{ id: string }>({ method: 'GET', path: body.api_url });
    expect(fetched.id).toBe(event.remoteId);
  });
});
