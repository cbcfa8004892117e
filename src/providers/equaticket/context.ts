/**
 * What the normalized resources need from the client, and no more: the vendor's native layer, one page of a list
 * endpoint, and the normalize context of a call. Each resource module (./resources) is written against it.
 */
import type { RequestOptions } from '../../core/pipeline.js';
import type { EquaticketNative } from './native.js';
import type { EqNormalizeContext } from './normalize.js';
import type { EqPage, EqPageRequest } from './pagination.js';

export const PROVIDER = 'equaticket' as const;

export interface EquaticketContext {
  readonly provider: typeof PROVIDER;
  /** Equaticket's API, unguarded: each resource is guarded as a whole by the client. */
  readonly native: EquaticketNative;
  /** Fetches and parses one page of a list endpoint (the normalized listings map its items). */
  listPage<T>(request: EqPageRequest<T>): Promise<EqPage<T>>;
  /** The normalize context of one call or page: `raw` from its options, the envelope's `livemode`, warnings to the log. */
  normalizeContext(options: RequestOptions | undefined, livemode: boolean | null): EqNormalizeContext;
}
