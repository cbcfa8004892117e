/** Seed builders of schedules (`s.schedule`, an event's `talent`) and the opt-in rate limits (`s.rateLimits`). */
import { insertSchedule, liveSchedule, scheduleJson, type EsPlan } from '../state.js';
import { ES_DEFAULT_SCHEDULE, ES_READ_LIMIT, ES_WRITE_LIMIT, isTimeZone, type EsScheduleWire } from '../wire.js';
import { bad, count, oneOf, seedKeys, text, type SeedContext } from './common.js';
import type { EsSeedScheduleInput, EsSeedTalentInput } from './types.js';

const SCHEDULE_TYPES = ['venue', 'talent', 'curator'] as const;
const PLANS: readonly EsPlan[] = ['free', 'pro', 'enterprise'];

/** The subdomains of an event's talent schedules (created for performers given by name). */
export function talentOf(c: SeedContext, talent: Array<string | EsSeedTalentInput>): string[] {
  if (!Array.isArray(talent)) throw bad('talent', 'expected an array of talent schedule subdomains or performers');
  return talent.map((entry, i) => {
    if (typeof entry === 'string') {
      const row = liveSchedule(c.state, entry);
      if (!row || row.wire.type !== 'talent') throw bad(`talent.${i}`, `no seeded talent schedule ${JSON.stringify(entry)} (create one with s.schedule({ type: 'talent' }))`);
      return row.wire.subdomain;
    }
    seedKeys('talent', entry);
    if (typeof entry.name !== 'string' || entry.name.trim() === '') throw bad(`talent.${i}.name`, 'a performer needs a name');
    const row = insertSchedule(
      c.env,
      c.state,
      c.state.defaultUserId,
      {
        name: entry.name,
        type: 'talent',
        email: text(`talent.${i}.email`, entry.email, true) ?? null,
        youtube_url: text(`talent.${i}.youtubeUrl`, entry.youtubeUrl, true) ?? null,
        timezone: ES_DEFAULT_SCHEDULE.timezone,
      },
      'pro',
      c.env.now(),
    );
    return row.wire.subdomain;
  });
}

export function seedSchedule(c: SeedContext, input: EsSeedScheduleInput = {}): EsScheduleWire {
  seedKeys('schedule', input, true);
  input ??= {};
  if (input.timezone !== undefined && !isTimeZone(input.timezone)) throw bad('timezone', `not an IANA time zone: ${JSON.stringify(input.timezone)}`);
  const row = insertSchedule(
    c.env,
    c.state,
    c.state.defaultUserId,
    {
      name: text('name', input.name) ?? `Schedule ${c.state.scheduleOrder.length + 1}`,
      type: oneOf('type', input.type, SCHEDULE_TYPES) ?? 'venue',
      timezone: input.timezone ?? ES_DEFAULT_SCHEDULE.timezone,
      address1: text('address1', input.address1, true) ?? null,
      city: text('city', input.city, true) ?? null,
      email: text('email', input.email, true) ?? null,
      youtube_url: text('youtubeUrl', input.youtubeUrl, true) ?? null,
    },
    oneOf('plan', input.plan, PLANS) ?? 'pro',
    c.env.stamp(),
  );
  return scheduleJson(row);
}

export function seedRateLimits(c: SeedContext, input: { reads?: number; writes?: number } = {}): void {
  seedKeys('rateLimits', input, true);
  input ??= {};
  const reads = count('reads', input.reads, 1);
  const writes = count('writes', input.writes, 1);
  c.env.rateLimits.enforced = true;
  c.state.rate.reads = reads ?? ES_READ_LIMIT;
  c.state.rate.writes = writes ?? ES_WRITE_LIMIT;
}
