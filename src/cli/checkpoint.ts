/**
 * The checkpoint of an interrupted export: a small JSON file holding what the export was asked (never a credential),
 * the tagged resume cursor, and what was written (rows, bytes, the partial file, the CSV columns), so that
 * `ticketkit export --resume <file>` continues with nothing lost and nothing written twice.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { CsvColumn, ExportFormat, ExportResource, FormulaPolicy } from '../export/index.js';
import type { ProviderId } from '../index.js';

export const CHECKPOINT_KIND = 'ticketkit-export-checkpoint';

/** What the export was asked: enough to run it again, without a credential (those come from the environment). */
export interface ExportRequest {
  provider: ProviderId;
  resource: ExportResource;
  eventId: string | null;
  since: string | null;
  format: ExportFormat;
  fields: string[] | null;
  raw: boolean;
  /** The most rows, over every run of this export. */
  limit: number | null;
  baseUrl: string | null;
  csvFormulas: FormulaPolicy;
}

export interface Checkpoint {
  kind: typeof CHECKPOINT_KIND;
  version: 1;
  /** When and why it was saved (for people; not read back). */
  savedAt: string;
  reason: string;
  request: ExportRequest;
  /** Where the listing continues: the tagged cursor of the next page (`null`: the first page) and rows of it taken. */
  position: { cursor: string | null; skip: number };
  /** What the output already holds. */
  written: {
    rows: number;
    pages: number;
    /** Whether the opening text (CSV header, JSON `[`) was written. */
    started: boolean;
    /** The CSV columns, fixed by the first page (a resumed export writes the same ones). */
    columns: CsvColumn[] | null;
  };
  /** A file export's target and the partial file (and its length) that holds the rows written; or standard output. */
  output: { to: 'file'; path: string; partial: string; bytes: number } | { to: 'stdout'; bytes: number };
}

/** Writes a checkpoint atomically (a temp file renamed over it). */
export async function saveCheckpoint(path: string, checkpoint: Checkpoint): Promise<void> {
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, `${JSON.stringify(checkpoint, null, 2)}\n`, { flag: 'wx' });
  await rename(temp, path);
}

export async function removeCheckpoint(path: string): Promise<void> {
  await rm(path, { force: true });
}

/** Reads a checkpoint file; a file that is not one is an `Error` naming what is wrong. */
export async function loadCheckpoint(path: string): Promise<Checkpoint> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the checkpoint ${path}: ${(error as Error).message}`);
  }
  let value: Partial<Checkpoint>;
  try {
    value = JSON.parse(text) as Partial<Checkpoint>;
  } catch {
    throw new Error(`${path} is not a ticketkit export checkpoint (not JSON)`);
  }
  if (value?.kind !== CHECKPOINT_KIND) throw new Error(`${path} is not a ticketkit export checkpoint`);
  if (value.version !== 1) throw new Error(`${path} is a checkpoint of version ${String(value.version)}; this ticketkit reads version 1`);
  const ok =
    typeof value.request === 'object' &&
    value.request !== null &&
    typeof value.position === 'object' &&
    value.position !== null &&
    (value.position.cursor === null || typeof value.position.cursor === 'string') &&
    Number.isSafeInteger(value.position.skip) &&
    typeof value.written === 'object' &&
    value.written !== null &&
    Number.isSafeInteger(value.written.rows) &&
    typeof value.output === 'object' &&
    value.output !== null &&
    (value.output.to === 'stdout' || (value.output.to === 'file' && typeof value.output.partial === 'string' && typeof value.output.path === 'string'));
  if (!ok) throw new Error(`${path} is a damaged ticketkit export checkpoint`);
  return value as Checkpoint;
}
