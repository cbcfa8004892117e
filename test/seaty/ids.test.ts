/**
 * Ids at the wire (docs/vendors/seaty.md, "Ids"): Seaty's ids are integers, so every id a user passes, on every
 * normalized method and every native method, is checked before anything is sent. A bad one is a `ValidationError`
 * naming the argument; nothing reaches the wire.
 */
import { describe, expect, it } from 'vitest';
import { TicketingError, ValidationError } from '../../src/core/errors.js';
import { createClient } from '../../src/index.js';
import { client, date, event1024, fakeSeaty, json, KEY, order, paged } from './helpers.js';

/** Ids that must never reach Seaty as a normalized id (strings, numbers and worse). */
const HOSTILE: unknown[] = [
  '..',
  '.',
  '%2e%2e',
  '%2E',
  '1024/..',
  '1024%2F..',
  'E:..',
  '',
  '  ',
  ' 1024',
  '1024 ',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  'abc',
  '１０２４', // full-width digits
  '1024\n',
  '10\u000024',
  '9'.repeat(100_000),
  '9007199254740993', // above Number.MAX_SAFE_INTEGER: no id the SDK returned
  42,
  1024,
  null,
  undefined,
  true,
  {},
  ['1024'],
];

const NO_ANSWER = () => json({ error: { code: 'not_found', message: 'must not be asked' } }, 404);

interface Case {
  name: string;
  field: string;
  call: (c: ReturnType<typeof client>, id: unknown) => PromiseLike<unknown>;
}

const NORMALIZED: Case[] = [
  { name: 'events.get', field: 'id', call: (c, id) => c.events.get(id as string) },
  { name: 'eventDates.get', field: 'id', call: (c, id) => c.eventDates.get(id as string) },
  { name: 'eventDates.list({ eventId })', field: 'eventId', call: (c, id) => c.eventDates.list({ eventId: id as string }) },
  { name: 'ticketTypes.list({ eventId })', field: 'eventId', call: (c, id) => c.ticketTypes.list({ eventId: id as string }) },
  { name: 'ticketTypes.get(<id>:1)', field: 'id', call: (c, id) => c.ticketTypes.get(`${String(id)}:1`) },
  { name: 'ticketTypes.get(1024:<id>)', field: 'id', call: (c, id) => c.ticketTypes.get(`1024:${String(id)}`) },
  { name: 'orders.get', field: 'id', call: (c, id) => c.orders.get(id as string) },
  { name: 'orders.list({ eventId })', field: 'eventId', call: (c, id) => c.orders.list({ eventId: id as string }) },
  { name: 'orders.list({ eventDateId })', field: 'eventDateId', call: (c, id) => c.orders.list({ eventDateId: id as string }) },
  { name: 'orders.list({ eventDateId, eventId })', field: 'eventId', call: (c, id) => c.orders.list({ eventDateId: '501', eventId: id as string }) },
  {
    name: 'orders.recordPayment({ eventId })',
    field: 'eventId',
    call: (c, id) => c.orders.recordPayment({ eventId: id as string, payeeEmail: 'a@b.co', amount: { amount: 100, currency: 'GBP' }, method: 'cash' }),
  },
];

/** Native methods and the argument name each error must carry. */
const NATIVE: Case[] = [
  { name: 'native.getEvent', field: 'id', call: (c, id) => c.native.getEvent(id as number) },
  { name: 'native.listEventDates', field: 'eventId', call: (c, id) => c.native.listEventDates(id as number) },
  { name: 'native.listTicketCategories', field: 'eventId', call: (c, id) => c.native.listTicketCategories(id as number) },
  { name: 'native.getDate', field: 'id', call: (c, id) => c.native.getDate(id as number) },
  { name: 'native.listDateOrders', field: 'dateId', call: (c, id) => c.native.listDateOrders(id as number) },
  { name: 'native.getDateSummary', field: 'dateId', call: (c, id) => c.native.getDateSummary(id as number) },
  { name: 'native.getOrder', field: 'id', call: (c, id) => c.native.getOrder(id as number) },
  { name: 'native.listOrderTickets', field: 'orderId', call: (c, id) => c.native.listOrderTickets(id as number) },
  { name: 'native.listOrderPayments', field: 'orderId', call: (c, id) => c.native.listOrderPayments(id as number) },
  { name: 'native.listOrderDiscounts', field: 'orderId', call: (c, id) => c.native.listOrderDiscounts(id as number) },
  {
    name: 'native.recordBalancePayment',
    field: 'eventId',
    call: (c, id) => c.native.recordBalancePayment(id as number, { payee_email: 'a@b.co', amount: 100, type_id: 1 }),
  },
];

async function failure(run: () => PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve()
    .then(run)
    .then(
      () => null,
      (e: unknown) => e,
    );
}

function shown(id: unknown): string {
  return typeof id === 'string' && id.length > 40 ? `<${id.length} chars>` : (JSON.stringify(id) ?? String(id));
}

