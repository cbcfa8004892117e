/**
 * Every TypeScript code block of README.md and docs/**\/*.md compiles and runs (issue 20).
 *
 * Each block is written to `.tmp/doc-blocks/` with one prelude line (the sample names it uses: test/docs/blocks.ts),
 * type-checked in one TypeScript program with the repository's tsconfig (`ticketkit` and `ticketkit/*` mapped to
 * `src/`), then imported, so it runs against the vendor emulators behind the global `fetch`
 * (test/docs/environment.ts). A block that is a vitest suite runs on a small collector (test/docs/mini-vitest.ts); a
 * block that exports `handleWebhook(request)` is then sent its vendor's signed webhooks and must answer them 2xx.
 * How a block opts out (`<!-- illustrative: reason -->`, `<!-- not-checked: reason -->`): test/docs/blocks.ts.
 * A failure names the markdown file and line. `DOCS_BLOCKS_OUTPUT=1` prints what each block printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allBlocks, type DocBlock } from './blocks.js';
import { checkBlocks, RUN_BUDGET_MS, where, type BlockChecker } from './check.js';
import { docsEnvironment, prepareDocsEnvironment } from './environment.js';

const blocks = allBlocks();

describe('code blocks of README.md and docs/', () => {
  let checker: BlockChecker;
  let restore = () => {};

  beforeAll(async () => {
    checker = checkBlocks(blocks, '.tmp/doc-blocks');
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
        expect(checker.diagnostics.get(block) ?? [], `${where(block)} does not type-check`).toEqual([]);
        if (block.mode !== 'run') return;
        docsEnvironment.reset();
        const output = await checker.run(block);
        // DOCS_BLOCKS_OUTPUT=1 shows what each block printed (to check the comments that say what it prints).
        if (process.env.DOCS_BLOCKS_OUTPUT === '1') process.stdout.write(`--- ${where(block)}\n${output.join('\n')}\n`);
      },
      RUN_BUDGET_MS + 10_000,
    );
  }
});
