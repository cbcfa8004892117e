/**
 * `orders.recordPayment`: Seaty's one write, an external balance payment (docs/vendors/seaty.md, Balance payments).
 * Seaty records it against a payee and an event, not an order, so the order returned is read back afterwards.
 */
import { APIPromise, type WithResponse } from '../../../core/api-promise.js';
import { readBeforeWrite, writeThenRead } from '../../../core/compose.js';
import { isTicketingError, NotFoundError, type TicketingError } from '../../../core/errors.js';
import { InputProblem, invalidField, parseInput } from '../../../core/input.js';
import { RecordPaymentInputSchema, type Order, type RecordPaymentInput } from '../../../core/model.js';
import { normalizeCurrency } from '../../../core/money.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { toUtcInstant } from '../../../core/time.js';
import { eventCurrency, SEATY, type SeatyContext } from '../context.js';
import { SEATY_PATHS, type SeatyRawPage } from '../endpoints.js';
import { seatyId } from '../ids.js';
import { idText } from '../normalize.js';
import { SEATY_MAX_PER_PAGE, type SeatyPageState } from '../pagination.js';
import { SEATY_PAYMENT_TYPE, SEATY_READERS, type SeatyBalancePaymentBody, type SeatyEventDate, type SeatyOrder, type SeatyPayment } from '../schemas.js';
import { loadOrder, splitLinesOption, type SeatyOrderGetOptions } from './order-get.js';

/**
 * Checks the input and the options (nothing is sent when either is wrong), reads the event (its currency; and a missing
 * event fails here, before anything is recorded: `outcomeUnknown: false`), records the payment, then reads back the
 * payee's order on the event: the order the answer names, else the payee's first order found walking the event's
 * dates. When a read after the payment fails, the error keeps that read's class and says the payment WAS recorded:
 * `outcomeUnknown: true`, `writtenId` (the payment's id when Seaty's answer carries one) and the idempotency key, with
 * which a second call records nothing twice.
 */
export function recordPayment(ctx: SeatyContext, input: RecordPaymentInput, options?: SeatyOrderGetOptions): APIPromise<Order> {
  const { eventId, body } = balancePaymentBody(input);
  const { lines, request } = splitLinesOption(options);
  const readOptions: RequestOptions = { ...request, idempotencyKey: undefined };
  return APIPromise.from(
    (async (): Promise<WithResponse<Order>> => {
      const currency = await readBeforeWrite(eventCurrency(ctx, eventId, readOptions));
      let readBackFailed = false;
      try {
        return await writeThenRead({
          provider: SEATY,
          what: 'orders.recordPayment',
          write: ctx.native.recordBalancePayment(eventId, body, request),
          writtenId: paymentIdOf,
          then: async (payment, posted) => {
            // Seaty marks no replay: the same key giving back the payment it gave before is one (remembered before the
            // read-back, so a retry after a failed read-back is seen as the replay it is).
            const idempotentReplayed = posted.idempotentReplayed || ctx.replayedPayment(posted.idempotencyKey, paymentIdOf(payment));
            try {
              const order = await payeeOrder(ctx, { eventId, email: body.payee_email, payment, currency, lines, options: readOptions });
              return { ...posted, data: order.data, idempotentReplayed };
            } catch (error) {
              readBackFailed = true;
              throw error;
            }
          },
        }).withResponse();
      } catch (error) {
        throw readBackFailed && isTicketingError(error) ? paymentRecordedError(error) : error;
      }
    })(),
  );
}

/** The id of the payment Seaty's answer names, or `null`. */
function paymentIdOf(payment: SeatyPayment | null): string | null {
  return payment?.id === null || payment?.id === undefined ? null : idText(payment.id);
}

interface PayeeOrder {
  eventId: string;
  email: string;
  /** Seaty's answer to the payment (`null` when it named nothing). */
  payment: SeatyPayment | null;
  currency: string | null;
  lines: boolean;
  options: RequestOptions;
}

/** The payee's order on the event, read back after a recorded payment. */
async function payeeOrder(ctx: SeatyContext, spec: PayeeOrder): Promise<WithResponse<Order>> {
  const named = spec.payment?.order_id;
  const orderId = named === null || named === undefined ? await findPayeeOrder(ctx, spec.eventId, spec.email, spec.options) : idText(named);
  if (orderId === null) {
    throw new NotFoundError({ provider: SEATY, message: `ticketkit found no order of the payee on event ${spec.eventId} to return.` });
  }
  return loadOrder(ctx, { orderId, lines: spec.lines, options: spec.options, known: { eventId: spec.eventId, currency: spec.currency } });
}

