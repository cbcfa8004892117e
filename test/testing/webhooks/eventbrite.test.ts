/**
 * Eventbrite webhook deliveries at the wire: the unsigned `{ config, api_url }` body, `api_url` resolving against the
 * emulator, the organization webhooks (actions and event filters), 410 unsubscribing, vendor-side refunds and scans.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors.js';
import { createMockClient } from '../../../src/testing/index.js';

function seeded() {
  const ids = { event: '', other: '' };
  const mock = createMockClient({
    provider: 'eventbrite',
    seed: (s) => {
      ids.event = s.event({ name: 'Launch', status: 'scheduled' }).id;
      s.ticketType({ eventId: ids.event, name: 'GA', price: { amount: 1000, currency: 'USD' } });
      ids.other = s.event({ name: 'Other', status: 'scheduled' }).id;
    },
  });
  return { mock, ids };
}

async function getJson(mock: ReturnType<typeof seeded>['mock'], url: string): Promise<any> {
  const response = await mock.fetch(url, { headers: { authorization: `Bearer ${String(mock.credentials.token)}` } });
  expect(response.status).toBe(200);
  return response.json();
}

describe('Eventbrite deliveries', () => {
  it('order.placed carries config and an api_url that resolves against the emulator to the order', async () => {
    const { mock, ids } = seeded();
    const sub = mock.webhooks.subscribe({ handler: () => {}, url: 'https://shop.example/eb-hook', events: ['order.placed'] });
    expect(sub.secret).toBeNull();
    const order = mock.seed.order({ eventId: ids.event });
    const [delivery] = await mock.webhooks.waitForDeliveries(1);
    expect(delivery!.json).toEqual({
      config: { action: 'order.placed', endpoint_url: 'https://shop.example/eb-hook', user_id: expect.stringMatching(/^\d+$/), webhook_id: sub.id },
      api_url: `https://www.eventbriteapi.com/v3/orders/${order.remoteId}/`,
    });
    expect(Object.keys(delivery!.request.headers)).toEqual(['content-type']); // unsigned
    const fetched = await getJson(mock, (delivery!.json as { api_url: string }).api_url);
    expect(fetched.id).toBe(order.remoteId);
  });

  it('announces event lifecycle writes made through the client (created, updated, published, unpublished)', async () => {
    const { mock } = seeded();
    mock.webhooks.subscribe({ handler: () => {} });
    const event = await mock.client.events.create({ name: 'New', start: '2027-05-01T18:00:00Z', end: '2027-05-01T21:00:00Z', timezone: 'UTC', currency: 'USD' });
    await mock.client.ticketTypes.create({ eventId: event.id, name: 'GA', price: { amount: 0, currency: 'USD' }, quantityTotal: 10 });
    await mock.client.events.update(event.id, { name: 'Renamed' });
    await mock.client.events.publish(event.id);
    const deliveries = await mock.webhooks.waitForDeliveries();
    expect(deliveries.map((d) => d.type)).toEqual(['event.created', 'ticket_class.created', 'event.updated', 'event.published']);
    const apiUrl = (deliveries[0]!.json as { api_url: string }).api_url;
    expect(apiUrl).toBe(`https://www.eventbriteapi.com/v3/events/${event.remoteId}/`);
    expect((await getJson(mock, apiUrl)).name.text).toBe('Renamed');
  });

  it('organization webhooks filter on actions and event_id, and deliver through mock.webhooks.route', async () => {
    const { mock, ids } = seeded();
    const received: unknown[] = [];
    mock.webhooks.route('https://shop.example/only-launch', async (request) => void received.push(await request.json()));
    const org = (await getJson(mock, 'https://www.eventbriteapi.com/v3/users/me/organizations/')).organizations[0].id as string;
    const created = await mock.fetch(`https://www.eventbriteapi.com/v3/organizations/${org}/webhooks/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${String(mock.credentials.token)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint_url: 'https://shop.example/only-launch', actions: 'order.placed,order.refunded', event_id: ids.event }),
    });
    const hook = (await created.json()) as { id: string };
    const order = mock.seed.order({ eventId: ids.event });
    mock.seed.order({ eventId: ids.other }); // another event: filtered out
    mock.seed.refundOrder({ orderId: order.id });
    const deliveries = await mock.webhooks.waitForDeliveries();
    expect(deliveries.map((d) => [d.type, d.source, d.subscriptionId])).toEqual([
      ['order.placed', 'vendor', hook.id],
      ['order.refunded', 'vendor', hook.id],
    ]);
    expect(received).toEqual(deliveries.map((d) => d.json));
    expect((received[0] as { config: { webhook_id: string } }).config.webhook_id).toBe(hook.id);
  });

  it('an endpoint answering 410 Gone is unsubscribed (documented); no retry', async () => {
    const { mock, ids } = seeded();
    mock.webhooks.route('https://shop.example/gone', () => new Response(null, { status: 410 }));
    mock.seed.webhook({ endpointUrl: 'https://shop.example/gone', actions: ['order.placed'] });
    const org = (await getJson(mock, 'https://www.eventbriteapi.com/v3/users/me/organizations/')).organizations[0].id as string;
    mock.seed.order({ eventId: ids.event });
    const [delivery] = await mock.webhooks.waitForDeliveries(1);
    expect(delivery).toMatchObject({ status: 'failed', attempts: [{ status: 410 }] });
    expect((await getJson(mock, `https://www.eventbriteapi.com/v3/organizations/${org}/webhooks/`)).webhooks).toEqual([]);
  });

  it('a mock.webhooks subscription answering 410 Gone is unsubscribed too: the next change is not delivered to it', async () => {
    const { mock, ids } = seeded();
    const subscription = mock.webhooks.subscribe({ handler: () => new Response(null, { status: 410 }), events: ['order.placed'] });
    mock.seed.order({ eventId: ids.event });
    const [gone] = await mock.webhooks.waitForDeliveries(1);
    expect(gone).toMatchObject({ status: 'failed', attempts: [{ status: 410 }] });
    expect(mock.webhooks.subscriptions.map((s) => s.id)).not.toContain(subscription.id);
    mock.seed.order({ eventId: ids.event });
    await mock.webhooks.flush();
    expect(mock.webhooks.deliveries).toHaveLength(1);
  });

  it('attendee.checked_in points at the attendee; a second scan is refused', async () => {
    const { mock, ids } = seeded();
    mock.webhooks.subscribe({ handler: () => {}, events: ['attendee.checked_in'] });
    const attendee = mock.seed.attendee({ eventId: ids.event });
    expect(mock.seed.checkIn({ attendeeId: attendee.id }).checkedIn).toBe(true);
    expect(() => mock.seed.checkIn({ attendeeId: attendee.id })).toThrow(ConfigError);
    const [delivery] = await mock.webhooks.waitForDeliveries(1);
    const apiUrl = (delivery!.json as { api_url: string }).api_url;
    expect(apiUrl).toMatch(new RegExp(`/v3/events/\\d+/attendees/${attendee.remoteId}/$`));
    expect((await getJson(mock, apiUrl)).checked_in).toBe(true);
  });

  it('refuses a secret (Eventbrite does not sign) and points api_url at a configured base URL', async () => {
    expect(() => seeded().mock.webhooks.subscribe({ handler: () => {}, secret: 'x' })).toThrow(/does not sign/);
    let eventId = '';
    const mock = createMockClient({
      provider: 'eventbrite',
      webhooks: { apiBaseUrl: 'http://127.0.0.1:4010/v3' },
      seed: (s) => void (eventId = s.event({ status: 'scheduled' }).id),
    });
    mock.webhooks.subscribe({ handler: () => {} });
    const order = mock.seed.order({ eventId });
    const [delivery] = await mock.webhooks.waitForDeliveries(1);
    expect((delivery!.json as { api_url: string }).api_url).toBe(`http://127.0.0.1:4010/v3/orders/${order.remoteId}/`);
  });
});
