/**
 * No silent typos on Seaty: every list (normalized, Seaty-only, native) refuses a key it does not honour, naming it
 * and the key meant; the filters a list honours are the ones `capabilities` states; per-call options and the native
 * payment body refuse unknown keys. All before anything is sent.
 */
import { describe, expect, it } from 'vitest';
import { UnsupportedCapabilityError, ValidationError } from '../../src/core/errors.js';
import { seatyCapabilities } from '../../src/providers/seaty/index.js';
import { client, date, event1024, fakeSeaty, json, order, paged } from './helpers.js';

async function failure(run: () => PromiseLike<unknown>): Promise<ValidationError> {
  return Promise.resolve()
    .then(run)
    .then(
      () => {
        throw new Error('expected a rejection');
      },
      (e: unknown) => e as ValidationError,
    );
}

describe('Seaty list params: a typo is a ValidationError naming the key meant, nothing sent', () => {
  type Tk = ReturnType<typeof client>;
  const typos: Array<[string, (c: Tk) => PromiseLike<unknown>, string, string]> = [
    ['orders.list({ eventID })', (c) => c.orders.list({ eventID: '1024' } as never), 'eventID', 'eventId'],
    ['orders.list({ event_date_id })', (c) => c.orders.list({ eventId: '1024', event_date_id: '501' } as never), 'event_date_id', 'eventDateId'],
    ['orders.list({ limt })', (c) => c.orders.list({ eventId: '1024', limt: 5 } as never), 'limt', 'limit'],
    ['events.list({ cursr })', (c) => c.events.list({ cursr: 'x' } as never), 'cursr', 'cursor'],
    ['eventDates.list({ eventid })', (c) => c.eventDates.list({ eventid: '1024' } as never), 'eventid', 'eventId'],
    ['ticketTypes.list({ event_id })', (c) => c.ticketTypes.list({ event_id: '1024' } as never), 'event_id', 'eventId'],
    ['contacts.list({ allowmarketing })', (c) => c.contacts.list({ allowmarketing: true } as never), 'allowmarketing', 'allowMarketing'],
    ['native.listEvents({ perPage })', (c) => c.native.listEvents({ perPage: 5 } as never), 'perPage', ''],
    ['native.listDateOrders(501, { page })', (c) => c.native.listDateOrders(501, { page: 2 } as never), 'page', ''],
    ['native.listAttendees({ limits })', (c) => c.native.listAttendees({ limits: 5 } as never), 'limits', 'limit'],
  ];

  for (const [name, run, key, meant] of typos) {
    it(name, async () => {
      const { fetch, calls } = fakeSeaty({ '.*': () => json({ error: { code: 'not_found' } }, 404) });
      const error = await failure(() => run(client(fetch)));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.fields.map((f) => f.field)).toContain(key);
      if (meant) expect(error.message).toContain(`did you mean "${meant}"?`);
      expect(calls).toHaveLength(0);
    });
  }

  it('orders.list honours exactly the filters its capabilities state', async () => {
    expect(seatyCapabilities.orders.filters).toEqual(['eventId', 'eventDateId']);
    const { fetch, calls } = fakeSeaty({
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/events/1024/dates': paged([date(501)]),
      'GET /v1/dates/501': () => json(date(501)),
      'GET /v1/dates/501/orders': paged([order(10, 501)]),
    });
    const tk = client(fetch);
    // Each stated filter is accepted and scopes the listing...
    expect((await tk.orders.list({ eventId: '1024' }).toArray({ limit: 5 })).map((o) => o.id)).toEqual(['10']);
    expect((await tk.orders.list({ eventDateId: '501' }).toArray({ limit: 5 })).map((o) => o.id)).toEqual(['10']);
    expect(calls.every((r) => r.method === 'GET')).toBe(true);
    calls.length = 0;
    // ...and the normalized filters Seaty cannot honour are refused as unsupported, naming the filter.
    for (const filter of ['status', 'buyerEmail', 'updatedSince'] as const) {
      const error = await failure(() => tk.orders.list({ eventId: '1024', [filter]: 'x' }));
      expect(error, filter).toBeInstanceOf(UnsupportedCapabilityError);
      expect(seatyCapabilities.orders.filters).not.toContain(filter);
    }
    expect(calls).toHaveLength(0);
  });

  it('contacts.list({ allowMarketing }) keeps its filter; a wrong type is still a ValidationError', async () => {
    const people = [
      { email: 'a@b.co', attendee_name: 'A', order_count: 1, allow_marketing: true, member_email: null },
      { email: 'c@d.co', attendee_name: 'C', order_count: 1, allow_marketing: false, member_email: null },
    ];
    const { fetch, calls } = fakeSeaty({ 'GET /v1/attendees': paged(people) });
    const tk = client(fetch);
    expect((await tk.contacts.list({ allowMarketing: true }).toArray({ limit: 5 })).map((p) => p.email)).toEqual(['a@b.co']);
    calls.length = 0;
    await expect(tk.contacts.list({ allowMarketing: 'yes' } as never).toArray({ limit: 5 })).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toHaveLength(0);
  });
});

