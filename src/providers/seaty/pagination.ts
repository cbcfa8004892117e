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

/** What a `links` URL says: whether it is on the base URL's host, its host, and its `page` parameter (digits only). */
interface Link {
  sameHost: boolean;
  host: string;
  page: number | null;
}

/**
 * Reads a `links` URL. Seaty's links are absolute URLs on its own host (`https://<host>/v1/...?page=2&per_page=100`):
 * those are read without building a `URL` (a walk reads two links a page); anything else (relative, another host,
 * percent-encoding, odd characters) goes through the WHATWG URL parser, which decides. `null` when it is no URL.
 */
function readLink(link: string, baseUrl: string, baseHost: string | null): Link | null {
  if (baseHost !== null) {
    const plain = plainLinkPage(link, baseHost);
    if (plain !== undefined) return { sameHost: true, host: baseHost, page: plain };
  }
  const url = parseUrl(link, baseUrl);
  if (url === null) return null;
  const value = url.searchParams.get('page');
  return { sameHost: baseHost !== null && url.host === baseHost, host: url.host, page: value !== null && isDigits(value) ? Number(value) : null };
}

/**
 * The `page` of a link that is plainly on `host` (`https://<host>/…` with a query of plain `name=value` pairs), or
 * `undefined` when the link is not that plain (the URL parser reads it then).
 */
function plainLinkPage(link: string, host: string): number | null | undefined {
  const start = link.startsWith('https://') ? 8 : link.startsWith('http://') ? 7 : -1;
  if (start < 0 || !link.startsWith(host, start) || link.charCodeAt(start + host.length) !== 47 /* / */) return undefined;
  for (let i = 0; i < link.length; i++) {
    const c = link.charCodeAt(i);
    // Percent-encoding, `+`, a backslash, blanks and control characters mean something to the URL parser: let it read them.
    if (c <= 32 || c === 37 || c === 43 || c === 92 || c >= 127) return undefined;
  }
  const query = link.indexOf('?');
  const hash = link.indexOf('#');
  if (query < 0 || (hash >= 0 && hash < query)) return null;
  const params = link.slice(query + 1, hash < 0 ? link.length : hash).split('&');
  for (const param of params) {
    const eq = param.indexOf('=');
    const name = eq < 0 ? param : param.slice(0, eq);
    if (name !== 'page') continue;
    const value = eq < 0 ? '' : param.slice(eq + 1);
    return isDigits(value) ? Number(value) : null;
  }
  return null;
}

function isDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
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

  if (links && links.last) {
    const last = readLink(links.last, baseUrl, baseHost);
    const lastPage = last && last.sameHost ? last.page : null;
    if (lastPage !== null && page >= lastPage) return { page: null, foreignNext: null };
  }

  if (links && 'next' in links && links.next !== undefined) {
    if (links.next === null || links.next === '') return { page: null, foreignNext: null };
    const next = readLink(links.next, baseUrl, baseHost);
    if (next && next.sameHost) {
      const n = next.page;
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
