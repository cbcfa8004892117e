/**
 * The normalized listings read pages through the compiled accept path (`fastParser`): a page zod would return
 * unchanged is used as it is, without zod's copy. That holds only if the "sent" schemas describe what Eventbrite
 * really sends (no default to fill, no transform), so every real captured payload and every emulator page must pass
 * `compileAcceptor` as it is; otherwise the walk silently falls back to zod on every page.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileAcceptor } from '../../src/core/fast-parse.js';
import {
  EbAttendeeSentSchema,
  EbEventSentSchema,
  EbOrderSentSchema,
  EbOrganizationSentSchema,
  EbTicketClassSentSchema,
} from '../../src/providers/eventbrite/schemas.js';
import { createMockClient, type MockClient } from '../../src/testing/index.js';
import { fixture } from './helpers.js';

const SCHEMAS = {
  events: EbEventSentSchema,
  ticket_classes: EbTicketClassSentSchema,
  orders: EbOrderSentSchema,
  attendees: EbAttendeeSentSchema,
  organizations: EbOrganizationSentSchema,
} as const;
type ListKey = keyof typeof SCHEMAS;

/** The page as the list parser reads it: `{ <key>: [items] }` (loose), items by the sent schema. */
function acceptsPage(key: ListKey, page: unknown): boolean {
  return compileAcceptor(z.looseObject({ [key]: z.array(SCHEMAS[key]) }))(page);
}

/** The items the accept path refuses, with zod's verdict on each (for a readable failure). */
function refused(key: ListKey, items: unknown[]): Array<{ index: number; zod: string }> {
  const accept = compileAcceptor(SCHEMAS[key]);
  return items.flatMap((item, index) => {
    if (accept(item)) return [];
    const result = SCHEMAS[key].safeParse(item);
    return [{ index, zod: result.success ? 'accepted, but changed the value' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }];
  });
}

describe('the real captured payloads pass the accept path as they are', () => {
  it.each([
    ['events-page.json', 'events'],
    ['ticket-classes-page.json', 'ticket_classes'],
    ['orders-page.json', 'orders'],
    ['attendees-page.json', 'attendees'],
  ] as const)('%s (every %s item, and the page)', (file, key) => {
    const page = fixture(file);
    expect(page[key].length).toBeGreaterThan(0);
    expect(refused(key, page[key])).toEqual([]);
    expect(acceptsPage(key, page)).toBe(true);
  });

  it.each([
    ['event.json', 'events'],
    ['event-series-parent.json', 'events'],
    ['order.json', 'orders'],
    ['ticket-class-free.json', 'ticket_classes'],
  ] as const)('%s (a single %s object)', (file, key) => {
    expect(refused(key, [fixture(file)])).toEqual([]);
  });
});

describe('the emulator pages pass the accept path as they are', () => {
  let m: MockClient<'eventbrite'>;
  const ids = { event: '', series: '' };

  async function page(path: string): Promise<any> {
    const response = await m.fetch(`https://www.eventbriteapi.com/v3${path}`, { headers: { authorization: `Bearer ${m.credentials.token}` } });
    expect(response.status).toBe(200);
    return response.json();
  }

  it('events (single, series parent with dates, venue, logo), ticket classes, orders with attendees, attendees, organizations', async () => {
    m = createMockClient({
      provider: 'eventbrite',
      seed: (s) => {
        const event = s.event({ name: 'Gala', venue: { name: 'Hall', address: '1 Main St' }, logo: true });
        ids.event = event.id;
        const ga = s.ticketType({ eventId: event.id, name: 'GA', price: { amount: 2500, currency: 'USD' } });
        s.ticketType({ eventId: event.id, name: 'Free', price: null });
        s.order({ eventId: event.id, lines: [{ ticketTypeId: ga.id, quantity: 2 }] });
        s.order({ eventId: event.id, status: 'refunded' });
        s.attendee({ eventId: event.id, name: 'Ada', company: 'Acme', phone: '+1 555', checkedIn: true });
        const series = s.event({ name: 'Weekly', isSeries: true, isOnline: true });
        ids.series = series.id.split(':')[1]!;
        s.eventDate({ eventId: series.id });
        s.eventDate({ eventId: series.id });
        s.organization({ name: 'Second' });
      },
    }) as MockClient<'eventbrite'>;
    const org = m.credentials.organizationId as string;
    const pages: Array<[ListKey, string]> = [
      ['events', `/organizations/${org}/events/?show_series_parent=true&status=all&expand=venue`],
      ['events', `/series/${ids.series}/events/`],
      ['ticket_classes', `/events/${ids.event}/ticket_classes/`],
      ['orders', `/events/${ids.event}/orders/?expand=attendees`],
      ['orders', `/organizations/${org}/orders/?expand=attendees`],
      ['attendees', `/events/${ids.event}/attendees/`],
      ['organizations', '/users/me/organizations/'],
    ];
    for (const [key, path] of pages) {
      const body = await page(path);
      expect(body[key].length, path).toBeGreaterThan(0);
      expect(refused(key, body[key]), path).toEqual([]);
      expect(acceptsPage(key, body), path).toBe(true);
    }
  });
});
