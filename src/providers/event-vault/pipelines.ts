/**
 * The pipelines of the other events a client works on (the native `eventId` option, `list({ eventId })`, ids of
 * another event): `x-event-id` is a header of the wire, so each event has its own pipeline. They are kept in a small
 * least-recently-used cache, so that a long-lived client that touches many events holds a bounded number.
 */
import type { HttpPipeline } from '../../core/pipeline.js';

/** How many other events' pipelines a client keeps (an SDK choice: building one costs microseconds). */
export const EV_EVENT_PIPELINES_MAX = 16;

export class EventPipelines {
  private readonly cache = new Map<string, HttpPipeline>();

  constructor(
    private readonly build: (eventId: string) => HttpPipeline,
    private readonly max = EV_EVENT_PIPELINES_MAX,
  ) {}

  /** The pipeline of `eventId` (a checked event id), built on first use; the least recently used one is let go. */
  get(eventId: string): HttpPipeline {
    let pipeline = this.cache.get(eventId);
    if (pipeline) {
      // Map keeps insertion order: moving the entry to the end makes the first entry the least recently used.
      this.cache.delete(eventId);
    } else {
      pipeline = this.build(eventId);
      if (this.cache.size >= this.max) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(eventId, pipeline);
    return pipeline;
  }

  /** How many pipelines are kept. */
  get size(): number {
    return this.cache.size;
  }
}
