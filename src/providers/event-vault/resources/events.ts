/**
 * Event Vault's events: the API has no event endpoint, so the configured event (or a given id) is returned as a stub,
 * every descriptive field `null`, without a request (docs/vendors/event-vault.md, "What maps to what").
 */
import { APIPromise } from '../../../core/api-promise.js';
import { notSupported } from '../../../core/guard.js';
import type { Event, EventListParams } from '../../../core/model.js';
import { singlePage } from '../../../core/pagination.js';
import { assertListParams } from '../../../core/strict.js';
import type { EventsResource, Unsupported } from '../../../client.js';
import { callOptions, EV_PROVIDER, type EventVaultContext } from '../context.js';
import { eventIdOf } from '../ids.js';
import { stubEvent } from '../normalize.js';

const NO_EVENT_ENDPOINT = 'Event Vault has no event endpoint (events are managed in its console)';

/** Event Vault's events: the configured event (or a given id) as a stub, since the API has no event endpoint. */
export interface EventVaultEventsResource extends EventsResource {
  /** @deprecated Not supported by Event Vault: Event Vault has no event endpoint (events are managed in its console). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<EventsResource['create']>;
  /** @deprecated Not supported by Event Vault: Event Vault has no event endpoint (events are managed in its console). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  update: Unsupported<EventsResource['update']>;
  /** @deprecated Not supported by Event Vault: Event Vault has no event endpoint (events are managed in its console). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  publish: Unsupported<EventsResource['publish']>;
  /** @deprecated Not supported by Event Vault: Event Vault has no event endpoint (events are managed in its console). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  cancel: Unsupported<EventsResource['cancel']>;
  /** @deprecated Not supported by Event Vault: Event Vault has no event endpoint (events are managed in its console). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<EventsResource['delete']>;
}

export function eventsResource(ctx: EventVaultContext): EventVaultEventsResource {
  const unsupported = (method: string) => notSupported(EV_PROVIDER, `events.${method}`, NO_EVENT_ENDPOINT);
  return {
    list: (params: EventListParams = {}, options) => {
      assertListParams(EV_PROVIDER, 'events.list', params, []);
      return singlePage<Event>({
        provider: EV_PROVIDER,
        resource: 'events',
        filters: {},
        limit: params?.limit,
        cursor: params?.cursor,
        options,
        load: async (opts) => ({ items: [stubEvent(ctx.eventId, ctx.normalizeContext(opts))], attempts: [] }),
      });
    },
    get: (id, options) => {
      const eventId = eventIdOf(id, 'id');
      const event = stubEvent(eventId, ctx.normalizeContext(callOptions(options)));
      return APIPromise.from(
        Promise.resolve({ data: event, response: null, requestId: null, attempts: [], idempotencyKey: null, idempotentReplayed: false }),
      );
    },
    create: unsupported('create'),
    update: unsupported('update'),
    publish: unsupported('publish'),
    cancel: unsupported('cancel'),
    delete: unsupported('delete'),
  };
}
