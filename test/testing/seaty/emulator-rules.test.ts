/**
 * The Seaty emulator's own rules: seed builders refuse unknown keys and non-object input (`ConfigError`), fault
 * targets are Seaty's operations (typed and checked), the currency table is the emulator's own and agrees with the
 * client on every symbol, and a failure after the recorded payment reads as such through the emulator.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, NotFoundError, ServerError, type TicketingError } from '../../../src/core/errors.js';
import { createSeatyClient, type SeatyClient } from '../../../src/providers/seaty/index.js';
import { seatyEmulator, SEATY_OPERATIONS } from '../../../src/testing/emulators/seaty/index.js';
import { createMockClient, type SeatySeeder } from '../../../src/testing/index.js';

function seedWith(run: (s: SeatySeeder) => unknown): unknown {
  try {
    createMockClient({ provider: 'seaty', seed: (s) => void run(s as SeatySeeder) });
    return null;
  } catch (error) {
    return error;
  }
}

describe('Seaty seed builders: a typo is a ConfigError naming the key meant', () => {
  const typos: Array<[string, (s: SeatySeeder) => unknown, string, string]> = [
    ['s.event({ nmae })', (s) => s.event({ nmae: 'Gala' } as never), 'nmae', 'name'],
    ['s.event({ currencysymbol })', (s) => s.event({ currencysymbol: '$' } as never), 'currencysymbol', 'currencySymbol'],
    ['s.eventDate({ strat })', (s) => s.eventDate({ eventId: s.event().id, strat: '2026-05-01T19:00:00Z' } as never), 'strat', 'start'],
    ['s.ticketType({ prise })', (s) => s.ticketType({ eventId: s.event().id, prise: null } as never), 'prise', 'price'],
    ['s.ticketType({ price: { amout } })', (s) => s.ticketType({ eventId: s.event().id, price: { amout: 5, currency: 'GBP' } } as never), 'price.amout', 'price.amount'],
    ['s.order({ byer })', (s) => s.order({ eventId: s.event().id, byer: { name: 'A' } } as never), 'byer', 'buyer'],
    ['s.order({ buyer: { emial } })', (s) => s.order({ eventId: s.event().id, buyer: { emial: 'a@b.co' } } as never), 'buyer.emial', 'buyer.email'],
    [
      's.order({ lines: [{ ticketTypId }] })',
      (s) => {
        const e = s.event();
        return s.order({ eventId: e.id, lines: [{ ticketTypId: s.ticketType({ eventId: e.id }).id }] } as never);
      },
      'lines[0].ticketTypId',
      'lines[0].ticketTypeId',
    ],
    ['s.order({ discount: { cod } })', (s) => s.order({ eventId: s.event().id, discount: { cod: 'X', amount: { amount: 1, currency: 'GBP' } } } as never), 'discount.cod', 'discount.code'],
    ['s.order({ amountPaid: { curency } })', (s) => s.order({ eventId: s.event().id, status: 'pending', amountPaid: { amount: 1, curency: 'GBP' } } as never), 'amountPaid.curency', 'amountPaid.currency'],
    ['s.contact({ emial })', (s) => s.contact({ emial: 'a@b.co' } as never), 'emial', 'email'],
    ['s.apiKey({ scope })', (s) => s.apiKey({ scope: ['read'] } as never), 'scope', 'scopes'],
    ['s.enforceReadLimit({ perMinut })', (s) => s.enforceReadLimit({ perMinut: 2 } as never), 'perMinut', 'perMinute'],
  ];
  for (const [name, run, key, meant] of typos) {
    it(name, () => {
      const error = seedWith(run) as ConfigError;
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toContain(`unknown key "${key}" (did you mean "${meant}"?)`);
    });
  }

  it('input that is not an object is a ConfigError, never a TypeError', () => {
    const bad: Array<(s: SeatySeeder) => unknown> = [
      (s) => s.event(42 as never),
      (s) => s.event(null as never),
      (s) => s.eventDate(undefined as never),
      (s) => s.ticketType('x' as never),
      (s) => s.order(null as never),
      (s) => s.order([] as never),
      (s) => s.order({ eventId: s.event().id, lines: 'all' } as never),
      (s) => s.order({ eventId: s.event().id, buyer: 'Ann' } as never),
      (s) => s.contact(null as never),
      (s) => s.apiKey(7 as never),
      (s) => s.enforceReadLimit('fast' as never),
    ];
    for (const run of bad) expect(seedWith(run), String(run)).toBeInstanceOf(ConfigError);
  });

  it('every documented key is still accepted', () => {
    expect(
      seedWith((s) => {
        const e = s.event({ name: 'A', description: null, slug: 'a', status: 'draft', timezone: 'Europe/London', currency: 'GBP', createdAt: '2026-01-01T00:00:00Z', currencySymbol: '£', visibility: 'unlisted', buyingEnabled: false, type: 'Theatre', venueId: 3 });
        const d = s.eventDate({ eventId: e.id, name: 'Night', start: '2026-05-01T19:00:00Z', end: null, soldOut: false, salesSuspended: null, timeType: 2, informationHeader: 'H', information: 'I' });
        const t = s.ticketType({ eventId: e.id, name: 'Adult', description: null, price: { amount: 100, currency: 'GBP' }, admits: 2, hidden: false, minPerOrder: 1, maxPerOrder: 4, sortIndex: 1 });
        s.order({ eventId: e.id, eventDateId: d.id, status: 'pending', buyer: { name: 'B', email: 'b@c.co', phone: null }, lines: [{ ticketTypeId: t.id, quantity: 2 }], createdAt: '2026-02-01T00:00:00Z', allowMarketing: true, notes: 'n', discount: { code: 'X', amount: { amount: 10, currency: 'GBP' } }, amountPaid: { amount: 5, currency: 'GBP' } });
        s.contact({ email: 'c@d.co', name: 'C', allowMarketing: true, memberEmail: null, eventId: e.id });
        s.apiKey({ scopes: ['read'] });
        s.enforceReadLimit({ perMinute: 60 });
      }),
    ).toBeNull();
  });

  it('an instant on a day that does not exist is refused (not rolled over into the next month)', () => {
    expect(seedWith((s) => s.event({ createdAt: '2026-02-30T10:00:00Z' }))).toMatchObject({ name: 'ConfigError' });
  });

  it('a bad seed value (not only an unknown key) is a ConfigError naming the field, never stored as sent', () => {
    const bad: Array<[string, (s: SeatySeeder) => unknown]> = [
      ['name', (s) => s.event({ name: 42 } as never)],
      ['visibility', (s) => s.event({ visibility: 'hidden' } as never)],
      ['buyingEnabled', (s) => s.event({ buyingEnabled: 'yes' } as never)],
      ['venueId', (s) => s.event({ venueId: -3 })],
      ['currencySymbol', (s) => s.event({ currencySymbol: 5 } as never)],
      ['timezone', (s) => s.event({ timezone: 'Mars/Olympus' })],
      ['soldOut', (s) => s.eventDate({ eventId: s.event().id, soldOut: 'no' } as never)],
      ['timeType', (s) => s.eventDate({ eventId: s.event().id, timeType: 1.5 })],
      ['start', (s) => s.eventDate({ eventId: s.event().id, start: 'tomorrow' })],
      ['admits', (s) => s.ticketType({ eventId: s.event().id, admits: -1 })],
      ['hidden', (s) => s.ticketType({ eventId: s.event().id, hidden: 1 } as never)],
      ['sortIndex', (s) => s.ticketType({ eventId: s.event().id, sortIndex: 'first' } as never)],
      ['price', (s) => s.ticketType({ eventId: s.event().id, price: 1500 } as never)],
      ['buyer.email', (s) => s.order({ eventId: s.event().id, buyer: { email: 7 } } as never)],
      ['allowMarketing', (s) => s.order({ eventId: s.event().id, allowMarketing: 'yes' } as never)],
      ['lines.quantity', (s) => s.order({ eventId: s.event().id, lines: [{ ticketTypeId: s.ticketType({ eventId: s.event().id }).id, quantity: 0 }] })],
      ['eventDateId', (s) => s.order({ eventId: s.event().id, eventDateId: 501 } as never)],
      ['email', (s) => s.contact({ email: 'nobody' })],
      ['memberEmail', (s) => s.contact({ memberEmail: 3 } as never)],
      ['scopes', (s) => s.apiKey({ scopes: ['admin'] })],
      ['perMinute', (s) => s.enforceReadLimit({ perMinute: 0 })],
    ];
    for (const [field, run] of bad) {
      const error = seedWith(run) as TicketingError;
      expect(error, field).toBeInstanceOf(ConfigError);
      expect(error.message, field).toContain(field);
    }
  });
});

describe('Seaty fault targets: the emulator operations, typed and checked', () => {
  it('the operation list is exactly what the routes serve', () => {
    expect(new Set(seatyEmulator.routes.map((r) => r.op))).toEqual(new Set(SEATY_OPERATIONS));
  });

  it('an operation Seaty does not have is a ConfigError when armed (and a type error)', () => {
    const mock = createMockClient({ provider: 'seaty' });
    // @ts-expect-error 'orders.lst' is not a Seaty operation
    expect(() => mock.faults.once('orders.lst', { kind: 'http', status: 500 })).toThrow(ConfigError);
    // @ts-expect-error Seaty has no attendees endpoint
    expect(() => mock.faults.always('attendees.list', { kind: 'network' })).toThrow(ConfigError);
    expect(() => mock.faults.once('orders.recordPayment', { kind: 'http', status: 500 })).not.toThrow();
  });
});

describe('Seaty currency: the emulator has its own table, and agrees with the client on every symbol', () => {
  const symbols: Array<[string | null, string | null]> = [
    ['£', 'GBP'],
    ['$', null],
    ['€', null],
    ['&pound;', null],
    ['GBP', null],
    [' £', null],
    ['', null],
    ['constructor', null],
    ['toString', null],
    [null, null],
  ];
  for (const [symbol, currency] of symbols) {
    it(`${JSON.stringify(symbol)} → ${String(currency)} on both sides`, async () => {
      let seeded: any;
      const mock = createMockClient({
        provider: 'seaty',
        seed: (s) => {
          const seeder = s as SeatySeeder;
          const event = seeder.event({ currencySymbol: symbol });
          seeded = { event, order: seeder.order({ eventId: event.id }) };
        },
      });
      const seaty = createSeatyClient({ ...(mock.credentials as { apiKey: string }), fetch: mock.fetch, logLevel: 'off' });
      expect(seeded.event.currency).toBe(currency);
      expect(seeded.order.total).toEqual(currency === null ? null : { amount: 1500, currency });
      expect(await seaty.events.get(seeded.event.id)).toStrictEqual(seeded.event);
      expect(await seaty.orders.get(seeded.order.id)).toStrictEqual(seeded.order);
    });
  }
});

describe('Seaty emulator: recordPayment when a read after the payment fails', () => {
  async function setUp() {
    let eventId = '';
    const mock = createMockClient({
      provider: 'seaty',
      seed: (s) => {
        const seeder = s as SeatySeeder;
        eventId = seeder.event().id;
        seeder.order({ eventId, buyer: { email: 'payee@example.com' }, status: 'pending' });
      },
    });
    const seaty: SeatyClient = createSeatyClient({ ...(mock.credentials as { apiKey: string }), fetch: mock.fetch, logLevel: 'off', maxRetries: 0 });
    const input = { eventId, payeeEmail: 'payee@example.com', amount: { amount: 500, currency: 'GBP' }, method: 'cash' as const };
    return { mock, seaty, input };
  }

  it('a 500 on the order read-back: ServerError, outcomeUnknown true, writtenId the payment; a second call with the key records nothing more', async () => {
    const { mock, seaty, input } = await setUp();
    mock.faults.once('orders.get', { kind: 'http', status: 500 });
    const error = (await seaty.orders.recordPayment(input, { idempotencyKey: 'k-500' }).then(() => null, (e: unknown) => e)) as TicketingError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.writtenId).toMatch(/^\d+$/);
    expect(error.message).toMatch(/WAS recorded/);
    const again = await seaty.orders.recordPayment(input, { idempotencyKey: 'k-500' });
    expect(again.amountPaid).toEqual({ amount: 500, currency: 'GBP' });
    expect(mock.calls.filter((c) => c.op === 'orders.recordPayment').map((c) => c.status)).toEqual([201, 201]);
  });

  it('a 404 on the event before the payment: outcomeUnknown false, nothing posted', async () => {
    const { mock, seaty, input } = await setUp();
    mock.faults.once('events.get', { kind: 'http', status: 404 });
    const error = (await seaty.orders.recordPayment(input).then(() => null, (e: unknown) => e)) as TicketingError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.outcomeUnknown).toBe(false);
    expect(mock.calls.filter((c) => c.op === 'orders.recordPayment')).toHaveLength(0);
  });
});
