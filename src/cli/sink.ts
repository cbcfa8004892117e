/**
 * Where an export's text goes. A file is written under a `.partial` name beside it and renamed to its own name only
 * once complete (so an interrupted export never leaves a file that looks whole); standard output is written with
 * back-pressure, and a reader that goes away (`| head`) ends the export quietly instead of with an EPIPE stack.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, truncate, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The reader of standard output went away (EPIPE): the export stops quietly. */
export class OutputClosed extends Error {
  constructor(cause?: unknown) {
    super('the reader of standard output went away', { cause });
  }
}

export interface Sink {
  /** Bytes written so far (through this sink, plus those a resumed file already held). */
  readonly bytes: number;
  write(text: string): Promise<void>;
  /** The export is complete: flush, and for a file fsync it and rename it to its own name. */
  finish(): Promise<void>;
  /** The export stopped and will be resumed: keep what was written. */
  keep(): Promise<void>;
  /** The export failed with nothing to resume: remove what was written (a file's partial). */
  discard(): Promise<void>;
}

/** A file written as `<name>.<random>.partial`, renamed to `<name>` when complete. */
export class FileSink implements Sink {
  bytes: number;
  private constructor(
    readonly path: string,
    readonly partial: string,
    private handle: FileHandle | null,
    bytes: number,
  ) {
    this.bytes = bytes;
  }

  /** A new partial file beside `path`. */
  static async create(path: string): Promise<FileSink> {
    const partial = join(dirname(path), `${basename(path)}.${randomBytes(4).toString('hex')}.partial`);
    const handle = await open(partial, 'wx');
    return new FileSink(path, partial, handle, 0);
  }

  /**
   * Reopens the partial file of an interrupted export to append after its first `bytes` (a page written after the
   * checkpoint was saved is cut off, so it is written once, by the resumed export). A file shorter than that cannot
   * be continued without a gap: an error.
   */
  static async resume(path: string, partial: string, bytes: number): Promise<FileSink> {
    let size: number;
    try {
      size = (await stat(partial)).size;
    } catch (error) {
      throw new Error(`cannot resume: the partial file ${partial} is gone (${(error as Error).message})`);
    }
    if (size < bytes) throw new Error(`cannot resume: the partial file ${partial} holds ${size} bytes, fewer than the ${bytes} the checkpoint recorded`);
    if (size > bytes) await truncate(partial, bytes);
    const handle = await open(partial, 'a');
    return new FileSink(path, partial, handle, bytes);
  }

  async write(text: string): Promise<void> {
    if (text === '') return;
    const data = Buffer.from(text, 'utf8');
    await this.handle!.write(data);
    this.bytes += data.length;
  }

  async finish(): Promise<void> {
    const handle = this.handle!;
    this.handle = null;
    await handle.sync();
    await handle.close();
    await rename(this.partial, this.path);
  }

  async keep(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close();
  }

  async discard(): Promise<void> {
    await this.keep();
    await rm(this.partial, { force: true });
  }
}

/** Standard output (or any writable stream), with back-pressure; EPIPE and friends become `OutputClosed`. */
export class StreamSink implements Sink {
  bytes = 0;
  private closed: OutputClosed | null = null;
  private readonly onError = (error: unknown) => {
    this.closed ??= new OutputClosed(error);
    this.onClosed?.(this.closed);
  };

  constructor(
    private readonly stream: NodeJS.WritableStream,
    /** Called once when the stream fails or its reader goes away (the export stops fetching). */
    private readonly onClosed?: (reason: OutputClosed) => void,
  ) {
    stream.on('error', this.onError);
  }

  async write(text: string): Promise<void> {
    if (this.closed) throw this.closed;
    if (text === '') return;
    const data = Buffer.from(text, 'utf8');
    const ok = this.stream.write(data);
    this.bytes += data.length;
    if (!ok) await this.drained();
    if (this.closed) throw this.closed;
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }

  async finish(): Promise<void> {
    this.release();
    if (this.closed) throw this.closed;
  }

  async keep(): Promise<void> {
    this.release();
  }

  async discard(): Promise<void> {
    this.release();
  }

  /**
   * Stops listening. An error listener stays on the stream for good: a late EPIPE (the reader left after the last
   * write) must not become an uncaught exception.
   */
  private release(): void {
    this.stream.off('error', this.onError);
    if (!this.stream.listeners('error').includes(ignore)) this.stream.on('error', ignore);
  }
}

function ignore(): void {}
