/**
 * Equaticket emulator state: two fully separate copies of the account (test and live, documented), each
 * holding events, ticket types, orders, tickets and webhook subscriptions in lists kept sorted on
 * `(created_at, id)`, so a page is served in O(page) without sorting.
 */
import { EmulatorHttpError, SortedList } from '../../framework/index.js';
import type { EmulatorResponse } from '../../framework/index.js';
import { EQ_EMULATOR_PLAN_GUESS } from './guesses.js';
import type { EqEventWire, EqOrderWire, EqPlan, EqTicketTypeWire, EqTicketWire, EqWebhookWire } from './wire.js';

export interface Row<W> {
  /** `created_at` in ms. */
  at: number;
  id: string;
  wire: W;
}

const compareRows = (a: Row<unknown>, b: Row<unknown>): number =>
  a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One kind of object: by id, all in order, and per event in order. */
export class Collection<W extends { id: string }> {
  readonly byId = new Map<string, Row<W>>();
  readonly all = new SortedList<Row<W>>(compareRows);
  private readonly byParent = new Map<string, SortedList<Row<W>>>();

  add(row: Row<W>, parentId?: string): void {
    this.byId.set(row.id, row);
    this.all.insert(row);
    if (parentId !== undefined) {
      let list = this.byParent.get(parentId);
      if (!list) this.byParent.set(parentId, (list = new SortedList<Row<W>>(compareRows)));
      list.insert(row);
    }
  }

  remove(id: string, parentId?: string): void {
    const row = this.byId.get(id);
    if (!row) return;
    this.byId.delete(id);
    this.all.remove(row);
    if (parentId !== undefined) this.byParent.get(parentId)?.remove(row);
  }

  get(id: string): W | null {
    return this.byId.get(id)?.wire ?? null;
  }

  /** The rows under one parent (an event), oldest first. */
  of(parentId: string): SortedList<Row<W>> {
    return this.byParent.get(parentId) ?? new SortedList<Row<W>>(compareRows);
  }
}

export interface IdempotencyRecord {
  fingerprint: string;
  at: number;
  response: EmulatorResponse;
}

export interface ModeStore {
  livemode: boolean;
  events: Collection<EqEventWire>;
  ticketTypes: Collection<EqTicketTypeWire>;
  orders: Collection<EqOrderWire>;
  tickets: Collection<EqTicketWire>;
  webhooks: Collection<EqWebhookWire>;
  /** Events whose `event.sold_out` was sent (documented: once per event). */
  soldOutAnnounced: Set<string>;
  /** By API key and `Idempotency-Key` (keys are scoped per API key: a guess, ./guesses.ts). */
  idempotency: Map<string, IdempotencyRecord>;
}

export interface EqState {
  test: ModeStore;
  live: ModeStore;
  /** The organization's plan, which sets the per-key rate limit (`s.organization({ plan })`). */
  plan: EqPlan;
}

export function createModeStore(livemode: boolean): ModeStore {
  return {
    livemode,
    events: new Collection(),
    ticketTypes: new Collection(),
    orders: new Collection(),
    tickets: new Collection(),
    webhooks: new Collection(),
    soldOutAnnounced: new Set(),
    idempotency: new Map(),
  };
}

export function createEqState(): EqState {
  return { test: createModeStore(false), live: createModeStore(true), plan: EQ_EMULATOR_PLAN_GUESS };
}

export interface PageResult<W> {
  data: W[];
  has_more: boolean;
  next_cursor: string | null;
}

/** The position of a cursor: `(created_at, id)` of the last item of the previous page. */
export interface CursorPosition {
  at: number;
  id: string;
}

/** Documented by example: the cursor is base64 JSON holding `created_at` (and, here, `id`). */
export function encodeCursor(row: Row<unknown>): string {
  return btoa(JSON.stringify({ created_at: new Date(row.at).toISOString(), id: row.id }));
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const value = JSON.parse(atob(cursor)) as { created_at?: unknown; id?: unknown };
    const at = typeof value.created_at === 'string' ? Date.parse(value.created_at) : Number.NaN;
    if (!Number.isNaN(at) && typeof value.id === 'string') return { at, id: value.id };
  } catch {
    // fall through
  }
  throw new EmulatorHttpError(400, 'Invalid cursor: pass the previous page\'s next_cursor unchanged.', { param: 'cursor' });
}

/** One page, newest first on `(created_at, id)`, after `cursor`, keeping the items `filter` accepts. */
export function pageOf<W>(
  list: SortedList<Row<W>>,
  cursor: CursorPosition | null,
  limit: number,
  filter?: (wire: W) => boolean,
): PageResult<W> {
  const items = list.items;
  let index = cursor ? list.lowerBound({ at: cursor.at, id: cursor.id, wire: null as never }) - 1 : items.length - 1;
  const data: W[] = [];
  let last: Row<W> | null = null;
  for (; index >= 0 && data.length < limit; index--) {
    const row = items[index]!;
    if (filter && !filter(row.wire)) continue;
    data.push(row.wire);
    last = row;
  }
  let hasMore = false;
  for (; index >= 0; index--) {
    if (!filter || filter(items[index]!.wire)) {
      hasMore = true;
      break;
    }
  }
  return { data, has_more: hasMore, next_cursor: hasMore && last ? encodeCursor(last) : null };
}