describe('Seaty per-call options and inputs: unknown keys are refused', () => {
  it('orders.get(id, { line: true }) names `lines`; lists do not take `lines` at all', async () => {
    const { fetch, calls } = fakeSeaty({ '.*': () => json({}) });
    const tk = client(fetch);
    const typo = await failure(() => tk.orders.get('10', { line: true } as never));
    expect(typo.message).toContain('did you mean "lines"?');
    const onList = await failure(() => tk.orders.list({ eventId: '1024' }, { lines: true } as never));
    expect(onList.fields.map((f) => f.field)).toContain('lines');
    expect(calls).toHaveLength(0);
  });

  it('lines is an option of orders.get and orders.recordPayment only: every other method refuses it, nothing sent', async () => {
    const { fetch, calls } = fakeSeaty({ '.*': () => json({}) });
    const tk = client(fetch);
    const refused: Array<[string, () => PromiseLike<unknown>]> = [
      ['events.get', () => tk.events.get('1024', { lines: true } as never)],
      ['eventDates.get', () => tk.eventDates.get('501', { lines: true } as never)],
      ['ticketTypes.get', () => tk.ticketTypes.get('1024:1', { lines: true } as never)],
      ['events.list', () => tk.events.list({}, { lines: true } as never)],
      ['contacts.list', () => tk.contacts.list({}, { lines: true } as never)],
      ['native.getOrder', () => tk.native.getOrder(10, { lines: true } as never)],
      ['native.listDateOrders', () => tk.native.listDateOrders(501, {}, { lines: true } as never)],
      ['request', () => tk.request({ method: 'GET', path: '/events' }, { lines: true } as never)],
    ];
    for (const [name, run] of refused) {
      const error = await failure(run);
      expect(error, name).toBeInstanceOf(ValidationError);
      expect(error.fields.map((f) => f.field), name).toContain('lines');
    }
    // Where it is taken, it must be a boolean.
    const notBoolean = await failure(() => tk.orders.get('10', { lines: 'yes' } as never));
    expect(notBoolean.fields).toEqual([{ field: 'lines', message: 'expected a boolean, got "yes"' }]);
    expect(calls).toHaveLength(0);
  });

  it('recordPayment: a typo in the input or in the options is refused before the read and the write', async () => {
    const { fetch, calls } = fakeSeaty({ '.*': () => json({}) });
    const tk = client(fetch);
    const input = { eventId: '1024', payeeEmail: 'a@b.co', amount: { amount: 100, currency: 'GBP' }, method: 'cash' as const };
    const inputTypo = await failure(() => tk.orders.recordPayment({ ...input, payee_email: 'a@b.co' } as never));
    expect(inputTypo.fields.map((f) => f.field)).toContain('payee_email');
    expect(inputTypo.message).toContain('did you mean "payeeEmail"?');
    const optionTypo = await failure(() => tk.orders.recordPayment(input, { idempotency_key: 'k' } as never));
    expect(optionTypo.message).toContain('did you mean "idempotencyKey"?');
    expect(calls).toHaveLength(0);
  });

  it('native.recordBalancePayment: the body has exactly the documented fields, checked before sending', async () => {
    const { fetch, calls } = fakeSeaty({ '.*': () => json({}, 201) });
    const n = client(fetch).native;
    const body = { payee_email: 'a@b.co', amount: 100, type_id: 1 as const };
    const bad: Array<[string, unknown]> = [
      ['payee_emial', { ...body, payee_emial: 'a@b.co' }],
      ['amount', { ...body, amount: -5 }],
      ['amount', { ...body, amount: 1.5 }],
      ['type_id', { ...body, type_id: 9 }],
      ['date_payment_made', { ...body, date_payment_made: '4 June' }],
      ['payee_email', { ...body, payee_email: 'nobody' }],
    ];
    for (const [field, value] of bad) {
      const error = await failure(() => n.recordBalancePayment(1024, value as never));
      expect(error, field).toBeInstanceOf(ValidationError);
      expect(error.fields.map((f) => f.field), field).toContain(field);
    }
    expect(calls).toHaveLength(0);
    await n.recordBalancePayment(1024, { ...body, notes: 'door', is_refund: false, date_payment_made: '2026-06-04' });
    expect(calls.map((r) => r.body)).toEqual([{ ...body, notes: 'door', is_refund: false, date_payment_made: '2026-06-04' }]);
  });
});
