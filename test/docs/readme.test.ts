/**
 * The README stays a README (issue 20): short, install first, the contributor quick start last, and every relative
 * link of README.md and docs/**\/*.md leads to a file (and heading) that exists.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentationFiles, ROOT } from './blocks.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** GitHub's anchor of a heading: lowercase, punctuation but `-` and `_` dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!.trim())));
}

describe('README.md', () => {
  it('is at most 25 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(25_000);
  });

  it('starts with what it is, the support table and `npm install ticketkit`', () => {
    const install = readme.indexOf('npm install ticketkit');
    expect(install).toBeGreaterThan(0);
    expect(readme.indexOf('<!-- support-table:start -->')).toBeLessThan(install);
    expect(readme.indexOf('for await (const order of tk.orders.list(')).toBeGreaterThan(install);
  });

  it('keeps the contributor quick start under "Developing ticketkit": the first two commands a clone needs', () => {
    const section = /\n## Developing ticketkit\n([\s\S]*?)(?:\n## |$)/.exec(readme)?.[1] ?? '';
    const commands = /```sh\n([\s\S]*?)```/.exec(section)?.[1]?.trim().split('\n');
    expect(commands).toEqual(['npm install && npm run demo', 'npm test']);
    expect(section).toContain('npm run bench');
  });
});

describe('links in README.md and docs/', () => {
  for (const file of documentationFiles()) {
    it(`${file}: every relative link leads somewhere`, () => {
      const text = readFileSync(join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
      const broken: string[] = [];
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue; // https:, mailto:
        const [path, anchor] = target!.split('#') as [string, string | undefined];
        const resolved = path === '' ? file : relative(ROOT, join(ROOT, dirname(file), path));
        if (!existsSync(join(ROOT, resolved))) {
          broken.push(`${target} (no ${resolved})`);
          continue;
        }
        if (anchor && resolved.endsWith('.md') && statSync(join(ROOT, resolved)).isFile() && !anchorsOf(resolved).has(anchor)) {
          broken.push(`${target} (no heading #${anchor} in ${resolved})`);
        }
      }
      expect(broken, `${file} has broken links`).toEqual([]);
    });
  }
});
