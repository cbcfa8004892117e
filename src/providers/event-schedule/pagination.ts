/**
 * Event Schedule page paging (docs/vendors/event-schedule.md, "Paging"): `page` + `per_page` (1-500) in,
 * `data` + a 7-field `meta` out; the last page is reached when `current_page >= last_page` (or a page is
 * empty). Rows can shift while paging (no tie-breaker), so ids already yielded by the previous page are dropped.
 */
import { clampLimit, type RawPage } from '../../core/pagination.js';
import { invalidField } from '../../core/input.js';
import type { EsPageMeta } from './schemas.js';

/** Documented default of `per_page`. */
export const ES_DEFAULT_PER_PAGE = 100;
/** Documented maximum of `per_page`; above it `/events` and `/sales` answer 422. */
export const ES_MAX_PER_PAGE = 500;

/**
 * The vendor state of a page listing: the page number to fetch and, once a page was fetched, the page size
 * it was counted in (a page number means nothing without it).
 */
export interface EsPageState {
  page: number;
  perPage?: number;
}

export function initialPageState(page: number | undefined): EsPageState {
  return { page: page !== undefined && Number.isInteger(page) && page >= 1 ? page : 1 };
}

export function pageStateOf(state: unknown): EsPageState {
  const raw = state as Partial<EsPageState> | null;
  const out = initialPageState(typeof raw?.page === 'number' ? raw.page : undefined);
  if (typeof raw?.perPage === 'number' && Number.isInteger(raw.perPage) && raw.perPage >= 1 && raw.perPage <= ES_MAX_PER_PAGE) {
    out.perPage = raw.perPage;
  }
  return out;
}

/**
 * The page and size to ask for. A cursor keeps the size it was made with, so it resumes at the same row
 * whether or not the caller passes `limit`; a different `limit` is used when the resume offset divides by it.
 */
export function resolvePage(state: EsPageState, limit: number | undefined): { page: number; perPage: number } {
  const wanted = limit === undefined ? undefined : clampLimit(limit, ES_MAX_PER_PAGE, ES_DEFAULT_PER_PAGE);
  if (state.perPage === undefined) return { page: state.page, perPage: wanted ?? ES_DEFAULT_PER_PAGE };
  if (wanted === undefined || wanted === state.perPage) return { page: state.page, perPage: state.perPage };
  const offset = (state.page - 1) * state.perPage;
  return offset % wanted === 0 ? { page: offset / wanted + 1, perPage: wanted } : { page: state.page, perPage: state.perPage };
}

/** Checks a native `per_page` (1-500): a larger one is a `ValidationError` before any request. */
export function checkPerPage(perPage: number | undefined): void {
  if (perPage === undefined) return;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > ES_MAX_PER_PAGE) {
    throw invalidField(
      'event-schedule',
      'per_page',
      `expected an integer from 1 to ${ES_MAX_PER_PAGE}, got ${JSON.stringify(perPage)}`,
    );
  }
}

/** The next page's state, or `null` on the last page. */
export function nextPageState(
  requested: { page: number; perPage: number },
  rawCount: number,
  meta: EsPageMeta | null | undefined,
): EsPageState | null {
  if (rawCount === 0) return null;
  if (!meta) return null;
  const current = meta.current_page ?? requested.page;
  // The code sends `last_page`; an older install (or the seed page's 2-field meta) may send only `total`.
  const perPage = meta.per_page ?? requested.perPage;
  const last = meta.last_page ?? (typeof meta.total === 'number' && perPage > 0 ? Math.max(1, Math.ceil(meta.total / perPage)) : current);
  // The next page is counted in the size this page really had: `meta.per_page` when the server reports one (it may
  // serve fewer rows than asked for), so a later resume with another `limit` rebases on the true offset.
  const counted = Number.isInteger(perPage) && perPage >= 1 && perPage <= ES_MAX_PER_PAGE ? perPage : requested.perPage;
  return current < last ? { page: current + 1, perPage: counted } : null;
}

/**
 * Drops rows whose id was on the page just before (rows shift when a record is inserted while paging).
 * Keeps at most one page of ids, so memory stays O(page); a page with no repeat is returned as it is (no copy).
 */
export class PageDeduper<T> {
  private previous: { page: number; ids: Set<string> } | null = null;

  constructor(private readonly idOf: (item: T) => string) {}

  filter(page: number, items: T[]): T[] {
    const before = this.previous && this.previous.page === page - 1 ? this.previous.ids : null;
    const ids = new Set<string>();
    let repeats = 0;
    for (let i = 0; i < items.length; i++) {
      const id = this.idOf(items[i]!);
      ids.add(id);
      if (before !== null && before.has(id)) repeats++;
    }
    this.previous = { page, ids };
    return repeats === 0 ? items : items.filter((item) => !before!.has(this.idOf(item)));
  }
}
