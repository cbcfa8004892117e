/**
 * What the normalized resources (`resources/*.ts`) need of an Eventbrite client, and nothing more: the native layer,
 * the normalize context of a call, and the log. The client builds one per instance (docs/vendors/eventbrite.md,
 * Code layout).
 */
import type { NormalizeContext } from '../../core/normalize.js';
import type { RequestOptions } from '../../core/pipeline.js';
import type { Log } from '../../internal/log.js';
import type { EventbriteNative } from './endpoints.js';

export const PROVIDER = 'eventbrite' as const;

export interface EventbriteContext {
  readonly provider: typeof PROVIDER;
  /** The native layer, unguarded: its errors reach the resources as they are (the resources are guarded). */
  readonly native: EventbriteNative;
  /** The normalize context of a call (`raw` from its options; data problems go to the client's log). */
  normalize(options: RequestOptions | undefined): NormalizeContext;
  readonly log: Log;
}

/** A context over `native` and `log`. The two normalize contexts (with and without `raw`) are built once. */
export function eventbriteContext(native: EventbriteNative, log: Log): EventbriteContext {
  const warn = (message: string, data?: Record<string, unknown>) => log.warn(message, data);
  const plain: NormalizeContext = { raw: false, warn };
  const withRaw: NormalizeContext = { raw: true, warn };
  return {
    provider: PROVIDER,
    native,
    log,
    normalize: (options) => (options?.raw === true ? withRaw : plain),
  };
}
