/**
 * The package as a user gets it (`npm run test:package`; .ci/run runs it).
 *
 * A fresh copy of the repository (what a clone holds: tracked and new files, no dist/) is packed with `npm pack`, whose
 * `prepare` script builds it. That is also what a git install does: npm clones the repository, installs its
 * dependencies and packs the clone the same way; here the repository's node_modules stands in for that install, so
 * nothing touches the network. The tarball is then checked (attw with its default profile, publint --strict, its
 * files and size) and installed into fresh consumer projects in a temp folder (consumers.ts): the tarball is extracted
 * into node_modules/ticketkit and only the runtime dependencies its package.json declares are linked from this
 * repository's node_modules, so an undeclared dependency fails here as it would for a user. Each consumer must pass
 * `tsc` (strict, skipLibCheck: false) with the repository's TypeScript, and the runnable ones run with node.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumers, type Consumer } from './consumers.js';

const repo = join(import.meta.dirname, '../..');
const repoModules = join(repo, 'node_modules');
const tsc = join(repoModules, 'typescript', 'bin', 'tsc');
/** The unpacked size the package must stay under (README, "Install"). */
const MAX_UNPACKED_BYTES = 2.5 * 1000 * 1000;

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion (never rejects on a non-zero exit: the caller asserts the code). */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ code, stdout, stderr: error !== null && code === null ? `${stderr}\n${error.message}` : stderr });
    });
  });
}

