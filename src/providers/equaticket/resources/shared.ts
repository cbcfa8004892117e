/** What the Equaticket resources share: argument checks, the normalized listing and the normalized single result. */
import type { z } from 'zod';
import type { APIPromise } from '../../../core/api-promise.js';
import type { ProviderId } from '../../../core/errors.js';
import { InputProblem, invalidField, ownProviderOptions } from '../../../core/input.js';
import type { EventScopedListParams } from '../../../core/model.js';
import { paginate, type PagePromise } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { assertListParams } from '../../../core/strict.js';
import { idProblem, type Query } from '../../../internal/path.js';
import { PROVIDER, type EquaticketContext } from '../context.js';
import type { EqNormalizeContext } from '../normalize.js';
import type { EqPageParser, EqSingle } from '../schemas.js';

/** An id argument, checked by the path rules (`idProblem`) before anything is sent; throws `InputProblem`. */
export function checkId(value: unknown, field: string): asserts value is string {
  const problem = idProblem(value);
  if (problem !== null) throw new InputProblem(field, problem, value);
}

/** The `eventId` a scoped list needs (`eventDates.list`, `ticketTypes.list`), checked; nothing else is accepted. */
export function requiredEventId(method: string, params: EventScopedListParams | undefined): string {
  assertListParams(PROVIDER, method, params, ['eventId']);
  if (params === undefined || params === null || params.eventId === undefined) {
    throw invalidField(PROVIDER, 'eventId', `${method} needs { eventId }`);
  }
  checkId(params.eventId, 'eventId');
  return params.eventId;
}

/**
 * This vendor's `providerOptions` entry of an input that already parsed, read from the input as given: parsing
 * copies objects, and a copy loses a `__proto__` key that should be refused, not silently dropped.
 */
export function ownOptions<S extends z.ZodType>(input: unknown, schema: S): z.output<S> {
  return ownProviderOptions(PROVIDER, (input as { providerOptions?: Partial<Record<ProviderId, unknown>> }).providerOptions, schema);
}

/**
 * Fields Equaticket cannot hold (no end time or description on events, no description on ticket types): refused with
 * a `ValidationError` naming the field, before any request, rather than silently dropped (`null` is accepted: it
 * means "none", which is what Equaticket has). See docs/vendors/equaticket.md, "Not supported, and why".
 */
export function refuseUndocumented(what: 'events' | 'ticket types', input: { end?: unknown; description?: unknown }): void {
  if (input.end !== undefined && input.end !== null) {
    throw invalidField(PROVIDER, 'end', `Equaticket events have no end time in the API (only starts_at); got ${JSON.stringify(input.end)}`);
  }
  if (input.description !== undefined && input.description !== null) {
    throw invalidField(PROVIDER, 'description', `Equaticket ${what} have no description in the API`);
  }
}

/** A normalized listing over one Equaticket list endpoint. */
export interface NormalizedList<W, T> {
  /** The normalized resource (`'orders'`), for cursors. */
  resource: string;
  /** The endpoint's path (already segment-encoded). */
  path: string;
  /** The endpoint's page parser (schemas.ts). */
  parse: EqPageParser<W>;
  /** The endpoint's filters, as sent. */
  query?: Query;
  params: { limit?: number; cursor?: string | null };
  /** The normalized filters the cursor is tied to. */
  filters: Record<string, unknown>;
  normalize: (item: W, ctx: EqNormalizeContext) => T;
  options: RequestOptions | undefined;
}

export function normalizedList<W, T>(eq: EquaticketContext, spec: NormalizedList<W, T>): PagePromise<T> {
  const { path, parse, query, normalize } = spec;
  return paginate<T>({
    provider: eq.provider,
    resource: spec.resource,
    filters: spec.filters,
    limit: spec.params.limit,
    cursor: spec.params.cursor,
    options: spec.options,
    fetchPage: async (cursor, limit, options) => {
      const page = await eq.listPage({ path, parse, query, cursor, limit, options });
      const ctx = eq.normalizeContext(options, page.livemode);
      const wire = page.items;
      const items = new Array<T>(wire.length);
      for (let i = 0; i < wire.length; i++) items[i] = normalize(wire[i]!, ctx);
      return { items, next: page.next, response: page.response, requestId: page.requestId, attempts: page.attempts };
    },
  });
}

/**
 * A single-object call's result, normalized with the envelope's `livemode`. A throw in `normalize` is an
 * `InvalidResponseError` keeping the call's attempts (and, after a write, `outcomeUnknown: true`): `_thenUnwrap`.
 */
export function normalizedOne<W, T>(
  eq: EquaticketContext,
  kind: 'read' | 'write',
  call: APIPromise<EqSingle<W>>,
  options: RequestOptions | undefined,
  normalize: (item: W, ctx: EqNormalizeContext) => T,
): APIPromise<T> {
  return call._thenUnwrap((single) => normalize(single.object, eq.normalizeContext(options, single.livemode)), { provider: eq.provider, kind });
}