/** The id of the payee's first order on the event (dates in Seaty's order), or `null`. */
async function findPayeeOrder(ctx: SeatyContext, eventId: string, email: string, options: RequestOptions): Promise<string | null> {
  const wanted = email.trim().toLowerCase();
  for (let dp: SeatyPageState | null = { page: 1 }; dp !== null; ) {
    const dates: SeatyRawPage<SeatyEventDate> = await ctx.readPage({ path: SEATY_PATHS.eventDates(eventId), reader: SEATY_READERS.eventDate, state: dp, limit: SEATY_MAX_PER_PAGE, options });
    for (const date of dates.items) {
      for (let op: SeatyPageState | null = { page: 1 }; op !== null; ) {
        const orders: SeatyRawPage<SeatyOrder> = await ctx.readPage({ path: SEATY_PATHS.dateOrders(date.id), reader: SEATY_READERS.dateOrder, state: op, limit: SEATY_MAX_PER_PAGE, options });
        const found = orders.items.find((o) => (o.email ?? '').trim().toLowerCase() === wanted);
        if (found) return idText(found.id);
        op = orders.next;
      }
    }
    dp = dates.next;
  }
  return null;
}

/** The error of a read after a recorded payment: the read's class, saying plainly that the payment was recorded. */
function paymentRecordedError(error: TicketingError): TicketingError {
  const cause = error.cause instanceof Error ? error.cause.message : error.message;
  const key = error.idempotencyKey;
  const payment = error.writtenId === null || error.writtenId === undefined ? '' : ` (payment ${error.writtenId})`;
  return error.copyWith({
    message:
      `The balance payment WAS recorded${payment}, but reading the payee's order back failed: ${cause} ` +
      (key
        ? `Do not record it again with a new key: call recordPayment again with the same input and { idempotencyKey: '${key}' } ` +
          '(Seaty never records a payment twice under one key), or read the order with orders.list({ eventId }).'
        : 'Do not record it again: read the order with orders.list({ eventId }).'),
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates `recordPayment` input and builds the balance-payment body; throws `ValidationError` before any request. */
export function balancePaymentBody(input: RecordPaymentInput): { eventId: string; body: SeatyBalancePaymentBody } {
  const parsed = parseInput(SEATY, 'balance payment', RecordPaymentInputSchema, input);
  let eventId: string;
  try {
    eventId = seatyId(parsed.eventId, 'eventId');
  } catch (problem) {
    throw problem instanceof InputProblem ? problem.toValidationError(SEATY, 'orders.recordPayment') : problem;
  }
  const currency = normalizeCurrency(parsed.amount.currency);
  if (currency !== 'GBP') {
    throw invalidField(SEATY, 'amount.currency', `Seaty balance payments are in the event's currency, pence of GBP; got ${JSON.stringify(parsed.amount.currency)}`);
  }
  if (!Number.isSafeInteger(parsed.amount.amount) || parsed.amount.amount <= 0) {
    throw invalidField(SEATY, 'amount.amount', `expected a positive integer of pence (a refund is { isRefund: true } with a positive amount), got ${parsed.amount.amount}`);
  }
  const paidOn = parsed.paidOn === undefined ? undefined : paymentDate(parsed.paidOn);
  const body: SeatyBalancePaymentBody = {
    payee_email: parsed.payeeEmail,
    amount: parsed.amount.amount,
    type_id: SEATY_PAYMENT_TYPE[parsed.method],
    ...(parsed.isRefund !== undefined ? { is_refund: parsed.isRefund } : {}),
    ...(parsed.notes !== undefined ? { notes: parsed.notes } : {}),
    ...(paidOn !== undefined ? { date_payment_made: paidOn } : {}),
  };
  return { eventId, body };
}

/** `paidOn` as Seaty's `date_payment_made`: an ISO date as it is, an instant as its UTC day. */
function paymentDate(paidOn: string): string {
  if (ISO_DATE.test(paidOn) && !Number.isNaN(Date.parse(`${paidOn}T00:00:00Z`))) return paidOn;
  const instant = toUtcInstant(paidOn);
  if (instant === null) throw invalidField(SEATY, 'paidOn', `expected an ISO date (YYYY-MM-DD) or instant, got ${JSON.stringify(paidOn)}`);
  return instant.slice(0, 10);
}
