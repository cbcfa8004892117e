/** The Seaty route table: the thirteen endpoints of vendors/seaty.md section 9. */
import { isoFromMs } from '../../../core/time.js';
import { stableStringify } from '../../../internal/ids.js';
import { EmulatorHttpError, json, sequentialUuid, type EmulatorRequest, type EmulatorResponse, type RouteDef } from '../../framework/index.js';
import { applyPayments, payeeOrdersInListOrder, type EventRow, type OrderRow, type SeatyState } from './state.js';
import {
  CODE_BY_STATUS,
  SCOPE_READ,
  SCOPE_WRITE_PAYMENTS,
  SEATY_BASE_PATH,
  SEATY_DEFAULT_PER_PAGE,
  SEATY_MAX_PER_PAGE,
  SENDABLE_TYPE_IDS,
  type DateWire,
  type PaymentWire,
} from './wire.js';

/** What `authenticate` returns for an accepted key. */
export interface SeatyAuth {
  key: string;
  scopes: string[];
}

type Req = EmulatorRequest<SeatyState>;
type Route = RouteDef<SeatyState, SeatyAuth>;

/** Seaty's error body (the shape is the reference's guess, Gaps #1): `{ error: { code, message } }`. */
export function errorBody(status: number, message: string, code?: string): { error: { code: string; message: string } } {
  return {
    error: {
      code: code ?? CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'bad_request'),
      message,
    },
  };
}

/** The 429 (its body and `Retry-After` in seconds are the reference's guess, Gaps #4). */
export function tooManyRequests(retryAfterSeconds?: number): EmulatorResponse {
  const response = json(429, errorBody(429, `Too many requests: reads are limited to 60 a minute. Wait before retrying.`));
  return retryAfterSeconds === undefined ? response : { ...response, headers: { 'Retry-After': String(retryAfterSeconds) } };
}

const notFound = (what: string, id: string) =>
  new EmulatorHttpError(404, `No ${what} ${id} in your organisation.`);
const badRequest = (message: string) => new EmulatorHttpError(400, message);
const unprocessable = (message: string) => new EmulatorHttpError(422, message);

/** Path ids are integers (§9): anything else matches no record. */
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

/** One page in the §5.2 envelope; `per_page` above 100 is clamped (Gaps #13), then capped by `pageSize`. */
function page<T>(req: Req, items: readonly T[], map: (item: T) => unknown = (x) => x): EmulatorResponse {
  const pageNo = positiveInt(req, 'page', 1);
  let perPage = Math.min(positiveInt(req, 'per_page', SEATY_DEFAULT_PER_PAGE), SEATY_MAX_PER_PAGE);
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
 * Every read needs the `read` scope (§4: every real key has it; only a key made with `s.apiKey({ scopes })`
 * can lack it), then passes the opt-in read limit (§7): 60 reads in any minute per organisation, else 429 with
 * `Retry-After`.
 */
function read(handler: Route['handler']): Route['handler'] {
  return (req, auth) => {
    if (!auth.scopes.includes(SCOPE_READ)) throw new EmulatorHttpError(403, `This API key lacks the ${SCOPE_READ} scope.`);
    const state = req.env.state;
    if (state.readLimit !== null) {
      const now = req.env.now();
      while (state.reads.length && state.reads[0]! <= now - 60_000) state.reads.shift();
      if (state.reads.length >= state.readLimit.perMinute) {
        return tooManyRequests(Math.max(1, Math.ceil((state.reads[0]! + 60_000 - now) / 1000)));
      }
      state.reads.push(now);
    }
    return handler(req, auth);
  };
}

function dateDetail(req: Req, date: DateWire) {
  const event = req.env.state.events.get(date.event_id)!.wire;
  return { ...dateListItem(date), event_tag: event.tag, event_name: event.name, information_header: date.information_header, information: date.information };
}

/** §10.2: the list form has no buyer information text. */
function dateListItem(date: DateWire) {
  const { information_header: _h, information: _i, ...item } = date;
  return item;
}

/** §10.10 DateSummary (field names are the reference's guess, Gaps #8). */
function summaryOf(req: Req, date: DateWire) {
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

// ---- the one write: balance payments (§9.5) ----

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
  for (const key of Object.keys(b)) if (!PAYMENT_FIELDS.includes(key)) throw badRequest(`Unknown field: ${key}.`);
  if (typeof b.payee_email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(b.payee_email)) throw badRequest('payee_email is required and must be an email address.');
  if (typeof b.amount !== 'number' || !Number.isSafeInteger(b.amount)) throw badRequest('amount is required: an integer number of pence.');
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

const recordBalancePayment: Route['handler'] = (req, auth) => {
  if (!auth.scopes.includes(SCOPE_WRITE_PAYMENTS)) {
    throw new EmulatorHttpError(403, `This API key lacks the ${SCOPE_WRITE_PAYMENTS} scope needed to record balance payments.`);
  }
  const event = eventRow(req);
  const key = req.headers.get('idempotency-key');
  // Guess (Gaps #11): a missing key is a 400.
  if (key === null || key.trim() === '') throw badRequest('An Idempotency-Key header is required to record a balance payment.');
  const state = req.env.state;
  const recordKey = `${auth.key}\n${key}`;
  const fingerprint = `${event.wire.id} ${req.json === undefined ? req.text : stableStringify(req.json)}`;
  const record = state.idempotency.get(recordKey);
  if (record) {
    // Guess (Gaps #3): the same key and body replays the first result; another body is a 409.
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
      throw unprocessable(`A refund may not exceed what ${body.payee_email} has paid on this event (${paid - refunded} pence left to refund).`);
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
    date_payment_made: `${body.date_payment_made ?? isoFromMs(at).slice(0, 10)}T00:00:00Z`,
    notes: body.notes,
  };
  const target = orders[0]!;
  target.payments.push(payment);
  applyPayments(target);
  // Guess (Gaps #10): 201 with the recorded payment in the webhook's shape.
  const response = json(201, { ...payment });
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
  { method: 'GET', path: v1('/dates/:id/summary'), op: 'dates.summary', handler: read((req) => json(200, summaryOf(req, dateOf(req)))) },
  { method: 'GET', path: v1('/orders/:id'), op: 'orders.get', handler: read((req) => json(200, orderRow(req).wire)) },
  { method: 'GET', path: v1('/orders/:id/tickets'), op: 'orders.tickets', handler: read((req) => page(req, orderRow(req).tickets)) },
  { method: 'GET', path: v1('/orders/:id/payments'), op: 'orders.payments', handler: read((req) => page(req, orderRow(req).payments)) },
  { method: 'GET', path: v1('/orders/:id/discounts'), op: 'orders.discounts', handler: read((req) => page(req, orderRow(req).discounts)) },
  { method: 'GET', path: v1('/attendees'), op: 'contacts.list', handler: read((req) => page(req, req.env.state.contactList)) },
  { method: 'POST', path: v1('/events/:id/balance-payments'), op: 'orders.recordPayment', handler: recordBalancePayment },
];
