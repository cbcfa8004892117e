/**
 * Event Vault wire schemas (docs/vendors/event-vault.md, "Objects"). Responses are read leniently: unknown fields are
 * kept, and every field but the identifying ones is optional (optionality is not documented). Request bodies are
 * strict: a mistyped field is refused (naming the field meant) instead of being sent and ignored by the vendor.
 */
import { z } from 'zod';
import { idProblem } from '../../internal/path.js';
import { EV_EMAIL } from './ids.js';

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
/** Event Vault's v card object as `client.native` returns it (read leniently: fields Event Vault adds later are kept). */
export type EvVCard = z.infer<typeof EvVCardSchema>;

/** Items of `GET /getGuests` (docs/vendors/event-vault.md, "Objects"). The email is the guest's only identity. */
export const EvGuestSchema = z.looseObject({
  email: z.string(),
  country: optionalString,
  /** Meaning not documented; kept as given. */
  registered: z.boolean().nullish(),
  vCardData: EvVCardSchema.nullish(),
});
/** Event Vault's guest object as `client.native` returns it (read leniently: fields Event Vault adds later are kept). */
export type EvGuest = z.infer<typeof EvGuestSchema>;

/** Items of `getGuestTickets`, `getTicketsByType`, `getAllTickets` (docs/vendors/event-vault.md, "Objects"). Note the key casing. */
export const EvTicketSchema = z.looseObject({
  EMAIL: z.string(),
  TIER: z.string(),
  /** `""` means general admission. */
  sessionId: optionalString,
});
/** Event Vault's ticket object as `client.native` returns it (read leniently: fields Event Vault adds later are kept). */
export type EvTicket = z.infer<typeof EvTicketSchema>;

/** `GET /getGuestCount` (docs/vendors/event-vault.md, "Objects"). */
export const EvGuestCountSchema = z.looseObject({
  guestCount: z.number().int(),
  /** Meaning not documented. */
  maxAssignedUsers: z.number().int().nullish(),
});
/** Event Vault's guest count object as `client.native` returns it (read leniently: fields Event Vault adds later are kept). */
export type EvGuestCount = z.infer<typeof EvGuestCountSchema>;

export const EvGuestListSchema = z.array(EvGuestSchema);
export const EvTicketListSchema = z.array(EvTicketSchema);

// ---- request bodies (documented fields only; presence is all the vendor documents it checks) ----

/** A required id-like string: present, a valid id (see `idProblem`), and of `pattern` when given. */
function idString(what: string, pattern?: { test(text: string): boolean; description: string }) {
  return z.string({ error: `${what} is required` }).superRefine((value, ctx) => {
    const problem = idProblem(value) ?? (pattern && !pattern.test(value) ? `expected ${pattern.description}` : null);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
}

const guestEmail = () => idString('userEmail', EV_EMAIL);

export const EvAddGuestBodySchema = z.strictObject({
  /** The guest's key. */
  userEmail: guestEmail(),
  name: z.string().optional(),
  role: z.string().optional(),
  company: z.string().optional(),
  phone: z.string().optional(),
  url: z.string().optional(),
  /** Stored at the top level of the guest, not in `vCardData`. */
  country: z.string().optional(),
});
/** The add guest body that the matching `client.native` method sends to Event Vault. */
export type EvAddGuestBody = z.input<typeof EvAddGuestBodySchema>;

export const EvRemoveGuestBodySchema = z.strictObject({ userEmail: guestEmail() });
/** The remove guest body that the matching `client.native` method sends to Event Vault. */
export type EvRemoveGuestBody = z.input<typeof EvRemoveGuestBodySchema>;

export const EvAddTicketBodySchema = z.strictObject({
  userEmail: guestEmail(),
  ticketType: idString('ticketType'),
  /** Leave out (or `""`) for general admission. */
  sessionId: z
    .string()
    .superRefine((value, ctx) => {
      const problem = value === '' ? null : idProblem(value);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
});
/** The add ticket body that the matching `client.native` method sends to Event Vault. */
export type EvAddTicketBody = z.input<typeof EvAddTicketBodySchema>;

export const EvRemoveTicketBodySchema = z.strictObject({
  userEmail: guestEmail(),
  ticketType: idString('ticketType'),
});
/** The remove ticket body that the matching `client.native` method sends to Event Vault. */
export type EvRemoveTicketBody = z.input<typeof EvRemoveTicketBodySchema>;
