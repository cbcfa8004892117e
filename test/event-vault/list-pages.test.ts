/**
 * Event Vault pages a whole array client-side; a cursor holds an item offset, so it resumes at the same guest with or
 * without `limit` (DESIGN section 5). And a page carries the attempts of the request that read the array.
 */
import { describe, expect, it } from 'vitest';
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
