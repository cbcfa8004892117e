/**
 * `client.webhooks` at the wire, over the emulators: what the vendor sees (path, body) and what the user gets (a
 * normalized `WebhookSubscription`), strict inputs, ids, and the vendors without subscription endpoints. A
 * subscription made through the client then receives the emulator's deliveries.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UnsupportedCapabilityError, ValidationError } from '../../../src/core/errors.js';
import { createMockClient } from '../../../src/testing/index.js';
import { verifyWebhook } from '../../../src/webhooks/index.js';
import type { NormalizedWebhookType } from '../../../src/index.js';

describe('Equaticket client.webhooks', () => {
  it('create sends { url, events } (normalized types mapped) and returns the secret once; list and delete', async () => {
    let eventId = '';
    const mock = createMockClient({ provider: 'equaticket', seed: (s) => void (eventId = s.event({ status: 'scheduled' }).id) });
    const created = await mock.client.webhooks.create({ url: 'https://shop.example/eq', events: ['order.created', 'attendee.checked_in'] });
    const call = mock.calls.at(-1)!;
    expect([call.method, call.path, call.body]).toEqual(['POST', '/api/v1/webhooks', { url: 'https://shop.example/eq', events: ['order.created', 'ticket.checked_in'] }]);
    expect(call.headers['idempotency-key']).toBeDefined();
    expect(created).toEqual({
      id: created.remoteId,
      provider: 'equaticket',
      remoteId: expect.any(String),
      url: 'https://shop.example/eq',
      events: ['order.created', 'attendee.checked_in'],
      eventsRaw: ['order.created', 'ticket.checked_in'],
      active: true,
      secret: expect.stringMatching(/^whsec_/),
      createdAt: expect.stringMatching(/Z$/),
    });

    const listed = await mock.client.webhooks.list().toArray({ limit: 10 });
    expect(listed).toEqual([{ ...created, secret: null }]); // the secret is shown once

    // the subscription receives deliveries, signed with the secret create returned
    const bodies: Array<{ body: string; signature: string | null }> = [];
    mock.webhooks.route('https://shop.example/eq', async (request) => void bodies.push({ body: await request.text(), signature: request.headers.get('equaticket-signature') }));
    mock.seed.order({ eventId });
    await mock.webhooks.waitForDeliveries(1);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(bodies[0]!.signature!)!;
    expect(v1).toBe(createHmac('sha256', created.secret!).update(`${t}.${bodies[0]!.body}`).digest('hex'));

    await expect(mock.client.webhooks.delete(created.id)).resolves.toEqual({ id: created.id, deleted: true });
    expect(mock.calls.at(-1)).toMatchObject({ method: 'DELETE', path: `/api/v1/webhooks/${created.id}` });
    expect(await mock.client.webhooks.list().toArray({ limit: 10 })).toEqual([]);
  });

  it('defaults to every Equaticket type; refuses types it does not send, unknown keys and bad ids before sending', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const all = await mock.client.webhooks.create({ url: 'https://shop.example/all' });
    expect(all.eventsRaw).toEqual(['order.created', 'order.refunded', 'event.sold_out', 'ticket.checked_in']);
    const before = mock.calls.length;
    const paid = await mock.client.webhooks.create({ url: 'https://shop.example/x', events: ['order.paid'] }).catch((e: unknown) => e);
    expect(paid).toBeInstanceOf(ValidationError);
    expect((paid as ValidationError).message).toMatch(/equaticket sends no "order.paid" webhook; it sends order.created/);
    await expect(mock.client.webhooks.create({ url: 'https://shop.example/x', event: ['order.created'] } as never)).rejects.toThrow(/events/);
    await expect(mock.client.webhooks.create({ url: 'not a url' })).rejects.toBeInstanceOf(ValidationError);
    await expect(mock.client.webhooks.delete('..')).rejects.toBeInstanceOf(ValidationError);
    await expect(mock.client.webhooks.list({ eventId: 'x' } as never).toArray({ limit: 10 })).rejects.toBeInstanceOf(ValidationError);
    expect(mock.calls.length).toBe(before);
  });
});

describe('Eventbrite client.webhooks', () => {
  it('create maps normalized types to actions on the organization webhooks endpoint; list and delete', async () => {
    let eventId = '';
    const mock = createMockClient({ provider: 'eventbrite', seed: (s) => void (eventId = s.event({ status: 'scheduled' }).id) });
    const created = await mock.client.webhooks.create({
      url: 'https://shop.example/eb',
      events: ['order.created', 'attendee.checked_in'],
      providerOptions: { eventbrite: { actions: ['order.updated'], eventId } },
    });
    const call = mock.calls.at(-1)!;
    expect(call.method).toBe('POST');
    expect(call.path).toMatch(/^\/v3\/organizations\/\d+\/webhooks\/$/);
    expect(call.body).toEqual({ endpoint_url: 'https://shop.example/eb', actions: 'order.placed,attendee.checked_in,order.updated', event_id: eventId });
    expect(created).toMatchObject({
      provider: 'eventbrite',
      url: 'https://shop.example/eb',
      events: ['order.created', 'order.updated', 'attendee.checked_in'],
      eventsRaw: ['order.placed', 'attendee.checked_in', 'order.updated'],
      active: null,
      secret: null,
    });
    expect(await mock.client.webhooks.list().toArray({ limit: 10 })).toEqual([created]);
    await expect(mock.client.webhooks.delete(created.id)).resolves.toEqual({ id: created.id, deleted: true });
    expect(mock.calls.at(-1)).toMatchObject({ method: 'DELETE', path: `/v3/webhooks/${created.id}/` });
  });

  it('subscribes to every type verifyWebhook gives an Eventbrite delivery, as the action it came from', async () => {
    const mock = createMockClient({ provider: 'eventbrite' });
    const actions = ['order.placed', 'order.updated', 'order.refunded', 'event.created', 'event.updated', 'event.published', 'event.unpublished', 'attendee.checked_in', 'attendee.checked_out', 'attendee.updated', 'ticket_class.created', 'ticket_class.updated', 'ticket_class.deleted', 'organizer.updated', 'venue.updated'];
    for (const action of actions) {
      const body = JSON.stringify({ config: { action, endpoint_url: 'https://shop.example/eb', user_id: '1', webhook_id: '2' }, api_url: 'https://www.eventbriteapi.com/v3/orders/1/' });
      const { type } = await verifyWebhook({ provider: 'eventbrite', body });
      expect(type, action).not.toBe('unknown');
      const created = await mock.client.webhooks.create({ url: 'https://shop.example/eb', events: [type as NormalizedWebhookType] });
      expect(mock.calls.at(-1)!.body, action).toMatchObject({ actions: action });
      expect(created.events, action).toEqual([type]);
    }
  });

  it('without events, lets Eventbrite apply its default actions; refuses types and actions it does not have', async () => {
    const mock = createMockClient({ provider: 'eventbrite' });
    const created = await mock.client.webhooks.create({ url: 'https://shop.example/default' });
    expect(mock.calls.at(-1)!.body).toEqual({ endpoint_url: 'https://shop.example/default' });
    expect(created.eventsRaw).toEqual(['order.placed', 'event.published', 'event.unpublished']);
    expect(created.events).toEqual(['order.created', 'event.published', 'event.unpublished']);
    await expect(mock.client.webhooks.create({ url: 'https://x.example', events: ['event.sold_out'] })).rejects.toThrow(/eventbrite sends no "event.sold_out"/);
    await expect(
      mock.client.webhooks.create({ url: 'https://x.example', providerOptions: { eventbrite: { actions: ['order.placd'] } } }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(mock.client.webhooks.create({ url: 'https://x.example', providerOptions: { eventbrite: { event: '1' } } })).rejects.toBeInstanceOf(ValidationError);
    await expect(mock.client.webhooks.delete('')).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('vendors without subscription endpoints', () => {
  it.each(['seaty', 'event-vault', 'event-schedule'] as const)('%s: every client.webhooks method rejects with UnsupportedCapabilityError, nothing sent', async (provider) => {
    const mock = createMockClient({ provider });
    const before = mock.calls.length;
    await expect(mock.client.webhooks.list().toArray({ limit: 10 })).rejects.toBeInstanceOf(UnsupportedCapabilityError);
    await expect(mock.client.webhooks.create({ url: 'https://x.example' })).rejects.toBeInstanceOf(UnsupportedCapabilityError);
    await expect(mock.client.webhooks.delete('1')).rejects.toBeInstanceOf(UnsupportedCapabilityError);
    expect(mock.calls.length).toBe(before);
  });
});
