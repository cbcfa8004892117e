/**
 * Equaticket webhook deliveries at the wire: the documented envelope and payloads per state change, the guessed
 * `Equaticket-Signature` (checked here with node:crypto, independently of the emulator), subscriptions held by the
 * vendor (its `/webhooks` endpoints, `s.webhook`) and their filters.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMockClient, type WebhookDelivery } from '../../../src/testing/index.js';

const BASE = 'https://app.equaticket.com/api/v1';

function verifyEquaticket(delivery: WebhookDelivery, secret: string): void {
  const header = delivery.request.headers['equaticket-signature']!;
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  expect(match, header).not.toBeNull();
  const expected = createHmac('sha256', secret).update(`${match![1]}.${delivery.request.body}`).digest('hex');
  expect(match![2]).toBe(expected);
}

function seeded() {
  let eventId = '';
  let typeId = '';
  const mock = createMockClient({
    provider: 'equaticket',
    seed: (s) => {
      const event = s.event({ name: 'Spring Workshop', status: 'scheduled' });
      eventId = event.id;
      typeId = s.ticketType({ eventId: event.id, name: 'General', price: { amount: 2500, currency: 'USD' }, quantityTotal: 3 }).id;
    },
  });
  return { mock, eventId, typeId };
}

describe('Equaticket deliveries', () => {
  it('announces a new order as order.created, signed over "<t>.<body>" with the subscription secret', async () => {
    const { mock, eventId } = seeded();
    const seen: Request[] = [];
    const sub = mock.webhooks.subscribe({ handler: (request) => void seen.push(request), secret: 'whsec_test_123' });
    const order = mock.seed.order({ eventId, buyer: { name: 'Ada', email: 'ada@example.com' } });
    expect(seen).toHaveLength(0); // after the change, never inside it
    const [delivery] = await mock.webhooks.waitForDeliveries(1);
    expect(delivery).toMatchObject({ type: 'order.created', status: 'delivered', subscriptionId: sub.id, source: 'mock' });
    expect(delivery!.json).toEqual({
      id: expect.stringMatching(/^evt_/),
      type: 'order.created',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      data: {
        order_id: order.id,
        order_number: expect.stringMatching(/^EQ-\d+$/),
        buyer_email: 'ada@example.com',
        buyer_name: 'Ada',
        event_id: eventId,
        total_amount: 2500,
        currency: 'usd',
      },
    });
    verifyEquaticket(delivery!, 'whsec_test_123');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.headers.get('content-type')).toBe('application/json');
    expect(await seen[0]!.text()).toBe(delivery!.request.body);
    // the signature's timestamp is the attempt time on the emulator clock
    const t = Number(/t=(\d+)/.exec(delivery!.request.headers['equaticket-signature']!)![1]);
    expect(t * 1000).toBeLessThanOrEqual(mock.clock());
  });

  it('fires event.sold_out once, when the last capped ticket sells, after the order.created that sold it', async () => {
    const { mock, eventId } = seeded();
    mock.webhooks.subscribe({ handler: () => {} });
    mock.seed.order({ eventId, lines: undefined });
    mock.seed.order({ eventId });
    mock.seed.order({ eventId }); // the third and last seat
    const deliveries = await mock.webhooks.waitForDeliveries();
    expect(deliveries.map((d) => d.type)).toEqual(['order.created', 'order.created', 'order.created', 'event.sold_out']);
    expect(deliveries[3]!.json).toMatchObject({ type: 'event.sold_out', data: { event_id: eventId, event_title: 'Spring Workshop' } });
  });

  it('announces a dashboard refund (order.refunded, no amount) and a door scan (ticket.checked_in)', async () => {
    const { mock, eventId } = seeded();
    mock.webhooks.subscribe({ handler: () => {}, events: ['order.refunded', 'ticket.checked_in'] });
    const order = mock.seed.order({ eventId, lines: [{ ticketTypeId: mock.seed.ticketType({ eventId }).id, quantity: 2 }] });
    const partial = mock.seed.refundOrder({ orderId: order.id, tickets: 1 });
    expect(partial.status).toBe('partially_refunded');
    const attendees = await mock.client.attendees.list({ eventId }).toArray({ limit: 10 });
    const valid = attendees.find((a) => a.status === 'attending')!;
    mock.seed.checkIn({ attendeeId: valid.id });
    const deliveries = await mock.webhooks.waitForDeliveries();
    expect(deliveries.map((d) => d.type)).toEqual(['order.refunded', 'ticket.checked_in']); // order.created filtered out
    expect(deliveries[0]!.json).toMatchObject({ data: { order_id: order.id, event_id: eventId, status: 'partially_refunded', currency: 'usd' } });
    expect(Object.keys((deliveries[0]!.json as { data: object }).data).sort()).toEqual(['currency', 'event_id', 'order_id', 'status']);
    expect(deliveries[1]!.json).toMatchObject({
      type: 'ticket.checked_in',
      data: { ticket_id: valid.id, ticket_code: expect.stringMatching(/^[A-Z]{4}\d{4}$/), event_id: eventId, buyer_name: expect.any(String), order_id: order.id, checked_in_at: expect.any(String) },
    });
    expect(() => mock.seed.checkIn({ attendeeId: valid.id })).toThrow(/already checked in/);
  });

  it('delivers to subscriptions made through POST /webhooks (their events, their mode, their returned secret)', async () => {
    const { mock, eventId } = seeded();
    const received: string[] = [];
    mock.webhooks.route('https://shop.example/hooks', async (request) => void received.push(await request.text()));
    const created = await mock.fetch(`${BASE}/webhooks`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_test_abc', 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://shop.example/hooks', events: ['order.created'] }),
    });
    const { data: hook } = (await created.json()) as { data: { id: string; secret: string } };
    await mock.fetch(`${BASE}/webhooks`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_live_abc', 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://shop.example/live', events: ['order.created'] }),
    });
    mock.seed.order({ eventId }); // a test-mode order: the live subscription hears nothing
    const deliveries = await mock.webhooks.waitForDeliveries();
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ source: 'vendor', subscriptionId: hook.id, status: 'delivered', request: { url: 'https://shop.example/hooks' } });
    verifyEquaticket(deliveries[0]!, hook.secret);
    expect(received).toEqual([deliveries[0]!.request.body]);
  });

  it('a seeded subscription (s.webhook) with no receiver is retried on the emulator clock, then given up', async () => {
    let eventId = '';
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        eventId = s.event({ status: 'scheduled' }).id;
        s.webhook({ url: 'https://nobody.example/hook', events: ['order.created'] });
      },
    });
    const start = mock.clock();
    mock.seed.order({ eventId });
    const [delivery] = await mock.webhooks.waitForDeliveries(1);
    expect(delivery!.status).toBe('failed');
    expect(delivery!.attempts).toHaveLength(8); // the first try and seven retries (a guess: ./guesses.ts)
    expect(delivery!.attempts.every((a) => a.status === null && /mock\.webhooks\.route/.test(a.error!))).toBe(true);
    expect(mock.clock() - start).toBeGreaterThan(40 * 3_600_000);
  });

  it('announces nothing for the starting state (the seed) and nothing after reset() until something changes', async () => {
    const { mock, eventId } = seeded();
    mock.webhooks.subscribe({ handler: () => {} });
    expect(await mock.webhooks.waitForDeliveries()).toEqual([]);
    mock.seed.order({ eventId });
    await mock.webhooks.waitForDeliveries(1);
    mock.reset();
    expect(mock.webhooks.deliveries).toEqual([]);
    expect(mock.webhooks.subscriptions).toHaveLength(1); // subscriptions stay
  });
});
