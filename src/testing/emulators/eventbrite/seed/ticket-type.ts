/** `s.ticketType()`: ticket classes (on a series parent, the rule every date's class is made from). */
import type { Money, TicketType } from '../../../framework/contract.js';
import type { SeedTicketTypeInput } from '../../../framework/index.js';
import { currencyCode } from '../codec.js';
import { insertTicketClass, type EbEnv, type EventRow } from '../state.js';
import { toTicketType, type TicketClassWire } from '../wire.js';
import { bad, cannotHold, instantMs, nonNegativeInt, nullableText, optionalFlag, optionalText, SEED_KEYS, seedInput } from './check.js';
import { eventOrThrow } from './find.js';

/**
 * An Eventbrite ticket class to seed: the common fields plus Eventbrite's own (default price 25.00 in the event's
 * currency, capacity 100).
 */
export interface EbSeedTicketTypeInput extends SeedTicketTypeInput {
  /** A donation class (no price). Default `false`. */
  donation?: boolean;
  /** Fewest per order (default 1). */
  minPerOrder?: number;
  /** Most per order, or `null` for no cap (default). */
  maxPerOrder?: number | null;
  /** Hidden from the event page (default `false`). */
  hidden?: boolean;
  /** When sales open, ISO-8601 (default: when the class is created). */
  salesStart?: string;
  /** When sales close, ISO-8601 (default: one hour before the event starts). */
  salesEnd?: string;
}

const HOUR = 3_600_000;
/** The price of a ticket type seeded without one (minor units of the event's currency). */
const DEFAULT_PRICE = 2500;

export function seedTicketType(env: EbEnv, given: EbSeedTicketTypeInput): TicketType {
  const input = seedInput('ticketType', given, SEED_KEYS.ticketType, false);
  const { wire, event } = createTicketClass(env, input);
  return toTicketType(wire, event.wire);
}

/** Creates a ticket class from a checked builder input (also used for the default class of an order). */
export function createTicketClass(env: EbEnv, input: EbSeedTicketTypeInput): { wire: TicketClassWire; event: EventRow } {
  const event = eventOrThrow(env, input.eventId);
  if (input.quantityTotal === null) throw cannotHold('ticketType.quantityTotal', 'an Eventbrite ticket class always has a quantity_total');
  const donation = optionalFlag('donation', input.donation) === true;
  const existing = event.ticketClasses.length;
  const at = instantMs('createdAt', input.createdAt, env.stamp);
  const wire = insertTicketClass(env, event, {
    name: optionalText('name', input.name) ?? (existing === 0 ? 'General Admission' : `Ticket ${existing + 1}`),
    description: nullableText('description', input.description) ?? null,
    cost: priceOf(event, input.price, donation),
    donation,
    quantityTotal: input.quantityTotal === undefined ? 100 : nonNegativeInt('quantityTotal', input.quantityTotal),
    quantitySold: input.quantitySold === undefined ? 0 : nonNegativeInt('quantitySold', input.quantitySold),
    minimumQuantity: input.minPerOrder === undefined ? 1 : nonNegativeInt('minPerOrder', input.minPerOrder),
    maximumQuantity: input.maxPerOrder === undefined || input.maxPerOrder === null ? null : nonNegativeInt('maxPerOrder', input.maxPerOrder),
    hidden: optionalFlag('hidden', input.hidden) ?? false,
    salesStartMs: instantMs('salesStart', input.salesStart, () => at),
    salesEndMs: instantMs('salesEnd', input.salesEnd, () => Date.parse(event.wire.start.utc) - HOUR),
    salesChannels: ['online', 'atd'],
  });
  return { wire, event };
}

/** The price in minor units (`null`: free or a donation); in the event's currency. */
function priceOf(event: EventRow, price: Money | null | undefined, donation: boolean): number | null {
  if (donation) {
    if (price) throw bad('price', 'a donation ticket has no fixed price');
    return null;
  }
  if (price === undefined) return DEFAULT_PRICE;
  if (price === null) return null;
  seedInput('ticketType.price', price, SEED_KEYS.price, false);
  if (price.amount === 0) return null;
  if (!Number.isSafeInteger(price.amount) || price.amount < 0) throw bad('price.amount', `expected a non-negative integer in minor units, got ${price.amount}`);
  if (currencyCode(price.currency) !== event.wire.currency) {
    throw bad('price.currency', `must be the event's currency ${event.wire.currency} (got ${JSON.stringify(price.currency)})`);
  }
  return price.amount;
}