describe('Seaty ids: every normalized id is a string of digits, checked before sending', () => {
  for (const c of NORMALIZED) {
    it(`${c.name}: every hostile id is a ValidationError naming ${c.field}, nothing sent`, async () => {
      const { fetch, calls } = fakeSeaty({ '.*': NO_ANSWER });
      const tk = client(fetch);
      // `ticketTypes.get` builds a composite id, so the non-string cases become strings there: skip the ones that
      // then spell a valid id.
      // `orders.list` without an id is the unscoped listing (an UnsupportedCapabilityError, tested elsewhere).
      const ids = c.name.startsWith('ticketTypes.get')
        ? HOSTILE.filter((id) => !['42', '1024'].includes(String(id)))
        : c.name.startsWith('orders.list')
          ? HOSTILE.filter((id) => id !== undefined)
          : HOSTILE;
      for (const id of ids) {
        const error = await failure(() => c.call(tk, id));
        expect(error, `${c.name}(${shown(id)})`).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).provider).toBe('seaty');
        expect((error as ValidationError).fields.map((f) => f.field), `${c.name}(${shown(id)})`).toContain(c.field);
      }
      expect(calls).toHaveLength(0);
    });
  }

  it('malformed ticket type ids (not <eventId>:<categoryId>) are ValidationErrors, not a 404 after a request', async () => {
    const { fetch, calls } = fakeSeaty({ '.*': NO_ANSWER });
    const tk = client(fetch);
    for (const id of ['1024', '1024:', ':1', '1024:1:2', '1024::1', '1024:%E0%A4%A', '..:1', '1024:..', '1024:%2e%2e', '1024:1%2F2', 'x:y']) {
      const error = await failure(() => tk.ticketTypes.get(id));
      expect(error, id).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields.map((f) => f.field), id).toEqual(['id']);
    }
    expect(calls).toHaveLength(0);
  });

  it('the message says what a Seaty id is', async () => {
    const { fetch } = fakeSeaty({});
    const error = (await failure(() => client(fetch).events.get('spring-gala'))) as ValidationError;
    expect(error.message).toMatch(/Seaty id/);
    expect(error.message).toMatch(/events\.get/);
    const number = (await failure(() => client(fetch).orders.get(42 as never))) as ValidationError;
    expect(number.message).toMatch(/pass String\(id\)/);
  });

  it('the generic client checks the same way', async () => {
    const { fetch, calls } = fakeSeaty({});
    const tk = createClient({ provider: 'seaty', apiKey: KEY, fetch, logLevel: 'off' });
    for (const id of ['..', '', 42]) {
      await expect(tk.events.get(id as string)).rejects.toBeInstanceOf(ValidationError);
      await expect(tk.orders.list({ eventId: id as string }).toArray({ limit: 1 })).rejects.toBeInstanceOf(ValidationError);
    }
    expect(calls).toHaveLength(0);
  });

  it('valid ids still reach their documented paths', async () => {
    const { fetch, calls } = fakeSeaty({
      'GET /v1/events/1024': () => json(event1024),
      'GET /v1/dates/0': () => json(date(0)),
      'GET /v1/orders/9007199254740991': () => json(order(9007199254740991, 501)),
      'GET /v1/dates/501': () => json(date(501)),
      'GET /v1/dates/501/orders': paged([]),
    });
    const tk = client(fetch);
    await tk.events.get('1024');
    await tk.eventDates.get('0');
    await tk.native.getOrder('9007199254740991');
    await tk.orders.list({ eventDateId: '501' });
    expect(calls.map((r) => r.path)).toEqual(['/v1/events/1024', '/v1/dates/0', '/v1/orders/9007199254740991', '/v1/dates/501', '/v1/events/1024', '/v1/dates/501/orders']);
  });
});

describe('Seaty ids: the native layer takes the integer or its digits', () => {
  const NATIVE_HOSTILE: unknown[] = [
    ...HOSTILE.filter((id) => typeof id !== 'number'),
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    -0.5,
  ];

  for (const c of NATIVE) {
    it(`${c.name}: hostile ids are ValidationErrors naming ${c.field}, nothing sent`, async () => {
      const { fetch, calls } = fakeSeaty({ '.*': NO_ANSWER });
      const tk = client(fetch);
      for (const id of NATIVE_HOSTILE) {
        const error = await failure(() => c.call(tk, id));
        expect(error, `${c.name}(${shown(id)})`).toBeInstanceOf(ValidationError);
        expect((error as TicketingError).provider).toBe('seaty');
        expect((error as ValidationError).fields.map((f) => f.field), `${c.name}(${shown(id)})`).toEqual([c.field]);
      }
      expect(calls).toHaveLength(0);
    });
  }

  it('a number and its digits address the same path', async () => {
    const { fetch, calls } = fakeSeaty({ 'GET /v1/events/1024': () => json(event1024) });
    const n = client(fetch).native;
    await n.getEvent(1024);
    await n.getEvent('1024');
    await n.getEvent(0).then(
      () => null,
      () => null,
    );
    expect(calls.map((r) => r.path)).toEqual(['/v1/events/1024', '/v1/events/1024', '/v1/events/0']);
  });
});
