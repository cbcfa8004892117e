/**
 * `s.event()`: the first call returns the configured event (`evt-1`, which exists from the start); later calls add
 * other events of the emulated client (`evt-2`, ...). Event Vault keeps no event details, so the input only has to
 * be well-formed: the stub has every descriptive field `null`, whatever it says.
 */
import type { Event } from '../../../framework/contract.js';
import { assertSeedKeys, type SeedEventInput } from '../../../framework/index.js';
import { newEvent, type EvEnv } from '../state.js';
import { EV_EVENT_ID, EV_PROVIDER, toEvent } from '../wire.js';
import { bad, objectInput, optionalInstant, optionalOneOf, optionalText } from './common.js';

const EVENT_KEYS = ['name', 'description', 'slug', 'status', 'timezone', 'start', 'end', 'currency', 'createdAt'] as const;
/** The normalized event statuses (the declared contract's `EventStatus`). */
const EVENT_STATUSES = ['draft', 'scheduled', 'started', 'ended', 'cancelled', 'unknown'] as const;

function checkEventInput(input: SeedEventInput): void {
  for (const field of ['name', 'description', 'slug', 'timezone'] as const) optionalText(field, input[field]);
  optionalOneOf('status', input.status, EVENT_STATUSES);
  optionalInstant('start', input.start);
  optionalInstant('end', input.end, true);
  optionalInstant('createdAt', input.createdAt);
  if (input.currency !== undefined && !(typeof input.currency === 'string' && /^[A-Za-z]{3}$/.test(input.currency))) {
    throw bad('currency', `expected an ISO-4217 code such as USD, got ${JSON.stringify(input.currency)}`);
  }
}

/** The event builder (it remembers whether the configured event was handed out). */
export function eventBuilder(env: EvEnv): (given?: SeedEventInput) => Event {
  let configuredClaimed = false;
  return (given) => {
    const input = objectInput('event', given, true);
    assertSeedKeys(EV_PROVIDER, 'event', input, EVENT_KEYS);
    checkEventInput(input);
    if (!configuredClaimed) {
      // The first event a seed asks for is the configured one, so that `s.event()` then `s.attendee({ eventId })`
      // lands where `client.attendees.list()` and `client.events.list()` look.
      configuredClaimed = true;
      env.stamp();
      return toEvent(EV_EVENT_ID);
    }
    const id = `evt-${env.ids.next('event')}`;
    env.state.account.events.set(id, newEvent(id));
    env.stamp();
    return toEvent(id);
  };
}
