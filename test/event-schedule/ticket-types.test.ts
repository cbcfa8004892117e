import { describe, expect, it } from 'vitest';
import { TicketTypeSchema } from '../../src/core/model.js';
import { NotFoundError, ValidationError } from '../../src/core/errors.js';
import { esEvent, esTicket, fakeVendor, json, makeClient, type SeenRequest } from './helpers.js';

/** A stateful fake of the event's ticket list: every PUT that sends `tickets` re-creates them with new ids. */
function ticketVendor(initial = esEvent()) {
  let event: Record<string, unknown> = initial;
  let generation = 0;
  return fakeVendor({
    'GET /api/events/EvJazz01': () => json({ data: event }),
    'PUT /api/events/EvJazz01': (req: SeenRequest) => {
      const body = req.body as Record<string, unknown>;
      generation += 1;
      const next: Record<string, unknown> = { ...event, ...body };
      if (Array.isArray(body.tickets)) {
        next.tickets = (body.tickets as Array<Record<string, unknown>>)
          .map((t, i) => ({ description: null, sales_start_at: null, sales_end_at: null, is_pass: false, ...t, id: `Tk${generation}x${i}`, price: Number(t.price ?? 0).toFixed(3) }))
          .sort((a, b) => Number(b.price) - Number(a.price));
      }
      event = next;
      return json({ data: event, meta: { message: 'Event updated successfully' } });
    },
    'GET /api/schedules/live-music': () => json({ error: 'Schedule not found' }, 404),
  });
}

