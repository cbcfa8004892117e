/** Section 14 request rules, checked by the native layer before any request (and so by the normalized layer). */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { esSale, fakeVendor, json, makeClient } from './helpers.js';

describe('Event Schedule request rules (docs/vendors/event-schedule.md, "Request rules")', () => {
  it('never sends null for a collection: a ValidationError naming it, before any request', async () => {
    const vendor = fakeVendor({});
    const client = makeClient(vendor.fetch);
    for (const key of ['tickets', 'addons', 'event_parts', 'members']) {
      const error = await client.native.updateEvent('EvJazz01', { [key]: null } as never).catch((e: unknown) => e);
      expect(error, key).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields[0]!.field).toBe(key);
      const created = await client.native.createEvent('live-music', { name: 'x', starts_at: '2026-05-01 18:00:00', [key]: null } as never).catch((e: unknown) => e);
      expect(created, key).toBeInstanceOf(ValidationError);
    }
    expect(vendor.calls).toEqual([]);
  });

  it('never sends an id inside tickets, addons or event_parts (the server would silently drop that item)', async () => {
    const vendor = fakeVendor({});
    const client = makeClient(vendor.fetch, { schedule: 'live-music' });
    const error = await client.native
      .updateEvent('EvJazz01', { tickets: [{ type: 'VIP', price: 25 }, { id: 'TkGen002', type: 'General' } as never] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields[0]!.field).toBe('tickets.1.id');
    await expect(client.native.updateEvent('EvJazz01', { event_parts: [{ id: 'Pt1', name: 'Set 1' } as never] })).rejects.toBeInstanceOf(ValidationError);
    // The normalized layer's providerOptions go through the same check.
    const viaCreate = await client.events
      .create({
        name: 'x',
        start: '2026-05-01T18:00:00Z',
        timezone: 'UTC',
        currency: 'USD',
        providerOptions: { 'event-schedule': { tickets: [{ id: 'TkOld001', type: 'GA' }] } },
      })
      .catch((e: unknown) => e);
    expect(viaCreate).toBeInstanceOf(ValidationError);
    expect((viaCreate as ValidationError).fields[0]!.field).toBe('providerOptions.event-schedule.tickets.0.id');
    expect(vendor.calls).toEqual([]);
  });

  it('sends a sale’s tickets as an object keyed by ticket id; an array, an empty object or a bad quantity is refused first', async () => {
    const vendor = fakeVendor({
      'POST /api/sales': () => json({ data: esSale(), meta: { message: 'Sale created successfully' } }, 201),
    });
    const client = makeClient(vendor.fetch);
    const base = { event_id: 'EvJazz01', name: 'Ada', email: 'ada@example.com' };
    for (const tickets of [[2], {}, { TkVip001: 0 }, { TkVip001: 1.5 }, null]) {
      const error = await client.native.createSale({ ...base, tickets } as never).catch((e: unknown) => e);
      expect(error, JSON.stringify(tickets)).toBeInstanceOf(ValidationError);
    }
    expect(vendor.calls).toEqual([]);
    await client.native.createSale({ ...base, tickets: { TkVip001: 2, General: 1 } });
    expect(vendor.calls[0]!.body).toEqual({ ...base, tickets: { TkVip001: 2, General: 1 } });
  });

  it('orders.create still sends the sale when its event cannot be read first (money is then null)', async () => {
    // A vendor (or fake) that answers only POST /sales: the event lookup 404s, the server decides.
    const vendor = fakeVendor({
      'POST /api/sales': () => json({ data: esSale({ id: 'SaNew001' }), meta: { message: 'Sale created successfully' } }, 201),
    });
    const order = await makeClient(vendor.fetch).orders.create({
      eventId: 'EvJazz01',
      buyer: { name: 'Ada Lovelace', email: 'ada@example.com' },
      lines: [{ ticketTypeId: 'EvJazz01:TkVip001', quantity: 2 }],
    });
    expect(vendor.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /api/events/EvJazz01', 'POST /api/sales']);
    expect(vendor.calls[1]!.body).toEqual({ event_id: 'EvJazz01', name: 'Ada Lovelace', email: 'ada@example.com', tickets: { TkVip001: 2 } });
    expect(order).toMatchObject({ id: 'SaNew001', status: 'pending', total: null, eventDateId: null, eventId: 'EvJazz01' });
    expect(order.lines?.[0]).toEqual({ ticketTypeId: 'EvJazz01:TkVip001', name: 'VIP', quantity: 2, unitPrice: null });
  });

  it('orders.create does not swallow other failures of the event lookup (401 stops before the POST)', async () => {
    const vendor = fakeVendor({
      'GET /api/events/EvJazz01': () => json({ error: 'Invalid API key' }, 401),
      'POST /api/sales': () => json({ data: esSale() }, 201),
    });
    const error = await makeClient(vendor.fetch)
      .orders.create({ eventId: 'EvJazz01', buyer: { name: 'Ada', email: 'ada@example.com' }, lines: [{ ticketTypeId: 'EvJazz01:TkVip001', quantity: 1 }] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unauthorized' });
    expect(vendor.calls.map((c) => c.method)).toEqual(['GET']);
  });
});
