import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without declarations
import { measure } from '../../scripts/tsdoc-coverage.mjs';

const run = promisify(execFile);
const script = join(import.meta.dirname, '../../scripts/tsdoc-coverage.mjs');
const fixture = (name: string) => join(import.meta.dirname, 'fixtures/tsdoc', name);

type Measured = { exports: Array<{ name: string; documented: boolean }>; members: Array<{ name: string; documented: boolean }> };

describe('scripts/tsdoc-coverage.mjs', () => {
  it('counts exported names and members (nested object members too, private ones not) with their documentation', () => {
    const result = measure([{ subpath: './fixture', file: fixture('undocumented.d.ts') }]) as Measured;
    expect(result.exports.map((e) => [e.name.split(': ')[1], e.documented]).sort()).toEqual([
      ['Box', true],
      ['Thing', true],
      ['helper', false],
    ]);
    expect(result.members.map((m) => [m.name, m.documented]).sort()).toEqual([
      ['Box.open', true],
      ['Thing.name', true],
      ['Thing.nested', true],
      ['Thing.nested.a', true],
      ['Thing.nested.b', false],
      ['Thing.size', false],
    ]);
  });

  it('passes when everything is documented', async () => {
    const { stdout } = await run(process.execPath, [script, '--entry', fixture('documented.d.ts')]);
    expect(stdout).toContain('exported names: 2/2 documented (100.0 %');
    expect(stdout).toContain('members:        2/2 documented (100.0 %');
  }, 30_000);

  it('fails naming what is missing when a doc comment is missing', async () => {
    const failure = await run(process.execPath, [script, '--entry', fixture('undocumented.d.ts')]).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain('undocumented export: ticketkit/');
    expect(failure?.stdout).toMatch(/undocumented export: .*helper/);
    expect(failure?.stdout).toContain('undocumented member: Thing.size');
    expect(failure?.stdout).toContain('undocumented member: Thing.nested.b');
  }, 30_000);
});
