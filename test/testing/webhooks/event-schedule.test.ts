/**
 * Event Schedule webhook deliveries at the wire (the body `{ event, timestamp, data }`, `X-Webhook-*` headers, the
 * signature over the raw body checked with node:crypto), driven through the real client, plus the delivery
 * machinery every vendor shares: ordering, waiting, faults (fail → retry on the emulator clock, delay, duplicate),
 * the events filter and unsubscribe.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors.js';
import { createMockClient, type WebhookDelivery } from '../../../src/testing/index.js';

const buyer = { name: 'Zoë Ünal', email: 'zoe@example.com' };

function verifyEventSchedule(delivery: WebhookDelivery, secret: string): void {
  const expected = `sha256=${createHmac('sha256', secret).update(delivery.request.body).digest('hex')}`;
  expect(delivery.request.headers['x-webhook-signature']).toBe(expected);
}

function seeded() {
  const ids = { event: '', ticketType: '' };
  const mock = createMockClient({
    provider: 'event-schedule',
    client: { maxRetries: 0 },
    seed: (s) => {
      ids.event = s.event({ name: 'Gala' }).id;
      ids.ticketType = s.ticketType({ eventId: ids.event, name: 'VIP', price: { amount: 2500, currency: 'USD' }, quantityTotal: 10 }).id;
    },
  });
  const order = () => mock.client.orders.create({ eventId: ids.event, buyer, lines: [{ ticketTypeId: ids.ticketType, quantity: 1 }] });
  return { mock, ids, order };
}

describe('Event Schedule deliveries', () => {
  it('sale.created → sale.paid → sale.refunded, in order, each signed over the exact raw body', async () => {
    const { mock, order } = seeded();
    const sub = mock.webhooks.subscribe({ handler: () => {}, secret: 'es-secret' });
    const created = await order();
    await mock.client.orders.markPaid(created.id);
    await mock.client.orders.refund(created.id);
    const deliveries = await mock.webhooks.waitForDeliveries();
    expect(deliveries.map((d) => d.type)).toEqual(['sale.created', 'sale.paid', 'sale.refunded']);
    expect(deliveries.map((d) => (d.json as { data: { status: string } }).data.status)).toEqual(['unpaid', 'paid', 'refunded']);
    for (const d of deliveries) {
      verifyEventSchedule(d, sub.secret!);
      expect(d.request.headers).toMatchObject({
        'content-type': 'application/json',
        'user-agent': 'EventSchedule-Webhook/1.0',
        'x-webhook-event': d.type,
        'x-webhook-timestamp': expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/),
      });
    }
    const body = deliveries[0]!.json as { event: string; timestamp: string; data: Record<string, unknown> };
    expect(body.event).toBe('sale.created');
    expect(body.data).toMatchObject({ id: created.remoteId, name: 'Zoë Ünal', email: 'zoe@example.com', status: 'unpaid', secret: expect.any(String) });
    // PHP's json_encode: escaped slashes and non-ASCII (what the vendor signs; a re-serialized body would not verify)
    expect(deliveries[0]!.request.body).toContain('Zo\\u00eb \\u00dcnal');
    expect(deliveries[0]!.request.body).not.toContain('Zoë');
  });

  it('announces event.created, event.updated and event.deleted with the event record', async () => {
    const { mock, ids } = seeded();
    mock.webhooks.subscribe({ handler: () => {}, events: ['event.updated', 'event.deleted'] });
    await mock.client.events.update(ids.event, { name: 'Gala (moved)' });
    await mock.client.events.delete(ids.event);
    const deliveries = await mock.webhooks.waitForDeliveries();
    expect(deliveries.map((d) => d.type)).toEqual(['event.updated', 'event.deleted']);
    expect((deliveries[0]!.json as { data: { name: string } }).data.name).toBe('Gala (moved)');
  });

  it('a downstream handler sees the order it created through the mock client', async () => {
    const { mock, order } = seeded();
    const seen: Array<{ event: string | null; body: unknown }> = [];
    mock.webhooks.subscribe({
      handler: async (request) => {
        seen.push({ event: request.headers.get('x-webhook-event'), body: await request.json() });
        return new Response(null, { status: 204 });
      },
    });
    const created = await order();
    await mock.webhooks.waitForDeliveries(1);
    expect(seen).toEqual([{ event: 'sale.created', body: expect.objectContaining({ data: expect.objectContaining({ id: created.remoteId }) }) }]);
  });

  it('never fails or slows the request: a throwing handler is retried twice (60 s, 90 s later), then given up', async () => {
    const { mock, order } = seeded();
    let calls = 0;
    mock.webhooks.subscribe({
      handler: () => {
        calls += 1;
        throw new Error('handler down');
      },
    });
    await expect(order()).resolves.toMatchObject({ status: 'pending' });
    const start = mock.clock();
    const [delivery] = await mock.webhooks.waitForDeliveries(1);
    expect(calls).toBe(3);
    expect(delivery!.status).toBe('failed');
    expect(delivery!.attempts.map((a) => a.status)).toEqual([500, 500, 500]);
    expect(delivery!.attempts[0]!.error).toContain('handler down');
    expect(Date.parse(delivery!.attempts[2]!.at) - Date.parse(delivery!.attempts[0]!.at)).toBe(150_000);
    expect(mock.clock() - start).toBe(150_000);
  });

  it('a 4xx answer is final (no retry); a 5xx one is retried', async () => {
    const { mock, order } = seeded();
    const statuses = [404, 503, 200];
    mock.webhooks.subscribe({ handler: () => new Response(null, { status: statuses.shift() }) });
    await order();
    await order();
    const deliveries = await mock.webhooks.waitForDeliveries();
    expect(deliveries.map((d) => [d.status, d.attempts.map((a) => a.status)])).toEqual([
      ['failed', [404]],
      ['delivered', [503, 200]],
    ]);
  });

  it('faults: fail is retried on the emulator clock; flush() does not move the clock, advance() does', async () => {
    const { mock, order } = seeded();
    let calls = 0;
    mock.webhooks.subscribe({ handler: () => void (calls += 1) });
    mock.webhooks.faults.once('sale.created', { kind: 'fail', status: 502 });
    await order();
    await mock.webhooks.flush();
    expect(calls).toBe(0);
    const [delivery] = mock.webhooks.deliveries;
    expect(delivery).toMatchObject({ status: 'pending', attempts: [{ status: 502, fault: 'fail' }] });
    mock.advance(59_000);
    await mock.webhooks.flush();
    expect(calls).toBe(0);
    mock.advance(1_000);
    await mock.webhooks.flush();
    expect(calls).toBe(1);
    expect(delivery!.status).toBe('delivered');
  });

  it('faults: delay lets later deliveries overtake; duplicate delivers the same bytes twice', async () => {
    const { mock, order } = seeded();
    const bodies: string[] = [];
    mock.webhooks.subscribe({ handler: async (request) => void bodies.push(await request.text()) });
    mock.webhooks.faults.once('sale.created', { kind: 'delay', ms: 30_000 });
    mock.webhooks.faults.once('sale.paid', { kind: 'duplicate' });
    const created = await order();
    await mock.client.orders.markPaid(created.id);
    const deliveries = await mock.webhooks.waitForDeliveries();
    expect(bodies.map((b) => (JSON.parse(b) as { event: string }).event)).toEqual(['sale.paid', 'sale.paid', 'sale.created']);
    expect(bodies[0]).toBe(bodies[1]);
    expect(deliveries[1]!.attempts.map((a) => a.fault)).toEqual([null, 'duplicate']);
  });

  it('unsubscribe stops deliveries (pending ones are dropped); several subscriptions each get their own copy', async () => {
    const { mock, order } = seeded();
    const a = mock.webhooks.subscribe({ handler: () => {}, secret: 'a' });
    mock.webhooks.subscribe({ handler: () => {}, secret: 'b' });
    await order();
    expect(mock.webhooks.unsubscribe(a)).toBe(true);
    expect(mock.webhooks.unsubscribe(a)).toBe(false);
    await order();
    const deliveries = await mock.webhooks.waitForDeliveries();
    expect(deliveries.map((d) => [d.subscriptionId === a.id ? 'a' : 'b', d.status])).toEqual([
      ['a', 'failed'],
      ['b', 'delivered'],
      ['b', 'delivered'],
    ]);
    verifyEventSchedule(deliveries[1]!, 'b');
  });

  it('waitForDeliveries(n) rejects when fewer than n can ever settle, instead of hanging', async () => {
    const { mock, order } = seeded();
    mock.webhooks.subscribe({ handler: () => {} });
    await order();
    await expect(mock.webhooks.waitForDeliveries(2)).rejects.toThrow(/1 delivery has settled and none is pending/);
  });

  it('refuses bad subscriptions and faults with a ConfigError naming the problem', () => {
    const { mock } = seeded();
    expect(() => mock.webhooks.subscribe({ handler: () => {}, events: ['sale.create'] })).toThrow(/did you mean "sale.created"/);
    expect(() => mock.webhooks.subscribe({} as never)).toThrow(ConfigError);
    expect(() => mock.webhooks.subscribe({ handler: () => {}, secrets: 'x' } as never)).toThrow(/secret/);
    expect(() => mock.webhooks.subscribe({ url: 'ftp://x' })).toThrow(/http\(s\) URL/);
    expect(() => mock.webhooks.faults.once('sale.payed', { kind: 'fail' })).toThrow(/did you mean "sale.paid"/);
    expect(() => mock.webhooks.faults.once('*', { kind: 'delay' } as never)).toThrow(/ms >= 0/);
    expect(() => mock.webhooks.faults.once('*', { kind: 'explode' } as never)).toThrow(/fail, delay, duplicate/);
  });
});

describe('vendors without webhooks', () => {
  it.each(['seaty', 'event-vault'] as const)('%s refuses mock.webhooks.subscribe with a ConfigError', async (provider) => {
    const mock = createMockClient({ provider });
    expect(mock.webhooks.supported).toBe(false);
    expect(() => mock.webhooks.subscribe({ handler: () => {} })).toThrow(ConfigError);
    expect(() => mock.webhooks.subscribe({ handler: () => {} })).toThrow(/sends no webhooks/);
    expect(await mock.webhooks.waitForDeliveries()).toEqual([]);
  });
});
