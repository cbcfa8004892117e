/**
 * resolveWebhook at the wire, over the emulators: the entity comes through the client's own resources; an Eventbrite
 * api_url off the client's base URL is refused and nothing is sent.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/index.js';
import { createMockClient, type MockClient } from '../../src/testing/index.js';
import { resolveWebhook, verifyWebhook, type WebhookEvent } from '../../src/webhooks/index.js';
import { EQ_SECRET, ES_SECRET, T, equaticketDelivery, eventScheduleDelivery, fixtureJson } from './helpers.js';

const BASE = 'https://www.eventbriteapi.com/v3';

async function eventbriteDelivery(action: string, apiUrl: string): Promise<WebhookEvent> {
  const body = fixtureJson('eventbrite/order.placed.json');
  body.config.action = action;
  body.api_url = apiUrl;
  return verifyWebhook({ provider: 'eventbrite', body: JSON.stringify(body) });
}

function eventbriteMock(): { mock: MockClient<'eventbrite'>; orderRemoteId: string; eventRemoteId: string; attendeeId: string } {
  let orderRemoteId = '';
  let eventRemoteId = '';
  let attendeeId = '';
  const mock = createMockClient({
    provider: 'eventbrite',
    client: { maxRetries: 0 },
    seed: (s) => {
      const event = s.event({ name: 'Gala' });
      const order = s.order({ eventId: event.id });
      const attendee = s.attendee({ eventId: event.id, orderId: order.id });
      orderRemoteId = order.remoteId;
      eventRemoteId = event.remoteId;
      attendeeId = attendee.id;
    },
  }) as MockClient<'eventbrite'>;
  return { mock, orderRemoteId, eventRemoteId, attendeeId };
}

describe('Eventbrite: api_url fetched only on the client\'s own base URL', () => {
  it('an order.placed resolves to the normalized Order through client.orders.get (GET /orders/{id}/ on the emulator)', async () => {
    const { mock, orderRemoteId } = eventbriteMock();
    const event = await eventbriteDelivery('order.placed', `${BASE}/orders/${orderRemoteId}/`);
    if (event.type !== 'order.created') throw new Error('narrowing');
    const order = await resolveWebhook(mock.client, event);
    expect(order).toEqual(await mock.client.orders.get(order.id));
    expect(order.remoteId).toBe(orderRemoteId);
    const sent = mock.calls.filter((c) => c.path.includes('/orders/'));
    expect(sent[0]).toMatchObject({ method: 'GET', op: 'orders.get' });
    expect(sent[0]!.url.startsWith(`${BASE}/orders/${orderRemoteId}/`)).toBe(true);
  });

  it('an event, an attendee, and an organizer (the vendor JSON) resolve the same way', async () => {
    const { mock, eventRemoteId, attendeeId } = eventbriteMock();
    const published = await eventbriteDelivery('event.published', `${BASE}/events/${eventRemoteId}/`);
    await expect(resolveWebhook(mock.client, published as never)).resolves.toMatchObject({ remoteId: eventRemoteId, name: 'Gala' });
    const [eventPart, attendeePart] = attendeeId.split(':');
    const checkedIn = await eventbriteDelivery('attendee.checked_in', `${BASE}/events/${eventPart}/attendees/${attendeePart}/`);
    await expect(resolveWebhook(mock.client, checkedIn as never)).resolves.toMatchObject({ id: attendeeId });
  });

  const hostile: Array<[string, string]> = [
    ['another host', 'https://evil.example/v3/orders/1/'],
    ['a look-alike host', 'https://www.eventbriteapi.com.evil.example/v3/orders/1/'],
    ['userinfo', 'https://www.eventbriteapi.com@evil.example/v3/orders/1/'],
    ['userinfo on the right host', 'https://user:pass@www.eventbriteapi.com/v3/orders/1/'],
    ['another scheme', 'http://www.eventbriteapi.com/v3/orders/1/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['another port', 'https://www.eventbriteapi.com:8443/v3/orders/1/'],
    ['a dot-dot segment', 'https://www.eventbriteapi.com/v3/../admin/orders/1/'],
    ['a dot-dot escaping the base path', 'https://www.eventbriteapi.com/v3/orders/../../x/'],
    ['encoded dots', 'https://www.eventbriteapi.com/v3/%2e%2e/orders/1/'],
    ['encoded dots, upper case', 'https://www.eventbriteapi.com/v3/orders/%2E%2E/%2E%2E/x/'],
    ['an encoded slash', 'https://www.eventbriteapi.com/v3/orders/1%2F..%2F..%2Fusers/'],
    ['a backslash', 'https://www.eventbriteapi.com\\@evil.example/v3/orders/1/'],
    ['a path outside the base path', 'https://www.eventbriteapi.com/v2/orders/1/'],
    ['a base path prefix only', 'https://www.eventbriteapi.com/v3evil/orders/1/'],
    ['a protocol-relative URL', '//evil.example/v3/orders/1/'],
    ['a relative path', '/v3/orders/1/'],
    ['whitespace', 'https://www.eventbriteapi.com/v3/orders/1/ https://evil.example/'],
    ['a fragment', 'https://www.eventbriteapi.com/v3/orders/1/#@evil.example'],
    ['a control character', 'https://www.eventbriteapi.com/v3/orders/1/\u0000'],
  ];
  for (const [what, apiUrl] of hostile) {
    it(`refuses ${what} with a ValidationError; nothing is sent`, async () => {
      const { mock } = eventbriteMock();
      const event = await eventbriteDelivery('order.placed', apiUrl);
      const error = await resolveWebhook(mock.client, event as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toContain('api_url');
      expect(mock.calls).toEqual([]);
    });
  }

  it('an api_url of another kind than the action is refused; so is an event that names no URL', async () => {
    const { mock, eventRemoteId } = eventbriteMock();
    const mismatched = await eventbriteDelivery('order.placed', `${BASE}/events/${eventRemoteId}/`);
    await expect(resolveWebhook(mock.client, mismatched as never)).rejects.toThrow(/names an event, but a order.placed delivery is about an order/);
    for (const elsewhere of [`${BASE}/users/me/`, `${BASE}/orders/`, `${BASE}/events/${eventRemoteId}/orders/`]) {
      const unknownPath = await eventbriteDelivery('order.placed', elsewhere);
      await expect(resolveWebhook(mock.client, unknownPath as never)).rejects.toThrow(/names no Eventbrite object, but a order.placed delivery is about an order/);
    }
    const body = fixtureJson('eventbrite/order.placed.json');
    delete body.api_url;
    const bare = await verifyWebhook({ provider: 'eventbrite', body: JSON.stringify(body) });
    await expect(resolveWebhook(mock.client, bare as never)).rejects.toBeInstanceOf(ValidationError);
    expect(mock.calls).toEqual([]);
  });

  it('follows the client\'s configured base URL (a self-hosted base accepts its own origin, refuses the default one)', async () => {
    const { mock, orderRemoteId } = eventbriteMock();
    const other = mock.client.withOptions({ baseUrl: 'https://eb-proxy.internal.example/v3' });
    expect(other.baseUrl).toBe('https://eb-proxy.internal.example/v3');
    const event = await eventbriteDelivery('order.placed', `${BASE}/orders/${orderRemoteId}/`);
    await expect(resolveWebhook(other, event as never)).rejects.toThrow(/not on the client's origin/);
    expect(mock.calls).toEqual([]);
  });
});

describe('Equaticket and Event Schedule: ids from the payload, through client.<resource>.get', () => {
  it('Equaticket order.refunded (thin) resolves to the Order', async () => {
    let remoteId = '';
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        const e = s.event({ name: 'Spring Workshop' });
        remoteId = s.order({ eventId: e.id }).remoteId;
      },
    });
    const envelope = fixtureJson('equaticket/order.refunded.json');
    envelope.data.order_id = remoteId;
    const event = await verifyWebhook({ provider: 'equaticket', ...equaticketDelivery(envelope), secret: EQ_SECRET, now: T * 1000 });
    if (event.type !== 'order.refunded') throw new Error('narrowing');
    expect(event.data).toBeNull();
    const order = event.data ?? (await resolveWebhook(mock.client, event));
    expect(order).toMatchObject({ remoteId, provider: 'equaticket' });
    expect(mock.calls.map((c) => c.op)).toEqual(['orders.get']);
  });

  it('Event Schedule sale.paid resolves to the Order with its amounts', async () => {
    let sale: { id: string; remoteId: string } = { id: '', remoteId: '' };
    const mock = createMockClient({
      provider: 'event-schedule',
      seed: (s) => {
        const e = s.event({ name: 'Jazz Night' });
        sale = s.order({ eventId: e.id });
      },
    });
    const data = { ...fixtureJson('event-schedule/sale.json'), id: sale.remoteId };
    const event = await verifyWebhook({ provider: 'event-schedule', ...eventScheduleDelivery('sale.paid', data), secret: ES_SECRET });
    const order = await resolveWebhook(mock.client, event as never);
    expect(order).toMatchObject({ id: sale.id });
    expect((order as { total: unknown }).total).not.toBeNull();
  });

  it('a client of another provider, an unknown event, a garbage event: ValidationError, nothing sent', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const es = await verifyWebhook({ provider: 'event-schedule', ...eventScheduleDelivery('sale.paid', fixtureJson('event-schedule/sale.json')), secret: ES_SECRET });
    await expect(resolveWebhook(mock.client, es as never)).rejects.toThrow(/the event is from event-schedule but the client is equaticket's/);
    const unknown = await verifyWebhook({ provider: 'equaticket', ...equaticketDelivery({ id: 'evt_1', type: 'x.y', data: {} }), secret: EQ_SECRET, now: T * 1000 });
    await expect(resolveWebhook(mock.client, unknown as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(resolveWebhook(mock.client, null as never)).rejects.toBeInstanceOf(ValidationError);
    expect(mock.calls).toEqual([]);
  });

  it('feedback.submitted has nothing to fetch: its data is returned', async () => {
    const mock = createMockClient({ provider: 'event-schedule' });
    const event = await verifyWebhook({ provider: 'event-schedule', ...eventScheduleDelivery('feedback.submitted', fixtureJson('event-schedule/feedback.json')), secret: ES_SECRET });
    await expect(resolveWebhook(mock.client, event as never)).resolves.toMatchObject({ rating: 5 });
    expect(mock.calls).toEqual([]);
  });
});
