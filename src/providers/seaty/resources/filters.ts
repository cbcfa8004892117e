/**
 * The filters each normalized list honours, besides `limit` and `cursor` (anything else is a `ValidationError` naming
 * the key, so a typo never widens a listing; docs/vendors/seaty.md, What maps to what). `orders` is
 * `seatyCapabilities.orders.filters`, which a test holds to this table.
 */
export const SEATY_LIST_FILTERS = {
  events: [] as string[],
  eventDates: ['eventId'],
  ticketTypes: ['eventId'],
  orders: ['eventId', 'eventDateId'],
  contacts: ['allowMarketing'],
} as const;
