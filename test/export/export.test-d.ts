/**
 * The type contract of `ticketkit/export` (checked by tsc through vitest's typecheck mode): rows of a plain export
 * are the resource's normalized type, a projection or a vendor payload is a plain record, and every vendor's client
 * is accepted.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { exportItems, type ExportCheckpoint, type ExportPage, type ExportRow, type Formatter } from '../../src/export/index.js';
import { jsonFormatter } from '../../src/export/index.js';
import type { Attendee, Event, Order, SeatyClient, TicketType, TicketingClient } from '../../src/index.js';

declare const client: TicketingClient;
declare const seaty: SeatyClient;

describe('exportItems', () => {
  it('types rows by resource when they are the model, as records otherwise', () => {
    expectTypeOf(exportItems(client, { resource: 'orders' })).toEqualTypeOf<import('../../src/export/index.js').ExportRun<Order>>();
    expectTypeOf(exportItems(client, { resource: 'events' })[Symbol.asyncIterator]().next()).resolves.toMatchTypeOf<IteratorResult<Event>>();
    expectTypeOf(exportItems(seaty, { resource: 'ticket-types', eventId: 'e' }).pages()).toMatchTypeOf<AsyncIterable<ExportPage<TicketType>>>();
    expectTypeOf(exportItems(client, { resource: 'attendees' }).checkpoint).toEqualTypeOf<ExportCheckpoint>();
    expectTypeOf(exportItems(client, { resource: 'attendees', fields: ['id'] })).toEqualTypeOf<import('../../src/export/index.js').ExportRun<ExportRow>>();
    expectTypeOf(exportItems(client, { resource: 'attendees', raw: true })).toEqualTypeOf<import('../../src/export/index.js').ExportRun<ExportRow>>();
    expectTypeOf<Attendee>().toMatchTypeOf<object>();
  });

  it('formatters take any rows', () => {
    const format: Formatter = jsonFormatter();
    expectTypeOf(format.rows).parameter(0).toEqualTypeOf<readonly unknown[]>();
    // @ts-expect-error a resource that does not exist
    exportItems(client, { resource: 'tickets' });
  });
});
