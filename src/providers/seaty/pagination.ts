/**
 * Seaty page paging (docs/vendors/seaty.md, "Paging"): `page` (from 1) and `per_page` (max 100) in; the
 * `data` / `links` / `meta` envelope out; the last page has `links.next === null`.
 */
import { clampLimit } from '../../core/pagination.js';
import type { SeatyListEnvelope } from './schemas.js';

/** Documented maximum of `per_page`. */
export const SEATY_MAX_PER_PAGE = 100;
/** What ticketkit asks for when the caller gives no `limit`: the maximum, for bulk walks. */
export const SEATY_DEFAULT_PER_PAGE = SEATY_MAX_PER_PAGE;

export interface SeatyNextPage {
  /** The page number to ask for next, or `null` on the last page. */
  page: number | null;
  /** The `links.next` host differed from the base URL's: it was not followed (the page number was built instead). */
  foreignNext: string | null;
}

function pageParam(url: URL): number | null {
  const value = url.searchParams.get('page');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

function parseUrl(value: string, base: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/** The host of the base URL, remembered for the last one asked (a walk asks with the same base URL on every page). */
let lastBase: string | null = null;
let lastHost: string | null = null;
function hostOf(baseUrl: string): string | null {
  if (baseUrl !== lastBase) {
    lastHost = parseUrl(baseUrl, 'https://invalid.invalid')?.host ?? null;
    lastBase = baseUrl;
  }
  return lastHost;
}

/**
 * The next page of a listing, from the page just read.
 * 1. `links.next === null` → last page (documented).
 * 2. `links.next` is a URL on the base URL's host → its `page` (else `page + 1`). A URL on another host is never
 *    requested (the key would go with it): the next request is built from `page + 1` on the configured base URL.
 * 3. No `links` (inferred fallbacks): stop when `meta.total === 0`, when `meta.to >= meta.total`, or when
 *    the page holds fewer records than `per_page`.
 * A `links.last` on our host bounds the walk, so a server that keeps sending `next` cannot loop it forever.
 */
export function nextSeatyPage(envelope: SeatyListEnvelope<unknown>, page: number, perPage: number, baseUrl: string): SeatyNextPage {
  const links = envelope.links ?? null;
  const meta = envelope.meta ?? null;
  const baseHost = hostOf(baseUrl);
  const sameHost = (url: URL) => baseHost !== null && url.host === baseHost;

  if (links && links.last) {
    const last = parseUrl(links.last, baseUrl);
    const lastPage = last && sameHost(last) ? pageParam(last) : null;
    if (lastPage !== null && page >= lastPage) return { page: null, foreignNext: null };
  }

  if (links && 'next' in links && links.next !== undefined) {
    if (links.next === null || links.next === '') return { page: null, foreignNext: null };
    const next = parseUrl(links.next, baseUrl);
    if (next && sameHost(next)) {
      const n = pageParam(next);
      return { page: n !== null && n > page ? n : page + 1, foreignNext: null };
    }
    return { page: page + 1, foreignNext: next ? next.host : String(links.next) };
  }

  // No usable `links`: the inferred fallbacks.
  if (meta) {
    if (meta.total === 0) return { page: null, foreignNext: null };
    if (typeof meta.to === 'number' && typeof meta.total === 'number' && meta.to >= meta.total) {
      return { page: null, foreignNext: null };
    }
  }
  const size = meta?.per_page ?? perPage;
  if (envelope.data.length === 0 || envelope.data.length < size) return { page: null, foreignNext: null };
  return { page: page + 1, foreignNext: null };
}

/**
 * The vendor state of a page listing: the page number to fetch and the page size it is counted in. A page number
 * means nothing without its size, so a cursor keeps both and resumes at the same row with or without `limit`.
 * (A bare number, or a state without `perPage`, is a page number from before page sizes were kept.)
 */
export interface SeatyPageState {
  page: number;
  perPage?: number;
}

/** Reads a cursor state back: `{ page, perPage }`, a bare page number, or anything else (page 1). */
export function pageStateOf(state: unknown): SeatyPageState {
  const out: SeatyPageState = { page: pageOf(state) };
  const perPage = state && typeof state === 'object' ? (state as { perPage?: unknown }).perPage : undefined;
  if (typeof perPage === 'number' && Number.isInteger(perPage) && perPage >= 1 && perPage <= SEATY_MAX_PER_PAGE) out.perPage = perPage;
  return out;
}

/**
 * The page and size to ask for. A cursor keeps the size it was counted in, so it resumes at the same row whether or
 * not the caller passes `limit`; a different `limit` is used only when the resume offset divides by it.
 */
export function resolvePage(state: SeatyPageState, limit: number | undefined): { page: number; perPage: number } {
  const wanted = limit === undefined ? undefined : clampLimit(limit, SEATY_MAX_PER_PAGE, SEATY_DEFAULT_PER_PAGE);
  if (state.perPage === undefined) return { page: state.page, perPage: wanted ?? SEATY_DEFAULT_PER_PAGE };
  if (wanted === undefined || wanted === state.perPage) return { page: state.page, perPage: state.perPage };
  const offset = (state.page - 1) * state.perPage;
  return offset % wanted === 0 ? { page: offset / wanted + 1, perPage: wanted } : { page: state.page, perPage: state.perPage };
}

/**
 * The page size a page was really counted in: `meta.per_page` when Seaty reports one (a server may serve fewer than
 * asked for, e.g. a capped page size), else the size asked for.
 */
export function effectivePerPage(envelope: SeatyListEnvelope<unknown>, requested: number): number {
  const reported = envelope.meta?.per_page;
  return typeof reported === 'number' && Number.isInteger(reported) && reported >= 1 && reported <= SEATY_MAX_PER_PAGE ? reported : requested;
}

/** The page number a cursor state holds (`null` → page 1). */
export function pageOf(state: unknown): number {
  if (typeof state === 'number' && Number.isInteger(state) && state >= 1) return state;
  if (state && typeof state === 'object' && typeof (state as { page?: unknown }).page === 'number') {
    const page = (state as { page: number }).page;
    if (Number.isInteger(page) && page >= 1) return page;
  }
  return 1;
}
