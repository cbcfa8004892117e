/**
 * Event Vault pages a whole array client-side; a cursor holds an item offset, so it resumes at the same guest with or
 * without `limit` (docs/vendors/event-vault.md, "Paging"). And a page carries the attempts of the request that read the array.
 */
import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../../src/index.js';
import { guests, json, setup, text } from './helpers.js';

const emails = guests.map((g) => g.email);

describe('Event Vault: a cursor resumes at the same guest with or without limit', () => {
  it('limit 2, then the cursor alone, with limit 3, or with limit 1: the 3 others, none skipped or repeated', async () => {
    const { tk, seen } = setup([json(guests)]);
    const first = await tk.attendees.list({ limit: 2 });
    expect(first.data.map((a) => a.email)).toEqual(emails.slice(0, 2));
    for (const limit of [undefined, 3, 1]) {
      const rest = await tk.attendees.list({ cursor: first.nextCursor, limit }).toArray({ limit: 100 });
      expect(rest.map((a) => a.email), `limit ${limit}`).toEqual(emails.slice(2));
    }
    // One request per listing: the first, and one per resumed listing.
    expect(seen).toHaveLength(4);
  });
});

describe('Event Vault: a page carries the attempts of its request', () => {
  it('attendees.list: a 429 then a 200 gives two attempts; pages sliced from the same array carry them too', async () => {
    const { tk, seen } = setup([text('Too many requests', 429, { 'retry-after': '0' }), json(guests)]);
    const { data: page, attempts } = await tk.attendees.list({ limit: 2 }).withResponse();
    expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 429],
      [2, 200],
    ]);
    expect(page.attempts).toBe(attempts);
    const next = await page.getNextPage();
    expect(next.attempts).toEqual(attempts);
    expect(seen).toHaveLength(2);
  });

  it('ticketTypes.list and tickets.list carry the attempts; events.list (no request) has none', async () => {
    const tickets = [{ EMAIL: 'a@example.com', TIER: 'VIP', sessionId: '' }];
    for (const list of [(tk: ReturnType<typeof setup>['tk']) => tk.ticketTypes.list({ eventId: 'evt-1' }), (tk: ReturnType<typeof setup>['tk']) => tk.tickets.list()]) {
      const { tk } = setup([text('Too many requests', 429, { 'retry-after': '0' }), json(tickets)]);
      const { attempts } = await (list(tk) as { withResponse(): Promise<{ attempts: Array<{ status: number | null }> }> }).withResponse();
      expect(attempts.map((a) => a.status)).toEqual([429, 200]);
    }
    const { tk, seen } = setup([json([])]);
    expect((await tk.events.list().withResponse()).attempts).toEqual([]);
    expect(seen).toHaveLength(0);
  });
});

describe('Event Vault: each page validates and normalizes its own items only (issue 16)', () => {
  const broken = [...guests.slice(0, 3), { email: 7 }, guests[4]];

  it('an invalid guest fails the page that holds it; the pages before it are read, the error names the item', async () => {
    const { tk, seen } = setup([json(broken)]);
    const first = await tk.attendees.list({ limit: 2 });
    expect(first.data.map((a) => a.email)).toEqual(emails.slice(0, 2));
    const error = (await first.getNextPage().catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toContain('GET /getGuests');
    expect(error.message).toContain('[3].email');
    expect(error.issues[0]).toMatchObject({ path: [3, 'email'] });
    // The facts of the one request that read the array.
    expect(error.status).toBe(200);
    expect(error.attempts.map((a) => a.status)).toEqual([200]);
    expect(seen).toHaveLength(1);
  });

  it('for await yields the valid pages, then throws with the cursor of the page that failed', async () => {
    const { tk } = setup([json(broken), json(broken)]);
    const yielded: string[] = [];
    const error = (await (async () => {
      for await (const a of tk.attendees.list({ limit: 2 })) yielded.push(a.email!);
    })().catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(yielded).toEqual(emails.slice(0, 2));
    expect(error.itemsYielded).toBe(2);
    // The cursor resumes at the failed page (a new listing: one new request, the same answer).
    await expect(tk.attendees.list({ cursor: error.resumeCursor })).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it('a payload that is not an array fails the first page', async () => {
    const { tk } = setup([json({ guests })]);
    const error = (await tk.attendees.list().catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toMatch(/JSON array/);
  });

  it('a type filter and ticket types look at every ticket: an invalid one fails the first page, named', async () => {
    const tickets = [{ EMAIL: 'a@example.com', TIER: 'VIP', sessionId: '' }, { EMAIL: 'b@example.com' }];
    const { tk } = setup([json(tickets)]);
    for (const list of [() => tk.tickets.list({ ticketType: 'VIP' }), () => tk.ticketTypes.list({ eventId: 'evt-1' })]) {
      const error = (await list().catch((e: unknown) => e)) as InvalidResponseError;
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error.issues[0]).toMatchObject({ path: [1, 'TIER'] });
    }
    // Without a filter only the page's own items are read: the first page (one ticket) is fine.
    expect((await tk.tickets.list({ limit: 1 })).data).toHaveLength(1);
  });
});

describe('Event Vault: the array is kept only while the listing needs it', () => {
  it('after the last page it is let go: an earlier page’s getNextPage reads it again (one more request)', async () => {
    const { tk, seen } = setup([json(guests), json(guests)]);
    const first = await tk.attendees.list({ limit: 2 });
    const second = await first.getNextPage();
    const last = await second.getNextPage();
    expect(last.hasNextPage()).toBe(false);
    expect(seen).toHaveLength(1);
    expect((await first.getNextPage()).data.map((a) => a.email)).toEqual(emails.slice(2, 4));
    expect(seen).toHaveLength(2);
  });

  it('while pages remain, every page is sliced from the one read', async () => {
    const { tk, seen } = setup([json(guests)]);
    const first = await tk.attendees.list({ limit: 1 });
    for (let i = 0; i < 3; i++) expect((await first.getNextPage()).data[0]!.email).toBe(emails[1]);
    expect(seen).toHaveLength(1);
  });
});
