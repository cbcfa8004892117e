/**
 * What every command of the `ticketkit` command line shares: where it reads and writes (`CliIo`), its shape
 * (`Command`), the exit codes, and the usage error with its did-you-mean.
 */
import type { ParseArgsConfig } from 'node:util';

/**
 * The exit codes of the command line. `mock-server` uses 0, 1 and 2; `export` all of them.
 * - 0 done;
 * - 1 the command failed, with nothing to resume;
 * - 2 the command line is wrong (unknown command, option, resource, provider or field; a bad or missing value);
 * - 3 credentials: a variable is missing or malformed, or the vendor refused them (401/403);
 * - 4 the vendor cannot do it (`UnsupportedCapabilityError`: no orders on Event Vault, no `--since` filter, ...);
 * - 5 interrupted but resumable: a checkpoint was saved and the command to continue printed.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, credentials: 3, unsupported: 4, resumable: 5 } as const;

/** Where the command line reads and writes, and how a long-running command learns that it should stop. */
export interface CliIo {
  /** Writes one line of text to standard output. */
  stdout(text: string): void;
  /** Writes one line to standard error. */
  stderr(text: string): void;
  /** Resolves with the signal's name when the process is asked to stop (SIGINT, SIGTERM). */
  stopped(): Promise<string>;
  /** Standard output as a byte stream, for data (`export` without `--out`). Default: `process.stdout`. */
  output?: NodeJS.WritableStream;
  /** The file standard output is redirected to, when it is one (shown in the command that resumes an export). */
  outputPath?: string | null;
  /** Set when standard error is a terminal: raw writes for a live progress line, and its width. */
  terminal?: { write(text: string): void; columns: number } | null;
  /** The environment credentials are read from. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths are resolved against. Default: `process.cwd()`. */
  cwd?: string;
  /** Where requests go. Default: the global `fetch` (tests pass an emulator's). */
  fetch?: typeof globalThis.fetch;
  /** A monotonic clock in ms, for progress rates. Default: `performance.now`. */
  now?: () => number;
}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Option lines of the command's help, beyond `--help`. */
  help: string;
  options: Options;
  required: string[];
  /** How many positional arguments the command takes (default none). */
  positionals?: { min: number; max: number };
  run(values: Values, io: CliIo, positionals: string[]): Promise<number>;
}

/** A command line that does not parse, or a value a command cannot take: exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: Command | null,
  ) {
    super(message);
  }
}

/** `" (did you mean --port?)"` when one of `known` is within two edits of `given`, else `""`. */
export function didYouMean(given: string, known: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(given, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best === null ? '' : ` (did you mean ${best}?)`;
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
