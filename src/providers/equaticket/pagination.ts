/** Equaticket cursor paging (documented): `limit` + `cursor` in; `data`, `has_more`, `next_cursor` out. */
import type { RawPage } from '../../core/pagination.js';

/** Default page size (the only value the docs show). */
export const EQ_DEFAULT_LIMIT = 50;
/** Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): the maximum page size is not documented; 100 is the most plausible. */
export const EQ_MAX_LIMIT_GUESS = 100;

export interface EqListEnvelope<T> {
  data: T[];
  has_more?: boolean | null;
  next_cursor?: string | null;
}

/** The vendor state for the next page: the `next_cursor`, unless the page says it was the last. */
export function nextEquaticketState<T>(page: EqListEnvelope<T>): string | null {
  if (page.has_more === false) return null;
  return page.next_cursor ?? null;
}

export function toRawPage<T, U>(
  envelope: EqListEnvelope<T>,
  map: (item: T) => U,
  meta: { response: Response | null; requestId: string | null },
): RawPage<U> {
  return { items: envelope.data.map(map), next: nextEquaticketState(envelope), ...meta };
}
