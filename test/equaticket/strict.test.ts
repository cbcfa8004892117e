/**
 * No silent typos: every object a user hands the Equaticket client (list params, create/update inputs,
 * providerOptions, native bodies and params, per-call options) refuses unknown keys with a `ValidationError` naming the
 * key and the key meant, before anything is sent.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/index.js';
import type { EquaticketClient, EquaticketNative } from '../../src/providers/equaticket/index.js';
import { json } from '../helpers/wire.js';
import { list, setup, wireEvent, wireTicketType } from './helpers.js';

type Call = (tk: EquaticketClient, native: EquaticketNative) => PromiseLike<unknown>;
const as = (v: unknown) => v as never;
const event = { name: 'Gala', start: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'USD' };
const ttId = `${wireEvent.id}:tt-1`;

/** [what, call, the field the error names, the key it suggests (or null)] */
const typos: Array<[string, Call, string, string | null]> = [
  ['events.list', (tk) => tk.events.list(as({ status: 'draft' })), 'status', null],
  ['eventDates.list', (tk) => tk.eventDates.list(as({ eventId: 'e1', limt: 5 })), 'limt', 'limit'],
  ['ticketTypes.list', (tk) => tk.ticketTypes.list(as({ eventID: 'e1' })), 'eventID', 'eventId'],
  ['orders.list', (tk) => tk.orders.list(as({ eventID: 'e1' })), 'eventID', 'eventId'],
  ['orders.list buyer', (tk) => tk.orders.list(as({ buyer_email: 'a@b.co' })), 'buyer_email', 'buyerEmail'],
  ['attendees.list', (tk) => tk.attendees.list(as({ checked_in: true })), 'checked_in', 'checkedIn'],
  ['events.create', (tk) => tk.events.create(as({ ...event, titel: 'x' })), 'titel', null],
  ['events.update', (tk) => tk.events.update('e1', as({ nmae: 'x' })), 'nmae', 'name'],
  ['ticketTypes.create', (tk) => tk.ticketTypes.create(as({ eventId: 'e1', name: 'GA', price: null, quantitytotal: 5 })), 'quantitytotal', 'quantityTotal'],
  ['ticketTypes.update', (tk) => tk.ticketTypes.update(ttId, as({ quantity_total: 5 })), 'quantity_total', 'quantityTotal'],
  ['native.listEvents', (_t, n) => n.listEvents(as({ status: 'draft' })), 'status', null],
  ['native.listOrders', (_t, n) => n.listOrders(as({ buyerEmail: 'a@b.co' })), 'buyerEmail', 'buyer_email'],
  ['native.listEventOrders', (_t, n) => n.listEventOrders('e1', as({ stauts: 'confirmed' })), 'stauts', 'status'],
  ['native.listAttendees', (_t, n) => n.listAttendees(as({ checkedIn: true })), 'checkedIn', 'checked_in'],
  ['native.listEventAttendees', (_t, n) => n.listEventAttendees('e1', as({ checkedin: true })), 'checkedin', 'checked_in'],
  ['native.listTicketTypes', (_t, n) => n.listTicketTypes('e1', as({ curser: 'x' })), 'curser', 'cursor'],
  ['native.listWebhooks', (_t, n) => n.listWebhooks(as({ active: true })), 'active', null],
  ['native.listWebhookDeliveries', (_t, n) => n.listWebhookDeliveries('w1', as({ status: 'failed' })), 'status', null],
  ['native.listPublicEvents', (_t, n) => n.listPublicEvents('acme', as({ org_slug: 'other' })), 'org_slug', null],
  ['native.createEvent', (_t, n) => n.createEvent(as({ title: 't', timezone: 'UTC', starts_at: '2026-01-01T00:00:00Z', currency: 'usd', startsAt: 'x' })), 'startsAt', 'starts_at'],
  ['native.updateEvent', (_t, n) => n.updateEvent('e1', as({ titel: 'x' })), 'titel', 'title'],
  ['native.createTicketType', (_t, n) => n.createTicketType('e1', as({ name: 'GA', price: 0, currency: 'usd', quantity: 5 })), 'quantity', 'quantity_total'],
  ['native.updateTicketType', (_t, n) => n.updateTicketType('e1', 't1', as({ prise: 5 })), 'prise', 'price'],
  ['native.createWebhook', (_t, n) => n.createWebhook(as({ url: 'https://x.test/h', event: ['order.created'] })), 'event', 'events'],
  ['native.updateWebhook', (_t, n) => n.updateWebhook('w1', as({ enabled: false })), 'enabled', null],
];

