/**
 * How test/docs/code-blocks.test.ts checks a documentation block: written to a directory as a module (one prelude
 * line, the code, `export {}`), type-checked with every other block in one TypeScript program (the repository's
 * tsconfig, `ticketkit` and `ticketkit/*` mapped to `src/`), then imported to run it, with `ticketkit*` imports pointed
 * at src/ and `vitest` at the collector of test/docs/mini-vitest.ts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import ts from 'typescript';
import { blockProvider, preludeOf, resolveTicketkit, ROOT, type DocBlock } from './blocks.js';
import { docsEnvironment } from './environment.js';
import { runCollectedSuite } from './mini-vitest.js';

const ENVIRONMENT = join(ROOT, 'test/docs/environment');
const MINI_VITEST = join(ROOT, 'test/docs/mini-vitest.ts');
/** Time for one block to run (the emulators answer in microseconds: a block that takes longer is stuck). */
export const RUN_BUDGET_MS = 20_000;

export const where = (block: DocBlock) => `${block.file}:${block.line}`;

/** The block as a module: prelude on line 1, the code from line 2, `export {}` so it is a module. */
function moduleText(block: DocBlock): string {
  return `${preludeOf(block, ENVIRONMENT)}\n${block.code}\nexport {};\n`;
}

/** What runs: `ticketkit*` imports point at src/, `vitest` at the collector. Same lines as the checked text. */
function runnableText(block: DocBlock): string {
  return moduleText(block).replace(/((?:from|import)\s*\(?\s*)(['"])(ticketkit(?:\/[a-z-]+)?|vitest)\2/g, (whole, lead: string, quote: string, specifier: string) => {
    const target = specifier === 'vitest' ? MINI_VITEST : resolveTicketkit(specifier);
    return target ? `${lead}${quote}${target}${quote}` : whole;
  });
}

export interface BlockChecker {
  /** Diagnostics per block (`file:line:col TSnnnn message`); empty when it type-checks. */
  diagnostics: Map<DocBlock, string[]>;
  /** Runs a `run` block; resolves with its console output, rejects with an error naming the block. */
  run(block: DocBlock): Promise<string[]>;
}

/** Writes the blocks to `dir` (relative to the repository root), type-checks them in one program, and readies them to run. */
export function checkBlocks(blocks: DocBlock[], dir: string): BlockChecker {
  const out = join(ROOT, dir);
  const fileOf = (block: DocBlock) => join(out, `${block.file.replace(/[/.]/g, '_')}__L${block.line}.ts`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const checked = blocks.filter((block) => block.mode !== 'not-checked');
  // Type-check the text as a user writes it (imports of `ticketkit`, `vitest`), then swap in the runnable text.
  for (const block of checked) writeFileSync(fileOf(block), moduleText(block));
  const diagnostics = typeCheck(checked, fileOf);
  for (const block of checked) if (block.mode === 'run') writeFileSync(fileOf(block), runnableText(block));
  return { diagnostics, run: (block) => run(block, fileOf(block)) };
}

/** Type-checks the blocks in one program; returns the diagnostics of each, as `file:line:col message`. */
function typeCheck(checked: DocBlock[], fileOf: (block: DocBlock) => string): Map<DocBlock, string[]> {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    baseUrl: ROOT,
    paths: {
      ticketkit: ['src/index.ts'],
      'ticketkit/equaticket': ['src/providers/equaticket/index.ts'],
      'ticketkit/eventbrite': ['src/providers/eventbrite/index.ts'],
      'ticketkit/event-schedule': ['src/providers/event-schedule/index.ts'],
      'ticketkit/seaty': ['src/providers/seaty/index.ts'],
      'ticketkit/event-vault': ['src/providers/event-vault/index.ts'],
      'ticketkit/*': ['src/*/index.ts'],
    },
  };
  const files = new Map(checked.map((block) => [fileOf(block), block]));
  const program = ts.createProgram([...files.keys()], options);
  const result = new Map<DocBlock, string[]>();
  for (const [file, block] of files) {
    const source = program.getSourceFile(file);
    const diagnostics = source ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)] : [];
    result.set(
      block,
      diagnostics.map((d) => {
        const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
        if (d.start === undefined || !d.file) return `${where(block)}: TS${d.code} ${message}`;
        const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
        const at = line === 0 ? `${where(block)} (prelude)` : `${block.file}:${block.line + line}:${character + 1 + block.indent}`;
        return `${at} TS${d.code} ${message}`;
      }),
    );
  }
  return result;
}

/** Runs one block: imports its module (which runs it), then the vitest suite it declared, if any. Console is captured. */
async function run(block: DocBlock, file: string): Promise<string[]> {
  const output: string[] = [];
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  for (const level of Object.keys(saved) as (keyof typeof saved)[]) console[level] = (...args: unknown[]) => void output.push(format(...args));
  let timer: NodeJS.Timeout | undefined;
  try {
    const work = (async () => {
      const module = (await import(file)) as { handleWebhook?: unknown };
      // A webhook receiver: its vendor's emulator sends it the deliveries of a sale (test/docs/environment.ts).
      if (typeof module.handleWebhook === 'function') {
        const deliveries = await docsEnvironment.deliverWebhooks(blockProvider(block), module.handleWebhook as (request: Request) => Promise<Response>);
        output.push(`handleWebhook answered 2xx to: ${deliveries.map((d) => d.type).join(', ')}`);
      }
      if (/from\s+['"]vitest['"]/.test(block.code) && /\b(?:it|test)\(/.test(block.code)) {
        const ran = await runCollectedSuite();
        if (ran.length === 0) throw new Error('the block declares vitest tests, but none ran');
        output.push(`ran: ${ran.join(', ')}`);
      }
    })();
    const budget = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${where(block)}: still running after ${RUN_BUDGET_MS} ms`)), RUN_BUDGET_MS);
    });
    await Promise.race([work, budget]);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`${where(block)}: the block threw ${detail}\n--- its console output ---\n${output.join('\n')}`, { cause: error });
  } finally {
    clearTimeout(timer);
    Object.assign(console, saved);
    process.exitCode = undefined;
  }
  return output;
}
