/**
 * Event Vault's ticket types: configured in the console, not exposed by the API, so they are derived from the
 * tickets guests hold (`quantitySold` = holders); read-only (docs/vendors/event-vault.md, "What maps to what").
 */
import { mapResult } from '../../../core/compose.js';
import { NotFoundError } from '../../../core/errors.js';
import { notSupported } from '../../../core/guard.js';
import type { EventScopedListParams, TicketType } from '../../../core/model.js';
import type { NormalizeContext } from '../../../core/normalize.js';
import { assertListParams } from '../../../core/strict.js';
import type { TicketTypesResource, Unsupported } from '../../../client.js';
import { callOptions, eventOf, EV_PROVIDER, type EventVaultContext } from '../context.js';
import { EV_READS } from '../endpoints.js';
import { parseTicketTypeId } from '../ids.js';
import { itemParser, slicedList, validItems } from '../listing.js';
import { eventScope, groupByTier, ticketTypeFromTickets, type EventScope } from '../normalize.js';
import { EvTicketSchema, type EvTicket } from '../schemas.js';

/** The filters `ticketTypes.list` honours. */
export const EV_TICKET_TYPE_FILTERS = ['eventId'] as const;

const IN_CONSOLE = 'ticket types are configured in the Event Vault console, not through the API';

export const parseTicket = itemParser(EvTicketSchema);

/** Event Vault's ticket types: derived from the tickets guests hold; read-only. */
export interface EventVaultTicketTypesResource extends TicketTypesResource {
  /** @deprecated Not supported by Event Vault: ticket types are configured in its console, not through the API. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<TicketTypesResource['create']>;
  /** @deprecated Not supported by Event Vault: ticket types are configured in its console, not through the API. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  update: Unsupported<TicketTypesResource['update']>;
  /** @deprecated Not supported by Event Vault: ticket types are configured in its console, not through the API. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<TicketTypesResource['delete']>;
}

type TierGroup = readonly [tier: string, tickets: EvTicket[]];

function typesOf(groups: readonly TierGroup[], start: number, end: number, scope: EventScope, ctx: NormalizeContext): TicketType[] {
  const out = new Array<TicketType>(end - start);
  for (let i = start; i < end; i++) out[i - start] = ticketTypeFromTickets(groups[i]![0], groups[i]![1], scope, ctx);
  return out;
}

export function ticketTypesResource(ctx: EventVaultContext): EventVaultTicketTypesResource {
  const unsupported = (method: string) => notSupported(EV_PROVIDER, `ticketTypes.${method}`, IN_CONSOLE);
  return {
    list: (params: Partial<EventScopedListParams> = {}, options) => {
      assertListParams(EV_PROVIDER, 'ticketTypes.list', params, EV_TICKET_TYPE_FILTERS);
      const eventId = eventOf(ctx, params?.eventId);
      const scope = eventScope(eventId);
      return slicedList<TierGroup, TicketType>({
        ctx,
        resource: 'ticketTypes',
        filters: { eventId },
        params: params ?? {},
        options,
        source: 'GET /getAllTickets',
        load: (opts) => ctx.api.readArray(EV_READS.getAllTickets, eventId, undefined, opts),
        // Grouping needs every ticket's type: all are validated once, then the groups are sliced.
        prepare: (items) => [...groupByTier(validItems(items, parseTicket))],
        page: (groups, start, end, nctx) => typesOf(groups, start, end, scope, nctx),
      });
    },
    get: (id, options) => {
      const { eventId, ticketType } = parseTicketTypeId(id);
      const opts = callOptions(options);
      const read = ctx.api.read(EV_READS.getTicketsByType, eventId, { ticketType }, opts);
      return mapResult(EV_PROVIDER, 'read', read, (tickets) => {
        if (tickets.length === 0) {
          throw new NotFoundError({
            provider: EV_PROVIDER,
            message: `No guest of event ${eventId} holds a ticket of type ${JSON.stringify(ticketType)} (Event Vault only shows ticket types through the tickets that carry them).`,
          });
        }
        return ticketTypeFromTickets(ticketType, tickets, eventScope(eventId), ctx.normalizeContext(opts));
      });
    },
    create: unsupported('create'),
    update: unsupported('update'),
    delete: unsupported('delete'),
  };
}
