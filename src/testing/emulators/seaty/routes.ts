/**
 * The Seaty route table: Seaty's thirteen documented endpoints (docs/vendors/seaty.md, "Endpoints"). What Seaty does
 * not document is an emulator guess, marked GUESS where it is made (a `..._GUESS` constant where it is one value), and
 * listed in docs/vendors/seaty.md, "Emulator: rules and guesses".
 */
import { EmulatorHttpError, isoUtc, json, sequentialUuid, type EmulatorRequest, type EmulatorResponse, type RouteDef } from '../../framework/index.js';
import { applyPayments, payeeOrdersInListOrder, type EventRow, type OrderRow, type SeatyState } from './state.js';
import {
  CODE_BY_STATUS,
  ERROR_CODES_GUESS,
  SCOPE_READ,
  SCOPE_WRITE_PAYMENTS,
  SEATY_BASE_PATH,
  SEATY_DEFAULT_PER_PAGE,
  SEATY_MAX_PER_PAGE,
  SEATY_READS_PER_MINUTE,
  SENDABLE_TYPE_IDS,
  type DateWire,
  type PaymentWire,
} from './wire.js';

/** The operations the emulator serves: what `calls` records and fault targets name (`mock.faults.once(op, ...)`). */
export const SEATY_OPERATIONS = [
  'events.list',
  'events.get',
  'eventDates.list',
  'eventDates.get',
  'ticketTypes.list',
  'orders.list',
  'orders.get',
  'orders.tickets',
  'orders.payments',
  'orders.discounts',
  'orders.recordPayment',
  'dates.summary',
  'contacts.list',
] as const;
/** The name of a Seaty endpoint, as fault targets and call records name it (`mock.faults.once('orders.get', ...)`). */
export type SeatyOperation = (typeof SEATY_OPERATIONS)[number];

/** What `authenticate` returns for an accepted key. */
export interface SeatyAuth {
  key: string;
  scopes: string[];
}

type Req = EmulatorRequest<SeatyState>;
type Route = RouteDef<SeatyState, SeatyAuth> & { op: SeatyOperation };

/**
 * GUESS: Seaty's error body. The codes and statuses are documented, the body that carries them is not (Seaty says
 * only that a human-readable message comes with the code): `{ error: { code, message } }`.
 */
export const ERROR_BODY_GUESS = (code: string, message: string) => ({ error: { code, message } });

export function errorBody(status: number, message: string, code?: string): { error: { code: string; message: string } } {
  const fallback = status === 429 ? ERROR_CODES_GUESS.rateLimited : status >= 500 ? ERROR_CODES_GUESS.server : 'bad_request';
  return ERROR_BODY_GUESS(code ?? CODE_BY_STATUS[status] ?? fallback, message);
}

/** GUESS: a 429 carries `Retry-After` in whole seconds (Seaty documents the read limit, not its answer). */
export const RETRY_AFTER_HEADER_GUESS = 'Retry-After';

export function tooManyRequests(retryAfterSeconds?: number): EmulatorResponse {
  const response = json(429, errorBody(429, `Too many requests: reads are limited to ${SEATY_READS_PER_MINUTE} a minute. Wait before retrying.`));
  return retryAfterSeconds === undefined ? response : { ...response, headers: { [RETRY_AFTER_HEADER_GUESS]: String(retryAfterSeconds) } };
}

const notFound = (what: string, id: string) =>
  new EmulatorHttpError(404, `No ${what} ${id} in your organisation.`);
const badRequest = (message: string) => new EmulatorHttpError(400, message);
const unprocessable = (message: string) => new EmulatorHttpError(422, message);

/** Path ids are integers (every documented id is): anything else matches no record, as Seaty's 404 says. */
function idParam(req: Req, what: string, name = 'id'): number {
  const raw = req.params[name] ?? '';
  if (!/^\d+$/.test(raw)) throw notFound(what, raw);
  return Number(raw);
}

function eventRow(req: Req): EventRow {
  const id = idParam(req, 'event');
  const row = req.env.state.events.get(id);
  if (!row) throw notFound('event', String(id));
  return row;
}

function dateOf(req: Req): DateWire {
  const id = idParam(req, 'date');
  const date = req.env.state.dates.get(id);
  if (!date) throw notFound('date', String(id));
  return date;
}

