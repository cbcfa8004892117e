/**
 * Event Vault lists are one array sliced client-side; `for await` still stops at an abort (issue 13 item 11): once
 * the call's signal is aborted, the next page is an `AbortError`, not another slice of the array in memory.
 */
import { describe, expect, it } from 'vitest';
import { AbortError } from '../../src/index.js';
import { guests, json, setup } from './helpers.js';

describe('an aborted signal ends a client-side listing', () => {
  it('for await: abort after the first page ends iteration with an AbortError (no further item, no request)', async () => {
    const { tk, seen } = setup([json(guests)]);
    const controller = new AbortController();
    const yielded: string[] = [];
    const error = await (async () => {
      for await (const a of tk.attendees.list({ limit: 2 }, { signal: controller.signal })) {
        yielded.push(a.email!);
        if (yielded.length === 2) controller.abort();
      }
    })().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(yielded).toEqual(['jane.doe@example.com', 'bob@example.com']);
    // Resumable like any failed page: the cursor of the page that was not read.
    expect((error as AbortError).itemsYielded).toBe(2);
    expect(typeof (error as AbortError).resumeCursor).toBe('string');
    expect(seen).toHaveLength(1);
  });

  it('getNextPage with an aborted signal, and pages() of tickets and ticket types, stop too', async () => {
    const tickets = [
      { EMAIL: 'a@example.com', TIER: 'VIP', sessionId: '' },
      { EMAIL: 'b@example.com', TIER: 'ENTRY', sessionId: '' },
      { EMAIL: 'c@example.com', TIER: 'ENTRY', sessionId: '' },
    ];
    const { tk } = setup([json(guests), json(tickets), json(tickets)]);
    const first = await tk.attendees.list({ limit: 1 });
    const controller = new AbortController();
    controller.abort();
    await expect(first.getNextPage({ signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    await expect(first.getNextPage()).resolves.toMatchObject({ data: [{ email: 'bob@example.com' }] });

    for (const list of [
      (signal: AbortSignal) => tk.tickets.list({ limit: 1 }, { signal }),
      (signal: AbortSignal) => tk.ticketTypes.list({ eventId: 'evt-1', limit: 1 }, { signal }),
    ]) {
      const c = new AbortController();
      const pages: number[] = [];
      const e = await (async () => {
        for await (const page of list(c.signal).pages()) {
          pages.push(page.data.length);
          c.abort();
        }
      })().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(AbortError);
      expect(pages).toEqual([1]);
    }
  });

  it('a signal aborted before the first page sends nothing', async () => {
    const { tk, seen } = setup([json(guests)]);
    const controller = new AbortController();
    controller.abort();
    await expect(tk.attendees.list({}, { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(seen).toHaveLength(0);
  });
});
