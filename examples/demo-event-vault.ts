/**
 * The Event Vault section of `npm run demo`, against the built-in Event Vault emulator (no keys, no network):
 * add guests, grant access tickets (an upsert), list guests and tickets, see a duplicate guest refused, and
 * watch a client with a wrong clock learn the offset from the server's `Date` header.
 */
import { isTicketingError, type TicketingClient } from '../src/index.js';
import type { EventVaultClient } from '../src/providers/event-vault/index.js';
import { createMockClient } from '../src/testing/index.js';

export async function runEventVaultDemo(log: (line: string) => void): Promise<void> {
  const mock = createMockClient({
    provider: 'event-vault',
    // One guest is already on the list (seeded); the rest are added through the API below.
    seed: (s) => void s.attendee({ name: 'Grace Hopper', email: 'grace@example.com', company: 'US Navy', jobTitle: 'Speaker', tickets: ['ENTRY'] }),
  });
  const vault = mock.client as unknown as EventVaultClient;

  // No event endpoint: the configured event is a stub (every descriptive field null).
  const [event] = await vault.events.list().toArray({ limit: 1 });
  log(`event ${event!.id} (stub: name=${event!.name}, status=${event!.status})`);

  // Add guests: plain-text "User added successfully." on the wire, a normalized Attendee here.
  const people = [
    { name: 'Ada Lovelace', email: 'ada@example.com', company: 'Analytical Engines', jobTitle: 'Speaker' },
    { name: 'Alan Turing', email: 'alan@example.com', company: 'Bletchley Park', jobTitle: 'Attendee' },
    { name: 'Katherine Johnson', email: 'katherine@example.com', company: 'NASA', jobTitle: 'Attendee', phone: '+15550100' },
  ];
  const added = [];
  for (const p of people) added.push(await vault.attendees.create(p));
  log(`added ${added.length} guests; ids are (event, email): ${added[0]!.id}`);

  // Grant access tickets. addTicket is an upsert: the second WORKSHOP grant moves Ada to another session.
  for (const a of added) await vault.tickets.grant({ attendeeId: a.id, ticketType: 'ENTRY' });
  await vault.tickets.grant({ attendeeId: added[0]!.id, ticketType: 'WORKSHOP', sessionId: 'morning' });
  await vault.tickets.grant({ attendeeId: added[0]!.id, ticketType: 'WORKSHOP', sessionId: 'afternoon' });

  // A duplicate guest is refused (409 → ConflictError); ensureAttendee treats it as "already there".
  try {
    await vault.attendees.create({ email: 'ada@example.com', name: 'Ada again' });
  } catch (error) {
    if (!isTicketingError(error)) throw error;
    log(`duplicate guest → ${error.name} status=${error.status} vendorCode=${error.vendorCode}: ${String(error.raw)}`);
  }
  const ensured = await vault.ensureAttendee({ email: 'ada@example.com' });
  log(`ensureAttendee(ada) → created=${ensured.created}, stored name ${ensured.attendee.name}`);

  // List: the vendor returns the whole array; ticketkit slices it client-side (one request for all pages).
  const before = mock.calls.length;
  for await (const a of vault.attendees.list({ limit: 2 })) {
    const tickets = await vault.tickets.list({ attendeeId: a.id }).toArray({ limit: 10 });
    const held = tickets.map((t) => (t.sessionId ? `${t.ticketType}@${t.sessionId}` : t.ticketType)).join(', ');
    log(`  ${a.name} <${a.email}> ${a.jobTitle ?? '-'} at ${a.company ?? '-'}: ${held}`);
  }
  const listRequests = mock.calls.slice(before).filter((c) => c.op === 'attendees.list').length;
  log(`attendees.list({ limit: 2 }) over ${added.length + 1} guests: ${listRequests} request to /getGuests`);

  // Ticket types are derived from the tickets guests hold; counts come from getGuestCount.
  for (const t of await vault.ticketTypes.list({ eventId: event!.id }).toArray({ limit: 10 })) {
    log(`  ticket type ${t.name}: ${t.quantitySold} holder(s)`);
  }
  const count = await vault.guestCount();
  log(`guestCount: ${count.guestCount} (maxAssignedUsers ${count.maxAssignedUsers})`);

  // Event Vault has no orders: the generic client says so up front and throws, sending nothing.
  const generic: TicketingClient = mock.client;
  log(`capabilities.orders.list = ${generic.capabilities.orders.list}, pagination = ${generic.capabilities.pagination}`);
  try {
    await generic.orders.list().toArray({ limit: 1 });
  } catch (error) {
    if (isTicketingError(error)) log(`orders.list → ${error.name}: ${error.message}`);
    else throw error;
  }

  // A host clock 10 minutes slow: the first request gets 408, the client learns the offset from Date, retries once.
  const slow = createMockClient({
    provider: 'event-vault',
    client: { clock: () => slow.clock() - 10 * 60 * 1000, logLevel: 'off' },
  });
  const slowVault = slow.client as unknown as EventVaultClient;
  await slowVault.attendees.list();
  log(`slow clock: statuses ${slow.calls.map((c) => c.status).join(' → ')}, learned offset ${slowVault.clockOffsetMs / 1000} s`);
}
