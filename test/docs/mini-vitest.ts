/**
 * What a documentation block that is a vitest suite imports instead of `vitest` when test/docs/code-blocks.test.ts
 * runs it: `describe`, `it`/`test` and the four hooks collect the suite, `runCollectedSuite()` then runs it in order
 * (hooks around every test, nested `describe`s included); `expect` and `vi` are vitest's own.
 */
export { expect, vi } from 'vitest';

type Fn = () => unknown;
interface Suite {
  name: string;
  tests: Array<{ name: string; fn: Fn } | Suite>;
  beforeAll: Fn[];
  afterAll: Fn[];
  beforeEach: Fn[];
  afterEach: Fn[];
}

const newSuite = (name: string): Suite => ({ name, tests: [], beforeAll: [], afterAll: [], beforeEach: [], afterEach: [] });
let root = newSuite('');
let current = root;

export function describe(name: string, body: () => void): void {
  const suite = newSuite(name);
  current.tests.push(suite);
  const parent = current;
  current = suite;
  try {
    body();
  } finally {
    current = parent;
  }
}
export function it(name: string, fn: Fn): void {
  current.tests.push({ name, fn });
}
export const test = it;
export const beforeAll = (fn: Fn) => void current.beforeAll.push(fn);
export const afterAll = (fn: Fn) => void current.afterAll.push(fn);
export const beforeEach = (fn: Fn) => void current.beforeEach.push(fn);
export const afterEach = (fn: Fn) => void current.afterEach.push(fn);

/** Runs what the last imported block collected; returns the names of the tests run. Throws the first failure. */
export async function runCollectedSuite(): Promise<string[]> {
  const suite = root;
  root = newSuite('');
  current = root;
  const ran: string[] = [];
  await runSuite(suite, [], [], ran);
  return ran;
}

async function runSuite(suite: Suite, before: Fn[], after: Fn[], ran: string[]): Promise<void> {
  for (const hook of suite.beforeAll) await hook();
  try {
    const beforeEach = [...before, ...suite.beforeEach];
    const afterEach = [...suite.afterEach, ...after];
    for (const entry of suite.tests) {
      if ('tests' in entry) {
        await runSuite(entry, beforeEach, afterEach, ran);
        continue;
      }
      for (const hook of beforeEach) await hook();
      try {
        await entry.fn();
      } catch (error) {
        throw new Error(`test "${[suite.name, entry.name].filter(Boolean).join(' > ')}" failed: ${String(error)}`, { cause: error });
      } finally {
        for (const hook of afterEach) await hook();
      }
      ran.push(entry.name);
    }
  } finally {
    for (const hook of suite.afterAll) await hook();
  }
}
