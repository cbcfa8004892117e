/**
 * Post-build step: the bundled declarations import types from msw, an optional peer dependency. Each such import is
 * marked `// @ts-ignore` (the way Vite ships its optional `sass`/`less` types), so that a project without msw
 * type-checks ticketkit/testing (strict, skipLibCheck: false) with those types as `any`, while a project with msw
 * gets msw's own types (`mswHandlers(mock)` is an `HttpHandler[]` that `setupServer(...)` accepts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OPTIONAL_PEERS = ['msw'];
const dist = join(import.meta.dirname, '..', 'dist');
const from = new RegExp(`^import [^;]* from '(${OPTIONAL_PEERS.join('|')})(/[^']*)?';$`);
const inline = new RegExp(`import\\(['"](${OPTIONAL_PEERS.join('|')})(/[^'"]*)?['"]\\)`);

let marked = 0;
for (const name of readdirSync(dist)) {
  if (!/\.d\.c?ts$/.test(name)) continue;
  const file = join(dist, name);
  const lines = readFileSync(file, 'utf8').split('\n');
  const out = [];
  for (const [i, line] of lines.entries()) {
    if (inline.test(line)) throw new Error(`${name}:${i + 1}: an inline import() of an optional peer cannot be marked; import the type at the top of the module instead.`);
    const match = from.exec(line);
    if (match && !(lines[i - 1] ?? '').startsWith('// @ts-ignore')) {
      out.push(`// @ts-ignore ${match[1]} is an optional peer dependency of ticketkit: where it is not installed, its types are \`any\`.`);
      marked++;
    }
    out.push(line);
  }
  writeFileSync(file, out.join('\n'));
}
console.log(`optional-peer-types: ${marked} import(s) of ${OPTIONAL_PEERS.join(', ')} marked`);
