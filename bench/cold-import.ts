/**
 * `npm run bench:import` (after `npm run build`): the time of a cold `import()` of each public entry point, each in a
 * fresh Node process, median of BENCH_ROUNDS (default 15) interleaved rounds. BENCH_COMPARE names more modules to
 * time beside them (e.g. `BENCH_COMPARE=openai` with openai installed next to the repo, or an absolute path).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './measure.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const dist = join(import.meta.dirname, '..', 'dist');
if (!existsSync(join(dist, 'index.js'))) {
  console.error('build first: npm run build');
  process.exit(1);
}
const targets: Record<string, string> = {
  zod: 'zod',
  ticketkit: join(dist, 'index.js'),
  'ticketkit/seaty': join(dist, 'seaty.js'),
  'ticketkit/eventbrite': join(dist, 'eventbrite.js'),
  'ticketkit/webhooks': join(dist, 'webhooks.js'),
  'ticketkit/testing': join(dist, 'testing.js'),
};
for (const name of (process.env.BENCH_COMPARE ?? '').split(',').filter(Boolean)) targets[name] = name;

const times: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, specifier] of Object.entries(targets)) {
    const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '..') });
    times[name]!.push(Number(String(out).trim()));
  }
}
console.log(`node ${process.version}; cold import(), median of ${ROUNDS} fresh processes\n\n| module | import |\n| --- | --- |`);
for (const [name, values] of Object.entries(times)) console.log(`| ${name} | ${median(values).toFixed(1)} ms |`);