describe('Event Schedule ticket types (the event inline tickets)', () => {
  it('converts decimal prices that arrive as strings ("25.000") or numbers (19.99) to minor units', async () => {
    const vendor = ticketVendor();
    const types = await makeClient(vendor.fetch).ticketTypes.list({ eventId: 'EvJazz01' }).toArray({ limit: 10 });
    expect(types).toEqual([
      {
        id: 'EvJazz01:TkVip001',
        provider: 'event-schedule',
        remoteId: 'TkVip001',
        createdAt: null,
        updatedAt: null,
        eventId: 'EvJazz01',
        name: 'VIP',
        description: 'Front row',
        price: { amount: 2500, currency: 'USD' },
        fee: null,
        isFree: false,
        quantityTotal: 50,
        quantitySold: null,
        minPerOrder: null,
        maxPerOrder: null,
        salesStart: null,
        salesEnd: null,
        hidden: null,
        admits: 1,
      },
      expect.objectContaining({ id: 'EvJazz01:TkGen002', price: { amount: 1999, currency: 'USD' }, quantityTotal: null, description: null }),
    ]);
    for (const t of types) expect(TicketTypeSchema.parse(t)).toEqual(t);
  });

  it('uses the currency exponent: JPY "1500.000" → 1500, KWD 1.25 → 1250; free and null prices are 0', async () => {
    const jpy = ticketVendor(esEvent({ ticket_currency_code: 'JPY', tickets: [esTicket({ price: '1500.000' }), esTicket({ id: 'TkFree01', type: 'Free', price: null })] }));
    const [paid, free] = await makeClient(jpy.fetch).ticketTypes.list({ eventId: 'EvJazz01' }).toArray({ limit: 10 });
    expect(paid!.price).toEqual({ amount: 1500, currency: 'JPY' });
    expect(free).toMatchObject({ price: { amount: 0, currency: 'JPY' }, isFree: true });
    const kwd = ticketVendor(esEvent({ ticket_currency_code: 'KWD', tickets: [esTicket({ price: 1.25 })] }));
    const [one] = await makeClient(kwd.fetch).ticketTypes.list({ eventId: 'EvJazz01' }).toArray({ limit: 10 });
    expect(one!.price).toEqual({ amount: 1250, currency: 'KWD' });
  });

  it('get finds the ticket in its event; an unknown ticket is a NotFoundError', async () => {
    const vendor = ticketVendor();
    const client = makeClient(vendor.fetch);
    expect((await client.ticketTypes.get('EvJazz01:TkGen002')).name).toBe('General');
    await expect(client.ticketTypes.get('EvJazz01:TkGone99')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('create re-sends the whole list without ids, prices as decimal numbers, and returns the new type', async () => {
    const vendor = ticketVendor();
    const created = await makeClient(vendor.fetch).ticketTypes.create({
      eventId: 'EvJazz01',
      name: 'Student',
      price: { amount: 1050, currency: 'USD' },
      quantityTotal: 20,
      description: 'With ID',
    });
    const put = vendor.calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({
      tickets: [
        { type: 'VIP', quantity: 50, price: 25, description: 'Front row' },
        { type: 'General', quantity: 0, price: 19.99 },
        { type: 'Student', price: 10.5, quantity: 20, description: 'With ID' },
      ],
    });
    for (const t of (put.body as { tickets: object[] }).tickets) expect(t).not.toHaveProperty('id');
    expect(created).toMatchObject({ name: 'Student', price: { amount: 1050, currency: 'USD' }, quantityTotal: 20, eventId: 'EvJazz01' });
    // Ticket ids change on every write of the list.
    expect(created.id).toMatch(/^EvJazz01:Tk1x/);
  });

  it('create enables tickets on an event that had none, and sets the currency when the event has none', async () => {
    const vendor = ticketVendor(esEvent({ tickets_enabled: false, tickets: undefined, ticket_currency_code: null }));
    const created = await makeClient(vendor.fetch).ticketTypes.create({ eventId: 'EvJazz01', name: 'Entry', price: { amount: 500, currency: 'GBP' } });
    expect(vendor.calls.find((c) => c.method === 'PUT')!.body).toEqual({
      tickets: [{ type: 'Entry', price: 5, quantity: 0 }],
      tickets_enabled: true,
      ticket_currency_code: 'GBP',
    });
    expect(created.price).toEqual({ amount: 500, currency: 'GBP' });
  });

  it('create refuses a second currency or a duplicate name before writing', async () => {
    const vendor = ticketVendor();
    const client = makeClient(vendor.fetch);
    await expect(client.ticketTypes.create({ eventId: 'EvJazz01', name: 'Euro', price: { amount: 100, currency: 'EUR' } })).rejects.toBeInstanceOf(ValidationError);
    await expect(client.ticketTypes.create({ eventId: 'EvJazz01', name: 'VIP', price: null })).rejects.toBeInstanceOf(ValidationError);
    await expect(client.ticketTypes.create({ eventId: 'EvJazz01', name: 'Neg', price: { amount: -1, currency: 'USD' } })).rejects.toBeInstanceOf(ValidationError);
    expect(vendor.calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });

  it('update changes one ticket in the re-sent list; delete drops it', async () => {
    const vendor = ticketVendor();
    const client = makeClient(vendor.fetch);
    const updated = await client.ticketTypes.update('EvJazz01:TkGen002', { price: { amount: 2250, currency: 'USD' }, quantityTotal: 100 });
    expect(vendor.calls.find((c) => c.method === 'PUT')!.body).toEqual({
      tickets: [
        { type: 'VIP', quantity: 50, price: 25, description: 'Front row' },
        { type: 'General', quantity: 100, price: 22.5 },
      ],
    });
    expect(updated).toMatchObject({ name: 'General', price: { amount: 2250, currency: 'USD' }, quantityTotal: 100 });
    expect(updated.id).not.toBe('EvJazz01:TkGen002');

    const vip = (await client.ticketTypes.list({ eventId: 'EvJazz01' }).toArray({ limit: 5 })).find((t) => t.name === 'VIP')!;
    expect(await client.ticketTypes.delete(vip.id)).toEqual({ id: vip.id, deleted: true });
    expect(vendor.calls.filter((c) => c.method === 'PUT').at(-1)!.body).toEqual({ tickets: [{ type: 'General', quantity: 100, price: 22.5 }] });
  });
});
