/**
 * Event Vault wire schemas (vendors/eventvault.md section 5). Lenient: unknown fields are kept, and every
 * field but the identifying ones is optional (reference Gaps #10: optionality is not documented).
 */
import { z } from 'zod';

const optionalString = z.string().nullish();

/** A guest's contact card (vCard property names). */
export const EvVCardSchema = z.looseObject({
  /** Full name (`addGuest.name`). */
  FN: optionalString,
  /** Role or job title (`addGuest.role`). */
  ROLE: optionalString,
  /** Company (`addGuest.company`). */
  ORG: optionalString,
  /** Phone (`addGuest.phone`). */
  TEL: optionalString,
  /** Website or profile URL (`addGuest.url`). */
  URL: optionalString,
});
export type EvVCard = z.infer<typeof EvVCardSchema>;

/** Items of `GET /getGuests` (section 5.1). The email is the guest's only identity. */
export const EvGuestSchema = z.looseObject({
  email: z.string(),
  country: optionalString,
  /** Meaning not documented (reference Gaps #8); kept as given. */
  registered: z.boolean().nullish(),
  vCardData: EvVCardSchema.nullish(),
});
export type EvGuest = z.infer<typeof EvGuestSchema>;

/** Items of `getGuestTickets`, `getTicketsByType`, `getAllTickets` (section 5.2). Note the key casing. */
export const EvTicketSchema = z.looseObject({
  EMAIL: z.string(),
  TIER: z.string(),
  /** `""` means general admission. */
  sessionId: optionalString,
});
export type EvTicket = z.infer<typeof EvTicketSchema>;

/** `GET /getGuestCount` (section 5.3). */
export const EvGuestCountSchema = z.looseObject({
  guestCount: z.number().int(),
  /** Meaning not documented (reference Gaps #9). */
  maxAssignedUsers: z.number().int().nullish(),
});
export type EvGuestCount = z.infer<typeof EvGuestCountSchema>;

export const EvGuestListSchema = z.array(EvGuestSchema);
export const EvTicketListSchema = z.array(EvTicketSchema);

// ---- request bodies (section 4). Only presence is documented; extra keys are sent as given. ----

const requiredString = (what: string) => z.string({ error: `${what} is required` }).min(1, `${what} must not be empty`);

export const EvAddGuestBodySchema = z.looseObject({
  userEmail: requiredString('userEmail'),
  name: z.string().optional(),
  role: z.string().optional(),
  company: z.string().optional(),
  phone: z.string().optional(),
  url: z.string().optional(),
  /** Stored at the top level of the guest, not in `vCardData`. */
  country: z.string().optional(),
});
export type EvAddGuestBody = z.input<typeof EvAddGuestBodySchema>;

export const EvRemoveGuestBodySchema = z.looseObject({ userEmail: requiredString('userEmail') });
export type EvRemoveGuestBody = z.input<typeof EvRemoveGuestBodySchema>;

export const EvAddTicketBodySchema = z.looseObject({
  userEmail: requiredString('userEmail'),
  ticketType: requiredString('ticketType'),
  /** Leave out (or `""`) for general admission. */
  sessionId: z.string().optional(),
});
export type EvAddTicketBody = z.input<typeof EvAddTicketBodySchema>;

export const EvRemoveTicketBodySchema = z.looseObject({
  userEmail: requiredString('userEmail'),
  ticketType: requiredString('ticketType'),
});
export type EvRemoveTicketBody = z.input<typeof EvRemoveTicketBodySchema>;