function orderRow(req: Req): OrderRow {
  const id = idParam(req, 'order');
  const row = req.env.state.orders.get(id);
  if (!row) throw notFound('order', String(id));
  return row;
}

function positiveInt(req: Req, name: string, fallback: number): number {
  const raw = req.query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw badRequest(`${name} must be a positive integer.`);
  return Number(raw);
}

/** GUESS: a `per_page` above the documented maximum of 100 is served as 100 (not refused). */
export const PER_PAGE_ABOVE_MAX_GUESS = 'clamp' as const;

/**
 * One page in the documented envelope (`data`, `links` with absolute URLs, `meta`), capped by `pageSize`. GUESS: a
 * page past the end is an empty page (`data: []`, `links.next: null`, `meta.from`/`to` `null`), not a 404; a `page`
 * or `per_page` that is not a positive integer is a 400 `bad_request` ("malformed request").
 */
function page<T>(req: Req, items: readonly T[], map: (item: T) => unknown = (x) => x): EmulatorResponse {
  const pageNo = positiveInt(req, 'page', 1);
  const asked = positiveInt(req, 'per_page', SEATY_DEFAULT_PER_PAGE);
  if (asked > SEATY_MAX_PER_PAGE && PER_PAGE_ABOVE_MAX_GUESS !== 'clamp') throw badRequest(`per_page may be at most ${SEATY_MAX_PER_PAGE}.`);
  let perPage = Math.min(asked, SEATY_MAX_PER_PAGE);
  if (req.env.pageSize !== null) perPage = Math.min(perPage, req.env.pageSize);
  const total = items.length;
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const start = (pageNo - 1) * perPage;
  const data = items.slice(start, start + perPage).map(map);
  // Absolute links on the host the request reached (documented: absolute URLs keeping per_page).
  const link = (n: number) => `${req.url.origin}${req.path}?page=${n}&per_page=${perPage}`;
  return json(200, {
    data,
    links: {
      first: link(1),
      last: link(lastPage),
      prev: pageNo > 1 ? link(Math.min(pageNo - 1, lastPage)) : null,
      next: pageNo < lastPage ? link(pageNo + 1) : null,
    },
    meta: {
      current_page: pageNo,
      per_page: perPage,
      from: data.length ? start + 1 : null,
      to: data.length ? start + data.length : null,
      total,
      path: req.path,
    },
  });
}

/**
 * Every read needs the `read` scope (documented: every real key has it; only a key made with `s.apiKey({ scopes })`
 * can lack it). The read limit is the emulator's declared `rateLimits` (see index.ts).
 */
function read(handler: Route['handler']): Route['handler'] {
  return (req, auth) => {
    if (!auth.scopes.includes(SCOPE_READ)) throw new EmulatorHttpError(403, `This API key lacks the ${SCOPE_READ} scope.`);
    return handler(req, auth);
  };
}

function dateDetail(req: Req, date: DateWire) {
  const event = req.env.state.events.get(date.event_id)!.wire;
  return { ...dateListItem(date), event_tag: event.tag, event_name: event.name, information_header: date.information_header, information: date.information };
}

/** The list form of a date has no buyer information text (only the detail has it). */
function dateListItem(date: DateWire) {
  const { information_header: _h, information: _i, ...item } = date;
  return item;
}

/**
 * GUESS: the date summary's fields (Seaty documents the endpoint, "one row of sales and attendance", not its fields):
 * the date, order and ticket counts, checked-in tickets and the same money breakdown as an order, in pence.
 */
function dateSummaryGuess(req: Req, date: DateWire) {
  const orders = req.env.state.dateOrders.get(date.id) ?? [];
  const sum = (pick: (o: (typeof orders)[number]) => number) => orders.reduce((total, o) => total + pick(o), 0);
  const rows = orders.map((o) => req.env.state.orders.get(o.id)!);
  return {
    event_date_id: date.id,
    order_count: orders.length,
    ticket_count: sum((o) => o.ticket_count),
    checked_in_count: rows.reduce((n, r) => n + r.tickets.filter((t) => t.checked_in).length, 0),
    tickets_subtotal: sum((o) => o.tickets_subtotal),
    discount_total: sum((o) => o.discount_total),
    total: sum((o) => o.total),
    amount_paid: sum((o) => o.amount_paid),
    amount_refunded: sum((o) => o.amount_refunded),
    balance: sum((o) => o.balance),
  };
}

