/**
 * The organization a client works in (docs/vendors/eventbrite.md, Credentials and transport): the configured one, else
 * looked up once via `GET /users/me/organizations/` and shared by the client and its `withOptions()` copies.
 */
import { AbortError, ConfigError } from '../../core/errors.js';
import type { RequestOptions } from '../../core/pipeline.js';
import type { Log } from '../../internal/log.js';
import { raceAbort } from '../../internal/transport.js';
import { PROVIDER } from './context.js';
import type { EventbriteNative } from './endpoints.js';
import { EB_PATHS } from './paths.js';
import { EbOrganizationSchema } from './schemas.js';

/** State shared by a client and its `withOptions()` copies (same token and organization). */
export interface EventbriteSession {
  token: string;
  organizationId: string | null;
  /** The lookup under way or done (`null`: none yet, or the last one failed). */
  organization: Promise<string> | null;
  /** The last write's waypoint token (docs/vendors/eventbrite.md, Credentials and transport). */
  waypoint: { token: string; at: number } | null;
}

/**
 * The organization id of a call: `explicit` (already checked by the native layer), else the session's, else the
 * lookup (one for the session; a failed one is not kept, so the next call tries again). The caller's signal stops
 * its own wait, never the shared lookup.
 */
export function resolveOrganization(
  session: EventbriteSession,
  lookup: () => Promise<string>,
  explicit: string | undefined,
  options?: RequestOptions,
): Promise<string> {
  if (explicit !== undefined) return Promise.resolve(explicit);
  if (session.organizationId !== null) return Promise.resolve(session.organizationId);
  if (session.organization === null) {
    const pending = lookup();
    session.organization = pending;
    pending.catch(() => {
      if (session.organization === pending) session.organization = null;
    });
  }
  return raceSignal(session.organization, options?.signal);
}

/** `GET /users/me/organizations/`: exactly one organization, else a `ConfigError` listing the ids found. */
export async function lookupOrganization(native: EventbriteNative, log: Log): Promise<string> {
  const page = await native.fetchPage({ path: EB_PATHS.userOrganizations('me'), key: 'organizations', schema: EbOrganizationSchema, state: null });
  const ids = page.items.map((o) => o.id);
  const p = page.pagination;
  const more = p?.has_more_items === true || (p?.page_count != null && p.page_count > 1) || (p?.object_count != null && p.object_count > ids.length);
  if (ids.length === 1 && !more) {
    log.info(`resolved the Eventbrite organization: ${ids[0]}`);
    return ids[0]!;
  }
  const found = ids.length === 0 ? 'none' : `${ids.join(', ')}${more ? ', and more' : ''}`;
  throw new ConfigError({
    provider: PROVIDER,
    message:
      ids.length === 0
        ? 'This Eventbrite token sees no organization; pass `organizationId` in the config.'
        : `This Eventbrite token sees ${more ? 'several' : ids.length} organizations (ids found: ${found}); pass \`organizationId\` in the config to choose one.`,
  });
}

/** Waits for a shared promise, giving up (without cancelling it) when this caller's signal aborts. */
function raceSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return raceAbort(promise, signal).catch((error: unknown) => {
    if (signal.aborted && error === signal.reason) {
      throw new AbortError({ provider: PROVIDER, message: 'The request was aborted while the Eventbrite organization was being resolved.' });
    }
    throw error;
  });
}
