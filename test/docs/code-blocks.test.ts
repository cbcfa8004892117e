/**
 * Every TypeScript code block of README.md and docs/**\/*.md compiles and runs (issue 20).
 *
 * Each block is written to `.tmp/doc-blocks/` with one prelude line (the sample names it uses: test/docs/blocks.ts),
 * type-checked in one TypeScript program with the repository's tsconfig (`ticketkit` and `ticketkit/*` mapped to
 * `src/`), then imported, so it runs against the vendor emulators behind the global `fetch`
 * (test/docs/environment.ts). A block that is a vitest suite runs on a small collector (test/docs/mini-vitest.ts).
 * How a block opts out (`<!-- illustrative: reason -->`, `<!-- not-checked: reason -->`): test/docs/blocks.ts.
 * A failure names the markdown file and line. `DOCS_BLOCKS_OUTPUT=1` prints what each block printed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allBlocks, preludeOf, resolveTicketkit, ROOT, type DocBlock } from './blocks.js';
import { docsEnvironment, prepareDocsEnvironment } from './environment.js';
import { runCollectedSuite } from './mini-vitest.js';

const OUT = join(ROOT, '.tmp/doc-blocks');
const ENVIRONMENT = join(ROOT, 'test/docs/environment');
const MINI_VITEST = join(ROOT, 'test/docs/mini-vitest.ts');
/** Time for one block to run (the emulators answer in microseconds: a block that takes longer is stuck). */
const RUN_BUDGET_MS = 20_000;

const blocks = allBlocks();
const where = (block: DocBlock) => `${block.file}:${block.line}`;
const fileOf = (block: DocBlock) => join(OUT, `${block.file.replace(/[/.]/g, '_')}__L${block.line}.ts`);

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

/** Type-checks every checked block in one program; returns the diagnostics of each, as `file:line:col message`. */
function typeCheck(checked: DocBlock[]): Map<DocBlock, string[]> {
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
async function run(block: DocBlock): Promise<string[]> {
  const output: string[] = [];
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  for (const level of Object.keys(saved) as (keyof typeof saved)[]) console[level] = (...args: unknown[]) => void output.push(format(...args));
  let timer: NodeJS.Timeout | undefined;
  try {
    const work = (async () => {
      await import(fileOf(block));
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

describe('code blocks of README.md and docs/', () => {
  let diagnostics = new Map<DocBlock, string[]>();
  let restore = () => {};

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    // Type-check the text as a user writes it (imports of `ticketkit`, `vitest`), then swap in the runnable text.
    for (const block of blocks) if (block.mode !== 'not-checked') writeFileSync(fileOf(block), moduleText(block));
    diagnostics = typeCheck(blocks.filter((block) => block.mode !== 'not-checked'));
    for (const block of blocks) if (block.mode === 'run') writeFileSync(fileOf(block), runnableText(block));
    restore = docsEnvironment.install();
    await prepareDocsEnvironment();
  }, 240_000);

  afterAll(() => restore());

  it('finds the blocks, and every opt-out gives its reason', () => {
    expect(blocks.length).toBeGreaterThan(20);
    const unexplained = blocks.filter((block) => block.mode !== 'run' && !block.reason).map(where);
    expect(unexplained, 'an illustrative / not-checked block needs a reason: <!-- illustrative: why -->').toEqual([]);
    const bad = blocks.filter((block) => block.provider !== null && !['equaticket', 'eventbrite', 'event-schedule', 'seaty', 'event-vault'].includes(block.provider));
    expect(bad.map(where), 'an unknown <!-- provider: ... -->').toEqual([]);
  });

  for (const block of blocks) {
    if (block.mode === 'not-checked') continue;
    const title = `${where(block)}${block.mode === 'illustrative' ? ' (type-checked only)' : ''}`;
    it(
      title,
      async () => {
        expect(diagnostics.get(block) ?? [], `${where(block)} does not type-check`).toEqual([]);
        if (block.mode !== 'run') return;
        docsEnvironment.reset();
        const output = await run(block);
        // DOCS_BLOCKS_OUTPUT=1 shows what each block printed (to check the comments that say what it prints).
        if (process.env.DOCS_BLOCKS_OUTPUT === '1') process.stdout.write(`--- ${where(block)}\n${output.join('\n')}\n`);
      },
      RUN_BUDGET_MS + 10_000,
    );
  }
});