function npm(args: readonly string[], cwd: string): Promise<Result> {
  // No network for npm: offline, no audit, no update check. No colour: a CI that forces colour (FORCE_COLOR) would
  // otherwise put ANSI escapes, `\x1b[34m`, into the build output that precedes `npm pack --json`'s answer.
  const env = {
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_color: 'false',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  const cli = process.env.npm_execpath;
  return cli !== undefined && /npm-cli\.js$/.test(cli) ? run(process.execPath, [cli, ...args], cwd, env) : run('npm', args, cwd, env);
}

/** `expect(result).toSucceed()`-like, with the command's output in the failure message. */
function expectOk(result: Result, what: string): void {
  expect(result.code, `${what} failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
}

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string; size: number }>;
}

let work: string;
let tarball: string;
let packed: Packed;
let manifest: {
  version: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  exports: Record<string, unknown>;
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ticketkit-package-'));

  // A fresh copy: the files a clone holds (plus new, not yet committed ones), without dist/ or anything ignored.
  const clone = join(work, 'clone');
  const listed = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repo);
  expectOk(listed, 'git ls-files');
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(repo, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(join(repo, file), join(clone, file));
  }
  expect(existsSync(join(clone, 'dist'))).toBe(false);
  symlinkSync(repoModules, join(clone, 'node_modules'), 'junction');

  const pack = await npm(['pack', '--json', '--pack-destination', work], clone);
  expectOk(pack, 'npm pack');
  [packed] = packResult(pack.stdout);
  tarball = join(work, packed.filename);
  manifest = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')) as typeof manifest;
});

/** `npm pack --json`'s answer: the JSON array after whatever the `prepare` build printed to stdout. */
function packResult(stdout: string): [Packed] {
  const start = /^\[\s*\{/m.exec(stdout);
  expect(start, `no JSON array in npm pack's output:\n${stdout}`).not.toBeNull();
  return JSON.parse(stdout.slice(start!.index)) as [Packed];
}

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

/** A consumer project: its files, and node_modules with the extracted tarball and ticketkit's declared dependencies. */
async function install(consumer: Consumer): Promise<string> {
  const dir = join(work, consumer.name);
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, 'ticketkit'), { recursive: true });
  expectOk(await run('tar', ['-xzf', tarball, '-C', join(modules, 'ticketkit'), '--strip-components=1'], dir), 'tar');
  for (const name of [...Object.keys(manifest.dependencies), '@types/node', ...(consumer.with ?? [])]) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(repoModules, name), join(modules, name), 'junction');
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${consumer.name}`, private: true, type: consumer.type }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: consumer.compilerOptions, include: ['src'] }, null, 2));
  for (const [file, text] of Object.entries(consumer.files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('the packed tarball', () => {
  it('holds the build (every export target and the bin), no source maps or sources, and stays under 2.5 MB unpacked', () => {
    const paths = new Set(packed.files.map((f) => f.path));
    const targets: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(manifest.exports);
    expect(targets.length).toBeGreaterThan(20);
    for (const target of [...targets, ...Object.values(manifest.bin).map((b) => b.replace(/^\.\//, ''))]) {
      expect(paths.has(target), target).toBe(true);
    }
    expect([...paths].filter((p) => p.endsWith('.map') || p.startsWith('src/') || p.startsWith('test/'))).toEqual([]);
    expect(paths.has('README.md')).toBe(true);
    console.log(`ticketkit ${manifest.version}: ${packed.files.length} files, ${(packed.size / 1000).toFixed(0)} kB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked`);
    expect(packed.unpackedSize).toBeLessThanOrEqual(MAX_UNPACKED_BYTES);
  });

  it('a vendor subpath loads no other vendor: its static import graph (ESM and CommonJS) holds no other vendor\'s host', async () => {
    const dir = await install({ name: 'isolation', type: 'module', compilerOptions: {}, files: {} } as unknown as Consumer);
    const dist = join(dir, 'node_modules', 'ticketkit', 'dist');
    // Each vendor's API host: a string only that vendor's code holds.
    const hosts: Record<string, string> = {
      equaticket: 'app.equaticket.com',
      eventbrite: 'eventbriteapi.com',
      'event-schedule': 'eventschedule.com',
      seaty: 'seaty.co.uk',
      'event-vault': 'api.event-vault.com',
    };
    const graph = (entry: string): string[] => {
      const seen = new Set<string>();
      const visit = (file: string): void => {
        if (seen.has(file)) return;
        seen.add(file);
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/(?:from|import|require\()\s*["'](\.\/[^"']+)["']/g)) visit(join(dirname(file), m[1]!));
      };
      visit(join(dist, entry));
      return [...seen].map((file) => readFileSync(file, 'utf8').toLowerCase());
    };
    for (const vendor of Object.keys(hosts)) {
      for (const entry of [`${vendor}.js`, `${vendor}.cjs`]) {
        const texts = graph(entry);
        expect(texts.some((t) => t.includes(hosts[vendor]!)), `${entry} holds its own host`).toBe(true);
        for (const [other, host] of Object.entries(hosts)) {
          if (other !== vendor) expect(texts.some((t) => t.includes(host)), `${entry} loads ${other}`).toBe(false);
        }
      }
    }
  });

  it('attw (default profile) finds no problem in any resolution mode, node10 included', async () => {
    const attw = await run(process.execPath, [join(repoModules, '@arethetypeswrong', 'cli', 'dist', 'index.js'), tarball, '--format', 'json'], work);
    const { analysis } = JSON.parse(attw.stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(analysis.problems).toEqual([]);
    expect(Object.keys(analysis.entrypoints).sort()).toEqual(
      ['.', './equaticket', './eventbrite', './event-schedule', './seaty', './event-vault', './testing', './export', './webhooks', './package.json'].sort(),
    );
    expectOk(attw, 'attw');
  });

  it('publint --strict is clean', async () => {
    const publint = await run(process.execPath, [join(repoModules, 'publint', 'src', 'cli.js'), 'run', '--strict', tarball], work);
    expectOk(publint, 'publint');
    expect(publint.stdout).toContain('All good!');
  });

  it('an uncaught ConfigError (a typo at startup) prints its message and a few lines of code, not a minified screen', async () => {
    const clone = join(work, 'clone');
    const script = "import { createClient } from './dist/index.js'; createClient({ provider: 'equaticket', apiKey: 'sk_test_x', maxRetry: 5 });";
    const result = await run(process.execPath, ['--input-type=module', '-e', script], clone);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('did you mean "maxRetries"?');
    expect(result.stderr.length).toBeLessThan(4_000);
  });

  it('the CLI bundle reaches the library only through its public entry points', () => {
    const cli = readFileSync(join(work, 'clone', manifest.bin.ticketkit!), 'utf8');
    const imports = [...cli.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(new Set(imports.filter((i) => i!.startsWith('.')))).toEqual(new Set(['../index.js', '../testing.js']));
    expect(cli).not.toContain('class TicketingError');
  });
});

/** The README's "Install" section: its sizes and its code. */
function installSection(): { text: string; code: string } {
  const readme = readFileSync(join(work, 'clone', 'README.md'), 'utf8');
  const text = /\n## Install\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
  return { text, code: /```ts\n([\s\S]*?)```/.exec(text)?.[1] ?? '' };
}

describe('the README\'s Install section', () => {
  it('states the packed and unpacked sizes (within 15%)', () => {
    const { text } = installSection();
    const packedKb = Number(/About (\d+) kB\s+packed/.exec(text)?.[1]);
    const unpackedMb = Number(/([\d.]+) MB unpacked/.exec(text)?.[1]);
    const near = (stated: number, actual: number) => Math.abs(stated - actual) / actual <= 0.15;
    const actual = `${(packed.size / 1000).toFixed(0)} kB packed, ${(packed.unpackedSize / 1e6).toFixed(1)} MB unpacked`;
    expect(near(packedKb * 1000, packed.size), `README says ${packedKb} kB packed; it is ${actual}`).toBe(true);
    expect(near(unpackedMb * 1e6, packed.unpackedSize), `README says ${unpackedMb} MB unpacked; it is ${actual}`).toBe(true);
  });
});

describe('consumer projects', () => {
  it('the README\'s Install example type-checks (NodeNext, strict, skipLibCheck: false)', async () => {
    const { code } = installSection();
    expect(code).toContain('for await (const order of tk.orders.list(');
    const consumer = consumers.find((c) => c.name === 'no-msw-nodenext')!;
    const dir = await install({ ...consumer, name: 'readme-install', files: { 'src/install.ts': code }, run: [] });
    expectOk(await run(process.execPath, [tsc, '-p', dir], dir), 'tsc -p readme-install');
  });

  for (const consumer of consumers) {
    it(`${consumer.name}: tsc (strict, skipLibCheck: false) is clean${consumer.run ? ', and it runs' : ''}`, async () => {
      const dir = await install(consumer);
      expectOk(await run(process.execPath, [tsc, '-p', dir], dir), `tsc -p ${consumer.name}`);
      const outputs: string[] = [];
      for (const file of consumer.run ?? []) {
        const result = await run(process.execPath, [file], dir);
        expectOk(result, `node ${file} in ${consumer.name}`);
        outputs.push(result.stdout);
      }
      checkOutput(consumer.name, outputs);
    });
  }
});

/** What each consumer's programs print. */
function checkOutput(name: string, outputs: string[]): void {
  const reportLines = ['orders of Gala: 5', 'clients: equaticket,eventbrite,event-schedule,seaty,event-vault,seaty', 'missing event: true true true'];
  switch (name) {
    case 'esm-nodenext': {
      expect(outputs[0]!.trim().split('\n')).toEqual([...reportLines, 'over msw: 1 event, missing is NotFoundError: true']);
      const dual = JSON.parse(outputs[1]!) as {
        twoCopies: boolean;
        classes: string[];
        mismatches: string[];
        thrown: Record<string, Record<string, boolean[]>>;
      };
      expect(dual.twoCopies).toBe(true);
      expect(dual.classes).toEqual(expect.arrayContaining(['TicketingError', 'ConfigError', 'NotFoundError', 'ValidationError', 'UnsupportedCapabilityError']));
      expect(dual.classes.length).toBeGreaterThanOrEqual(15);
      expect(dual.mismatches).toEqual([]);
      for (const direction of ['cjs->esm', 'esm->cjs']) {
        expect(dual.thrown[direction]).toEqual({
          notFound: [true, true, false, true],
          config: [true, true, false, true],
          plain: [false, false],
        });
      }
      break;
    }
    case 'cjs-require': {
      expect(outputs[0]!.trim().split('\n')).toEqual(reportLines);
      const lines = outputs[1]!.trim().split('\n');
      expect(lines.slice(0, 7).map((l) => l.replace(/: \d+ exports$/, ''))).toEqual([
        'ticketkit -> dist/index.cjs',
        'ticketkit/equaticket -> dist/equaticket.cjs',
        'ticketkit/eventbrite -> dist/eventbrite.cjs',
        'ticketkit/event-schedule -> dist/event-schedule.cjs',
        'ticketkit/seaty -> dist/seaty.cjs',
        'ticketkit/event-vault -> dist/event-vault.cjs',
        'ticketkit/testing -> dist/testing.cjs',
      ]);
      expect(lines[7]).toMatch(/^ticketkit\/package\.json -> package\.json: \d+ exports$/);
      expect(lines[8]).toBe('seaty orders over require: 2');
      break;
    }
    case 'node10':
      expect(outputs[0]!.trim().split('\n')).toEqual(reportLines);
      break;
    case 'webhooks':
      // ticketkit/webhooks from ESM and from CommonJS: each verifies a signed delivery and refuses a forged one.
      for (const output of outputs) expect(output.trim()).toBe('order.paid Xk3PqR; forged: signature_mismatch true');
      break;
    case 'no-msw-nodenext':
    case 'no-msw-bundler':
      expect(outputs[0]!.trim().split('\n')).toEqual([
        'seaty orders without msw: 1',
        'mswHandlers without msw: true mswHandlers needs msw (an optional peer dependency of ticketkit): npm install --save-dev msw@^2.',
      ]);
      break;
    default:
      expect(outputs).toEqual([]);
  }
}

describe('the installed ticketkit command', () => {
  it('--version, --help, <command> --help, and exit code 2 for an unknown command', async () => {
    const dir = await install({ name: 'cli', type: 'module', compilerOptions: {}, files: {} });
    const bin = join(dir, 'node_modules', 'ticketkit', manifest.bin.ticketkit!);
    // Run as the shell would (through its shebang), not through node: the bin must be executable.
    const version = await run(bin, ['--version'], dir);
    expect(version).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
    const help = await run(bin, ['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('mock-server');
    const commandHelp = await run(bin, ['mock-server', '--help'], dir);
    expect(commandHelp.code).toBe(0);
    expect(commandHelp.stdout).toContain('--provider <id>');
    const unknown = await run(bin, ['mock-sever'], dir);
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: 'ticketkit: unknown command "mock-sever" (did you mean mock-server?)\nRun \'ticketkit --help\' for usage.\n' });
  });
});