describe('a misspelt key is a ValidationError naming it (and the key meant); nothing is sent', () => {
  it.each(typos)('%s', async (_what, call, field, meant) => {
    const { tk, native, seen } = setup([json(wireEvent)]);
    const error = (await Promise.resolve()
      .then(() => call(tk, native))
      .catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    const named = error.fields.find((f) => f.field === field || f.field.endsWith(`.${field}`));
    expect(named, JSON.stringify(error.fields)).toBeDefined();
    if (meant !== null) expect(named!.message).toContain(`did you mean "${meant}"`);
    expect(seen).toHaveLength(0);
  });
});

describe('wrong types in native bodies and params are refused before sending', () => {
  const wrong: Array<[string, Call]> = [
    ['a string price', (_t, n) => n.createTicketType('e1', as({ name: 'GA', price: '25.00', currency: 'usd' }))],
    ['a fractional price', (_t, n) => n.updateTicketType('e1', 't1', as({ price: 25.5 }))],
    ['a negative capacity', (_t, n) => n.updateTicketType('e1', 't1', as({ quantity_total: -1 }))],
    ['a numeric title', (_t, n) => n.createEvent(as({ title: 5, timezone: 'UTC', starts_at: 'x', currency: 'usd' }))],
    ['events not a list', (_t, n) => n.createWebhook(as({ url: 'https://x.test/h', events: 'order.created' }))],
    ['checked_in as a string', (_t, n) => n.listAttendees(as({ checked_in: 'yes' }))],
    ['status as a number', (_t, n) => n.listOrders(as({ status: 1 }))],
    ['a body that is not an object', (_t, n) => n.createEvent(as('title=x'))],
    ['params that are not an object', (_t, n) => n.listOrders(as('confirmed'))],
    ['checkedIn as a string', (tk) => tk.attendees.list(as({ checkedIn: 'true' }))],
    ['an unknown order status', (tk) => tk.orders.list(as({ status: 'confirmed' }))],
  ];
  it.each(wrong)('%s', async (_what, call) => {
    const { tk, native, seen } = setup([json(wireEvent)]);
    await expect(Promise.resolve().then(() => call(tk, native))).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
  });
});

describe('providerOptions.equaticket', () => {
  it('Equaticket documents no field beyond those the input maps, so any key is refused by name; nothing is sent', async () => {
    const { tk, seen } = setup([json(wireEvent), json(wireTicketType)]);
    const refused = (await tk.events.create({ ...event, providerOptions: { equaticket: { venue_note: 'door B' } } }).catch((e) => e)) as ValidationError;
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused.fields[0]!.field).toMatch(/venue_note$/);
    expect(refused.message).toContain('providerOptions.equaticket');
    const notObject = (await tk.events.create({ ...event, providerOptions: { equaticket: 'nope' } } as never).catch((e) => e)) as ValidationError;
    expect(notObject).toBeInstanceOf(ValidationError);
    const proto = JSON.parse('{"equaticket":{"__proto__":{"admin":true}}}') as Record<string, unknown>;
    await expect(tk.events.update('e1', { name: 'x', providerOptions: proto })).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.ticketTypes.create({ eventId: 'e1', name: 'GA', price: { amount: 1, currency: 'USD' }, providerOptions: { equaticket: { hidden: true } } })).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.ticketTypes.update(ttId, { providerOptions: { equaticket: { sales_end: 'x' } } })).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
  });

  it("other vendors' options are ignored, so one input can serve several vendors", async () => {
    const { tk, seen } = setup([json(wireEvent)]);
    await tk.events.create({ ...event, providerOptions: { seaty: { x: 1 }, equaticket: {} } });
    expect(seen[0]!.body).toEqual({ title: 'Gala', timezone: 'UTC', starts_at: '2026-09-15T18:00:00Z', currency: 'usd' });
  });
});

describe('per-call options', () => {
  it('an unknown option key is a ValidationError on normalized and native calls; nothing is sent', async () => {
    const { tk, native, seen } = setup([json(wireEvent), list([])]);
    await expect(tk.events.get('e1', as({ retries: 3 }))).rejects.toThrow(/did you mean "maxRetries"/);
    await expect(native.getEvent('e1', as({ timout: 5 }))).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.orders.list({}, as({ idempotencyKy: 'k' }))).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
  });
});

describe('capabilities agree with what the lists accept', () => {
  const sample: Record<string, unknown> = { eventId: 'e1', eventDateId: 'e1', status: 'paid', buyerEmail: 'a@b.co', checkedIn: true };

  it('every declared filter is accepted and sent; an undeclared normalized filter is refused', async () => {
    const { tk, seen } = setup([list([])]);
    for (const filter of tk.capabilities.orders.filters) await tk.orders.list({ [filter]: sample[filter] });
    for (const filter of tk.capabilities.attendees.filters) await tk.attendees.list({ [filter]: sample[filter] });
    const declared = tk.capabilities.orders.filters.length + tk.capabilities.attendees.filters.length;
    expect(seen).toHaveLength(declared);
    // A filter another vendor honours is not one Equaticket does.
    await expect(tk.attendees.list(as({ status: 'attending' }))).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.orders.list(as({ checkedIn: true }))).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(declared);
  });
});
