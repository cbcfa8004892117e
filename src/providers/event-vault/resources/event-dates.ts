/** Event Vault has no dates (nor a sessions list): both methods reject with `UnsupportedCapabilityError`. */
import { notSupported, notSupportedList } from '../../../core/guard.js';
import type { EventDatesResource, Unsupported } from '../../../client.js';
import { EV_PROVIDER } from '../context.js';

const NO_DATES = 'the Event Vault API has no dates (nor sessions list)';

/** Event Vault has no dates. */
export interface EventVaultEventDatesResource extends EventDatesResource {
  /** @deprecated Not supported by Event Vault: events have no dates in its API. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  list: Unsupported<EventDatesResource['list']>;
  /** @deprecated Not supported by Event Vault: events have no dates in its API. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  get: Unsupported<EventDatesResource['get']>;
}

export function eventDatesResource(): EventVaultEventDatesResource {
  return {
    list: notSupportedList(EV_PROVIDER, 'eventDates.list', NO_DATES),
    get: notSupported(EV_PROVIDER, 'eventDates.get', NO_DATES),
  };
}
