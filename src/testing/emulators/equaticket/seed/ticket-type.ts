/** `s.ticketType()`: a ticket type under a seeded event, priced in the event's currency. */
import type { Money } from '../../../framework/contract.js';
import { splitIdParts, type SeedTicketTypeInput } from '../../../framework/index.js';
import type { ModeStore } from '../state.js';
import { insertTicketType } from '../store-ops.js';
import { wireCurrency } from '../validate.js';
import type { EqEventWire, EqTicketTypeWire } from '../wire.js';
import { bad, countOrThrow, eventOrThrow, instantMs, rejectPresent, seedInput, textOrThrow, type SeedScope } from './input.js';

/** The default price of a seeded ticket type, in minor units (25.00 in the event's currency). */
const DEFAULT_PRICE = 2500;
/** The default capacity of a seeded ticket type. */
const DEFAULT_CAPACITY = 100;

/** The ticket type a normalized id names under `event`, or a `ConfigError`. */
export function ticketTypeOrThrow(store: ModeStore, event: EqEventWire, id: unknown): EqTicketTypeWire {
  const parts = typeof id === 'string' ? splitIdParts(id, 2) : null;
  const type = parts && parts[0] === event.id ? store.ticketTypes.get(parts[1]!) : null;
  if (!type || type.event_id !== event.id) throw bad('ticketTypeId', `no ticket type ${JSON.stringify(id)} under event ${event.id}`);
  return type;
}

/** A price in minor units of the event's currency (`null`: free; absent: the default). */
function priceOf(event: EqEventWire, price: Money | null | undefined): number {
  if (price === undefined) return DEFAULT_PRICE;
  if (price === null) return 0;
  seedInput('price', price, false);
  if (!Number.isSafeInteger(price.amount) || price.amount < 0) {
    throw bad('price.amount', `expected a non-negative integer in minor units, got ${JSON.stringify(price.amount)}`);
  }
  const currency = typeof price.currency === 'string' ? wireCurrency(price.currency.toLowerCase()) : null;
  if (currency !== event.currency) {
    throw bad('price.currency', `must be the event's currency ${event.currency.toUpperCase()} (got ${JSON.stringify(price.currency)})`);
  }
  return price.amount;
}

/** Stores a ticket type (the input already checked by `seedInput`); used by `s.order()` for a default type too. */
export function createTicketType(scope: SeedScope, input: SeedTicketTypeInput): EqTicketTypeWire {
  const { env } = scope;
  const { store, event } = eventOrThrow(scope, input?.eventId);
  rejectPresent(input, ['description'], 'ticketType', 'Equaticket ticket types have only name, price, currency and quantity_total');
  textOrThrow('name', input.name);
  countOrThrow('quantityTotal', input.quantityTotal, true);
  countOrThrow('quantitySold', input.quantitySold);
  const existing = store.ticketTypes.of(event.id).length;
  const fields = {
    name: input.name ?? (existing === 0 ? 'General Admission' : `Ticket type ${existing + 1}`),
    price: priceOf(event, input.price),
    currency: event.currency,
    quantity_total: input.quantityTotal === undefined ? DEFAULT_CAPACITY : input.quantityTotal,
    quantity_sold: input.quantitySold ?? 0,
  };
  return insertTicketType(env, store, event, fields, instantMs('createdAt', input.createdAt, env.stamp));
}
