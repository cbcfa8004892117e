/** `s.ticketType()`: a ticket category of a seeded event (price in pence of the event's currency). */
import { splitIdParts } from '../../../framework/contract.js';
import type { EventRow } from '../state.js';
import type { CategoryWire } from '../wire.js';
import { eventOrThrow, ID_BASE, penceOf, type SeedContext } from './context.js';
import { bad, cannotHold, nonNegativeInt, rejectPresent, text, type SeatySeedTicketTypeInput } from './input.js';

export function createCategory(seed: SeedContext, input: SeatySeedTicketTypeInput): CategoryWire {
  const event = eventOrThrow(seed, input?.eventId);
  rejectPresent(input, ['quantityTotal', 'createdAt'], 'ticketType', 'Seaty ticket categories have no capacity or creation time');
  if (input.quantitySold !== undefined) throw cannotHold('ticketType.quantitySold', 'sales are counted from orders (s.order)');
  if (input.hidden !== undefined && typeof input.hidden !== 'boolean') throw bad('hidden', `expected a boolean, got ${JSON.stringify(input.hidden)}`);
  const existing = event.categories.length;
  const price = input.price === undefined ? 1500 : input.price === null ? 0 : penceOf('price', event.wire, input.price);
  const optionalInt = (field: 'maxPerOrder' | 'minPerOrder') => {
    const value = input[field];
    return value === undefined || value === null ? null : nonNegativeInt(field, value);
  };
  const wire: Omit<CategoryWire, 'id'> = {
    name: input.name === undefined || input.name === null ? (existing === 0 ? 'Adult' : `Ticket type ${existing + 1}`) : text('name', input.name),
    description: input.description === undefined ? null : text('description', input.description),
    price,
    people: input.admits === undefined ? 1 : nonNegativeInt('admits', input.admits),
    sort_index: input.sortIndex === undefined ? existing + 1 : nonNegativeInt('sortIndex', input.sortIndex),
    limit: optionalInt('maxPerOrder'),
    minimum_per_order: optionalInt('minPerOrder'),
    hidden: input.hidden ?? false,
  };
  seed.env.stamp();
  const category: CategoryWire = { id: ID_BASE.category + seed.env.ids.next('category'), ...wire };
  event.categories.insert(category);
  return category;
}

/** The category a normalized ticket type id (`<eventId>:<categoryId>`) names under `event`. */
export function categoryOrThrow(event: EventRow, id: unknown): CategoryWire {
  const parts = typeof id === 'string' ? splitIdParts(id, 2) : null;
  const found = parts && parts[0] === String(event.wire.id) ? event.categories.items.find((c) => String(c.id) === parts[1]) : undefined;
  if (!found) throw bad('lines.ticketTypeId', `no ticket type ${JSON.stringify(id)} under event ${event.wire.id}`);
  return found;
}
