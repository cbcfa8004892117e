/**
 * What Seaty's normalized resources (`resources/*.ts`) need of the client, and nothing more: the provider id, the
 * native layer, a page reader, the client's warn-once log and the normalize context of a call. The resources are
 * written against this narrow interface, not against the client class, so each can be read (and tested) on its own.
 */
import type { WithResponse } from '../../core/api-promise.js';
import type { AttemptRecord } from '../../core/errors.js';
import { InputProblem } from '../../core/input.js';
import type { EventScopedListParams } from '../../core/model.js';
import type { RequestOptions } from '../../core/pipeline.js';
import type { SeatyNative, SeatyPageRequest, SeatyRawPage } from './endpoints.js';
import { seatyId } from './ids.js';
import { currencyFromSymbol, type SeatyNormalizeContext } from './normalize.js';
import { SEATY_MAX_PER_PAGE, type SeatyPageState } from './pagination.js';
import type { SeatyReader } from './schemas.js';

export const SEATY = 'seaty' as const;

export interface SeatyContext {
  readonly provider: typeof SEATY;
  /** The native layer, unguarded: its errors reach the calling resource's guard as they are. */
  readonly native: SeatyNative;
  /** Reads one page of a list endpoint (`fetchSeatyPage` over this client's pipeline). */
  readPage<T>(request: SeatyPageRequest<T>): Promise<SeatyRawPage<T>>;
  /** Logs a data warning once per client (a listing of `$` events warns once, not per item). */
  warn(message: string, data?: Record<string, unknown>): void;
  /** The normalize context of one call: `raw` from its options, the currency of the event the records belong to. */
  normalize(options: RequestOptions | undefined, currency?: string | null): SeatyNormalizeContext;
  /**
   * Whether a balance payment recorded under `key` came back as a payment this client (or a copy) already got under
   * that key: Seaty's replay of the first result, which it marks with no header (docs/vendors/seaty.md, Balance
   * payments). Remembers the pair otherwise.
   */
  replayedPayment(key: string | null, paymentId: string | null): boolean;
}

/** The ISO currency of an event, from its `currency_symbol` (one request). */
export async function eventCurrency(ctx: SeatyContext, eventId: string, options?: RequestOptions): Promise<string | null> {
  const event = await ctx.native.getEvent(eventId, options);
  return currencyFromSymbol(event.currency_symbol, ctx, eventId);
}

/** Every record of a list endpoint, at the largest page size (for the small lists behind one order: tickets, categories). */
export async function readAll<T>(ctx: SeatyContext, path: string, reader: SeatyReader<T>, options?: RequestOptions): Promise<T[]> {
  const out: T[] = [];
  for (let state: SeatyPageState | null = { page: 1 }; state !== null; ) {
    const page: SeatyRawPage<T> = await ctx.readPage({ path, reader, state, limit: SEATY_MAX_PER_PAGE, options });
    for (const item of page.items) out.push(item);
    state = page.next;
  }
  return out;
}

/** The `eventId` an event-scoped list needs: a Seaty id (its absence, or a blank one, never lists more). */
export function requiredEventId(params: Partial<EventScopedListParams> | undefined, method: string): string {
  const eventId = params?.eventId;
  if (eventId === undefined) throw new InputProblem('eventId', `${method} needs { eventId }: the Seaty event whose records to list`);
  return seatyId(eventId, 'eventId');
}

/** `data` with the response facts of the request that produced it (a call made of several requests). */
export function withData<B>(result: { response?: Response | null; requestId?: string | null; attempts?: AttemptRecord[] | null }, data: B): WithResponse<B> {
  return {
    data,
    response: result.response ?? null,
    requestId: result.requestId ?? null,
    attempts: result.attempts ?? [],
    idempotencyKey: null,
    idempotentReplayed: false,
  };
}