// ---- the one write: balance payments ----

/** GUESS: a body field Seaty does not document is refused with a 400 (not ignored). */
export const UNKNOWN_BODY_FIELD_STATUS_GUESS = 400;
/** GUESS: a POST without an `Idempotency-Key` (documented as required) is a 400. */
export const MISSING_IDEMPOTENCY_KEY_STATUS_GUESS = 400;
/** GUESS: a refund above what the payee has paid on the event is a 422 (the documented rule's status is cut off). */
export const REFUND_ABOVE_PAID_STATUS_GUESS = 422;
/** GUESS: Seaty answers a recorded payment with 201 and the payment in the `balance.payment_recorded` webhook's shape. */
export const PAYMENT_RECORDED_STATUS_GUESS = 201;


interface PaymentBody {
  payee_email: string;
  amount: number;
  type_id: number;
  notes: string;
  is_refund: boolean;
  date_payment_made: string | null;
}

const PAYMENT_FIELDS = ['payee_email', 'amount', 'type_id', 'notes', 'is_refund', 'date_payment_made'];

function paymentBody(req: Req): PaymentBody {
  const body = req.json;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (!PAYMENT_FIELDS.includes(key)) throw new EmulatorHttpError(UNKNOWN_BODY_FIELD_STATUS_GUESS, `Unknown field: ${key}.`);
  if (typeof b.payee_email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(b.payee_email)) throw badRequest('payee_email is required and must be an email address.');
  if (typeof b.amount !== 'number' || !Number.isSafeInteger(b.amount)) throw badRequest('amount is required: an integer number of pence.');
  // Documented: amount is always positive and type_id one of 1–4. GUESS: breaking either is a 422 (a wrong type, 400).
  if (b.amount <= 0) throw unprocessable('amount must be positive (record a refund with is_refund: true).');
  if (typeof b.type_id !== 'number' || !Number.isInteger(b.type_id)) throw badRequest('type_id is required: 1 cash, 2 cheque, 3 card, 4 bank transfer.');
  if (!(SENDABLE_TYPE_IDS as readonly number[]).includes(b.type_id)) throw unprocessable('type_id must be 1 (cash), 2 (cheque), 3 (card) or 4 (bank transfer).');
  if (b.notes !== undefined && b.notes !== null && typeof b.notes !== 'string') throw badRequest('notes must be a string.');
  if (b.is_refund !== undefined && typeof b.is_refund !== 'boolean') throw badRequest('is_refund must be a boolean.');
  let date: string | null = null;
  if (b.date_payment_made !== undefined && b.date_payment_made !== null) {
    const text = b.date_payment_made;
    const day = typeof text === 'string' ? /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(text)?.[1] : undefined;
    if (day === undefined || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw badRequest('date_payment_made must be an ISO date (YYYY-MM-DD).');
    date = day;
  }
  return {
    payee_email: b.payee_email,
    amount: b.amount,
    type_id: b.type_id,
    notes: typeof b.notes === 'string' ? b.notes : '',
    is_refund: b.is_refund === true,
    date_payment_made: date,
  };
}

/** JSON with sorted keys: two bodies with the same fields in another order are the same request. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

const recordBalancePayment: Route['handler'] = (req, auth) => {
  if (!auth.scopes.includes(SCOPE_WRITE_PAYMENTS)) {
    throw new EmulatorHttpError(403, `This API key lacks the ${SCOPE_WRITE_PAYMENTS} scope needed to record balance payments.`);
  }
  const event = eventRow(req);
  const key = req.headers.get('idempotency-key');
  if (key === null || key.trim() === '') {
    throw new EmulatorHttpError(MISSING_IDEMPOTENCY_KEY_STATUS_GUESS, 'An Idempotency-Key header is required to record a balance payment.');
  }
  const state = req.env.state;
  const recordKey = `${auth.key}\n${key}`;
  const fingerprint = `${event.wire.id} ${req.json === undefined ? req.text : canonicalJson(req.json)}`;
  const record = state.idempotency.get(recordKey);
  if (record) {
    // Documented: a key is never recorded twice; 409 `conflict` on a clash. GUESS: the same key with the same body
    // answers the first result again; with another body it is the 409.
    if (record.fingerprint !== fingerprint) {
      throw new EmulatorHttpError(409, 'A balance payment with that idempotency key is already recorded with a different request body.');
    }
    return record.response;
  }
  const body = paymentBody(req);
  const orders = payeeOrdersInListOrder(state, event.wire.id, body.payee_email);
  if (orders.length === 0) throw unprocessable(`${body.payee_email} has no order on this event.`);
  if (body.is_refund) {
    const payments = orders.flatMap((r) => r.payments);
    const paid = payments.filter((p) => !p.is_refund).reduce((n, p) => n + p.amount, 0);
    const refunded = payments.filter((p) => p.is_refund).reduce((n, p) => n + p.amount, 0);
    if (refunded + body.amount > paid) {
      throw new EmulatorHttpError(
        REFUND_ABOVE_PAID_STATUS_GUESS,
        `A refund may not exceed what ${body.payee_email} has paid on this event (${paid - refunded} pence left to refund).`,
      );
    }
  }
  const at = req.env.stamp();
  const n = req.env.ids.next('payment');
  const payment: PaymentWire = {
    id: 80_000_000 + n,
    guid: sequentialUuid(7, n),
    event_id: event.wire.id,
    payee_email: body.payee_email,
    amount: body.amount,
    type_id: body.type_id,
    is_refund: body.is_refund,
    date_payment_made: `${body.date_payment_made ?? isoUtc(at).slice(0, 10)}T00:00:00Z`,
    notes: body.notes,
  };
  // GUESS: Seaty records a payment against a payee and an event, not an order; it is credited to the payee's first
  // order in the order the API lists them (the event's dates in order, then each date's orders).
  const target = orders[0]!;
  target.payments.push(payment);
  applyPayments(target);
  const response = json(PAYMENT_RECORDED_STATUS_GUESS, { ...payment });
  state.idempotency.set(recordKey, { fingerprint, response: { ...response, body: { ...payment } } });
  return response;
};

// ---- the table ----

const v1 = (path: string) => `${SEATY_BASE_PATH}${path}`;

export const seatyRoutes: Route[] = [
  { method: 'GET', path: v1('/events'), op: 'events.list', handler: read((req) => page(req, req.env.state.eventsNewestFirst.items)) },
  { method: 'GET', path: v1('/events/:id'), op: 'events.get', handler: read((req) => json(200, eventRow(req).wire)) },
  {
    method: 'GET',
    path: v1('/events/:id/dates'),
    op: 'eventDates.list',
    handler: read((req) => page(req, eventRow(req).dates.items, dateListItem)),
  },
  {
    method: 'GET',
    path: v1('/events/:id/ticket-categories'),
    op: 'ticketTypes.list',
    handler: read((req) => page(req, eventRow(req).categories.items)),
  },
  { method: 'GET', path: v1('/dates/:id'), op: 'eventDates.get', handler: read((req) => json(200, dateDetail(req, dateOf(req)))) },
  {
    method: 'GET',
    path: v1('/dates/:id/orders'),
    op: 'orders.list',
    handler: read((req) => page(req, req.env.state.dateOrders.get(dateOf(req).id) ?? [])),
  },
  { method: 'GET', path: v1('/dates/:id/summary'), op: 'dates.summary', handler: read((req) => json(200, dateSummaryGuess(req, dateOf(req)))) },
  { method: 'GET', path: v1('/orders/:id'), op: 'orders.get', handler: read((req) => json(200, orderRow(req).wire)) },
  { method: 'GET', path: v1('/orders/:id/tickets'), op: 'orders.tickets', handler: read((req) => page(req, orderRow(req).tickets)) },
  { method: 'GET', path: v1('/orders/:id/payments'), op: 'orders.payments', handler: read((req) => page(req, orderRow(req).payments)) },
  { method: 'GET', path: v1('/orders/:id/discounts'), op: 'orders.discounts', handler: read((req) => page(req, orderRow(req).discounts)) },
  { method: 'GET', path: v1('/attendees'), op: 'contacts.list', handler: read((req) => page(req, req.env.state.contactList)) },
  { method: 'POST', path: v1('/events/:id/balance-payments'), op: 'orders.recordPayment', handler: recordBalancePayment },
];
