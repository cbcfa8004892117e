/**
 * The parsers of Event Schedule payloads, built once (module level): the plain reading of a record is checked by
 * the compiled accept path and used as it is (no copy); anything else goes to the lenient zod reading, which converts
 * the documented quirks or names the bad field (src/providers/event-schedule/schemas.ts). See
 * docs/vendors/event-schedule.md, "Speed".
 */
import type { z } from 'zod';
import { compileAcceptor } from '../../core/fast-parse.js';
import {
  EsAuthResultPlainSchema,
  EsAuthResultSchema,
  EsEventPlainSchema,
  EsEventSchema,
  EsFanContentPlainSchema,
  EsFanContentSchema,
  EsFeedbackPlainSchema,
  EsFeedbackSchema,
  EsGroupPlainSchema,
  EsGroupSchema,
  EsPageMetaPlainSchema,
  EsSalePlainSchema,
  EsSaleSchema,
  EsSchedulePlainSchema,
  EsScheduleSchema,
  EsCategorySchema,
  dataEnvelope,
  emptyMembersAsMap,
  listEnvelope,
  pageEnvelope,
  type EsPageMeta,
} from './schemas.js';

/** A record kind in its two readings, and the in-place step (if any) that brings a quirk to the plain reading. */
export interface EsRecordKind<T> {
  plain: z.ZodType;
  lenient: z.ZodType<T>;
  prepare?: (row: unknown) => void;
}

function kind<S extends z.ZodType>(plain: z.ZodType, lenient: S, prepare?: (row: unknown) => void): EsRecordKind<z.output<S>> {
  return { plain, lenient: lenient as unknown as z.ZodType<z.output<S>>, ...(prepare ? { prepare } : {}) };
}

/** The record kinds the native layer reads. */
export const ES_RECORDS = {
  group: kind(EsGroupPlainSchema, EsGroupSchema),
  schedule: kind(EsSchedulePlainSchema, EsScheduleSchema),
  event: kind(EsEventPlainSchema, EsEventSchema, emptyMembersAsMap),
  sale: kind(EsSalePlainSchema, EsSaleSchema),
  category: kind(EsCategorySchema, EsCategorySchema),
  authResult: kind(EsAuthResultPlainSchema, EsAuthResultSchema),
  feedback: kind(EsFeedbackPlainSchema, EsFeedbackSchema),
  fanContent: kind(EsFanContentPlainSchema, EsFanContentSchema),
};

/** One page of a paginated route: its rows and `meta`. */
export interface EsPage<T> {
  rows: T[];
  meta: EsPageMeta | null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const acceptMeta = compileAcceptor(EsPageMetaPlainSchema.nullish());

/** The parser of `{ data: [...], meta }` pages of one record kind. */
export function pageParser<T>(record: EsRecordKind<T>): (payload: unknown) => EsPage<T> {
  const acceptRow = compileAcceptor(record.plain);
  const lenient = pageEnvelope(record.lenient);
  const prepare = record.prepare;
  return (payload) => {
    if (isObject(payload) && Array.isArray(payload.data) && acceptMeta(payload.meta)) {
      const rows = payload.data as unknown[];
      let plain = true;
      for (let i = 0; i < rows.length && plain; i++) {
        if (prepare) prepare(rows[i]);
        plain = acceptRow(rows[i]);
      }
      if (plain) return { rows: rows as T[], meta: (payload.meta as EsPageMeta | undefined) ?? null };
    }
    const parsed = lenient.parse(payload) as { data: T[]; meta?: EsPageMeta | null };
    return { rows: parsed.data, meta: parsed.meta ?? null };
  };
}

/** The parser of `{ data: {...}, meta?: { message } }` (one record). */
export function recordParser<T>(record: EsRecordKind<T>): (payload: unknown) => T {
  const envelope = dataEnvelope(record.plain);
  const accept = compileAcceptor(envelope);
  const lenient = dataEnvelope(record.lenient);
  const prepare = record.prepare;
  return (payload) => {
    if (prepare && isObject(payload)) prepare(payload.data);
    return accept(payload) ? ((payload as { data: T }).data) : (lenient.parse(payload).data as T);
  };
}

/** The parser of `{ data: [...] }` (groups, categories: not paginated). */
export function listParser<T>(record: EsRecordKind<T>): (payload: unknown) => T[] {
  const accept = compileAcceptor(listEnvelope(record.plain));
  const lenient = listEnvelope(record.lenient);
  return (payload) => (accept(payload) ? (payload as { data: T[] }).data : (lenient.parse(payload).data as T[]));
}

/** Every parser the native layer uses, built once. */
export const ES_PARSE = {
  groupRecord: recordParser(ES_RECORDS.group),
  groups: listParser(ES_RECORDS.group),
  scheduleRecord: recordParser(ES_RECORDS.schedule),
  schedulePage: pageParser(ES_RECORDS.schedule),
  eventRecord: recordParser(ES_RECORDS.event),
  eventPage: pageParser(ES_RECORDS.event),
  saleRecord: recordParser(ES_RECORDS.sale),
  salePage: pageParser(ES_RECORDS.sale),
  categories: listParser(ES_RECORDS.category),
  authResult: recordParser(ES_RECORDS.authResult),
  feedbackPage: pageParser(ES_RECORDS.feedback),
  fanContentPage: pageParser(ES_RECORDS.fanContent),
};
