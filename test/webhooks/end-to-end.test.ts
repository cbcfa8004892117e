/**
 * Emulator deliveries through `verifyWebhook`, end to end: a handler written as in production (a WHATWG Request in,
 * `verifyWebhook` on its raw body) receives what the mock client's writes announce, verified and normalized; the
 * normalized entity is the one the client itself reads; a duplicated delivery has the same de-duplication key; a
 * tampered body or a wrong secret is refused. The emulators and `ticketkit/webhooks` share no code: each side was
 * written from the vendor's documentation (and the same guesses for Equaticket).
 */
import { describe, expect, it } from 'vitest';
import { WebhookVerificationError } from '../../src/core/errors.js';
import { createMockClient, type MockClient } from '../../src/testing/index.js';
import { resolveWebhook, verifyWebhook, webhookDedupeKey, type OrderWebhookEvent, type WebhookEvent } from '../../src/webhooks/index.js';

type Provider = 'equaticket' | 'event-schedule' | 'eventbrite';

/** A production-style receiver: verify the raw request, keep the event, answer 200 (or 400 when it does not verify). */
function receiver(mock: MockClient<Provider>, provider: Provider, secret: string | undefined) {
  const events: WebhookEvent[] = [];
  const refused: unknown[] = [];
  const handler = async (request: Request): Promise<Response> => {
    try {
      events.push(await verifyWebhook({ provider, body: request, secret, now: mock.clock() }));
      return new Response(null, { status: 200 });
    } catch (error) {
      refused.push(error);
      return new Response(null, { status: 400 });
    }
  };
  return { events, refused, handler };
}

describe('Equaticket: a signed order.created verified and normalized', () => {
  it('the handler gets the Order the client reads; a duplicate has the same dedupe key', async () => {
    const ids = { event: '', type: '' };
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        ids.event = s.event({ name: 'Workshop', status: 'scheduled' }).id;
        ids.type = s.ticketType({ eventId: ids.event, name: 'GA', price: { amount: 2500, currency: 'USD' }, quantityTotal: 5 }).id;
      },
    });
    const secret = 'whsec_e2e_equaticket';
    const rx = receiver(mock, 'equaticket', secret);
    mock.webhooks.subscribe({ handler: rx.handler, secret });
    mock.webhooks.faults.once('order.created', { kind: 'duplicate' });
    const seeded = mock.seed.order({ eventId: ids.event, buyer: { name: 'Ada', email: 'ada@example.com' } });
    await mock.webhooks.waitForDeliveries();

    expect(rx.refused).toEqual([]);
    expect(rx.events).toHaveLength(2);
    const [first, again] = rx.events;
    expect(first).toMatchObject({ provider: 'equaticket', type: 'order.created', typeRaw: 'order.created', id: expect.stringMatching(/^evt_/) });
    expect(webhookDedupeKey(again!)).toBe(webhookDedupeKey(first!));
    const created = first as OrderWebhookEvent;
    const order = await mock.client.orders.get(created.ref!.id!);
    expect(order.remoteId).toBe(seeded.id);
    const resolved = await resolveWebhook(mock.client, created);
    expect(resolved).toEqual(order);
  });

  it('a wrong secret or a tampered body is a WebhookVerificationError, and the vendor sees a 400', async () => {
    const ids = { event: '' };
    const mock = createMockClient({ provider: 'equaticket', seed: (s) => void (ids.event = s.event({ name: 'W', status: 'scheduled' }).id) });
    const rx = receiver(mock, 'equaticket', 'whsec_not_the_one');
    mock.webhooks.subscribe({ handler: rx.handler, secret: 'whsec_the_real_one' });
    mock.seed.order({ eventId: ids.event });
    const [delivery] = await mock.webhooks.waitForDeliveries(1);
    expect(rx.events).toEqual([]);
    expect(rx.refused[0]).toBeInstanceOf(WebhookVerificationError);
    expect(delivery!.attempts[0]!.status).toBe(400);

    const body = delivery!.request.body.replace('"currency":"usd"', '"currency":"eur"');
    await expect(verifyWebhook({ provider: 'equaticket', body, headers: delivery!.request.headers, secret: 'whsec_the_real_one', now: mock.clock() }))
      .rejects.toBeInstanceOf(WebhookVerificationError);
    await expect(verifyWebhook({ provider: 'equaticket', body: delivery!.request.body, headers: delivery!.request.headers, secret: 'whsec_the_real_one', now: mock.clock() }))
      .resolves.toMatchObject({ type: 'order.created' });
  });
});

describe('Event Schedule: created → paid → refunded, each verified over the raw body', () => {
  it('the normalized orders carry the states the client sees, and no sale secret', async () => {
    const ids = { event: '', type: '' };
    const mock = createMockClient({
      provider: 'event-schedule',
      seed: (s) => {
        ids.event = s.event({ name: 'Gala' }).id;
        ids.type = s.ticketType({ eventId: ids.event, name: 'VIP', price: { amount: 2500, currency: 'USD' }, quantityTotal: 10 }).id;
      },
    });
    const secret = 'es-e2e-secret';
    const rx = receiver(mock, 'event-schedule', secret);
    mock.webhooks.subscribe({ handler: rx.handler, secret });
    const created = await mock.client.orders.create({ eventId: ids.event, buyer: { name: 'Zoë', email: 'zoe@example.com' }, lines: [{ ticketTypeId: ids.type, quantity: 2 }] });
    await mock.client.orders.markPaid(created.id);
    await mock.client.orders.refund(created.id);
    await mock.webhooks.waitForDeliveries();

    expect(rx.refused).toEqual([]);
    expect(rx.events.map((e) => e.type)).toEqual(['order.created', 'order.paid', 'order.refunded']);
    const orders = rx.events.map((e) => e.data as { id: string; status: string } | null);
    expect(orders.map((o) => o?.id)).toEqual([created.id, created.id, created.id]);
    expect(orders.map((o) => o?.status)).toEqual(['pending', 'paid', 'refunded']);
    const final = await mock.client.orders.get(created.id);
    expect(final.status).toBe('refunded');
    for (const event of rx.events) expect(JSON.stringify(event)).not.toMatch(/"secret":"(?!\[redacted\])/);
  });
});

describe('Eventbrite: an unsigned order.placed resolved through the client', () => {
  it('resolveWebhook follows api_url on the client’s own origin to the Order the client reads', async () => {
    const ids = { event: '' };
    const mock = createMockClient({
      provider: 'eventbrite',
      seed: (s) => {
        ids.event = s.event({ name: 'Launch', status: 'scheduled' }).id;
        s.ticketType({ eventId: ids.event, name: 'GA', price: { amount: 1000, currency: 'USD' } });
      },
    });
    const rx = receiver(mock, 'eventbrite', undefined);
    mock.webhooks.subscribe({ handler: rx.handler, url: 'https://shop.example/eb-hook', events: ['order.placed'] });
    const seeded = mock.seed.order({ eventId: ids.event });
    await mock.webhooks.waitForDeliveries();

    expect(rx.refused).toEqual([]);
    const [event] = rx.events;
    expect(event).toMatchObject({ provider: 'eventbrite', type: 'order.created', typeRaw: 'order.placed', data: null });
    const order = await resolveWebhook(mock.client, event as OrderWebhookEvent);
    expect(order.remoteId).toBe(seeded.id);
    expect(order).toEqual(await mock.client.orders.get(order.id));
  });
});
