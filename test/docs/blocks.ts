/**
 * The TypeScript code blocks of README.md and docs/**\/*.md, as test/docs/code-blocks.test.ts checks them.
 *
 * A block is a fence opened with ```ts or ```typescript (indented fences in lists too). HTML comments on the lines
 * right before the fence (blank lines between are allowed) say how it is checked:
 * - none: type-checked, then run against the emulators (test/docs/environment.ts);
 * - `<!-- illustrative: reason -->`: type-checked only (it needs a real vendor account, a long wait, ...);
 * - `<!-- not-checked: reason -->`: neither (a fragment that cannot compile on its own); use sparingly;
 * - `<!-- provider: seaty -->`: the vendor its sample names (`tk`, `eventId`, `mock`, ...) refer to, and whose
 *   webhooks a block that exports `handleWebhook` receives (test/docs/environment.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { PROVIDERS, type ProviderId } from '../../src/index.js';

export type BlockMode = 'run' | 'illustrative' | 'not-checked';

export interface DocBlock {
  /** The markdown file, relative to the repository root (`docs/testing.md`). */
  file: string;
  /** The 1-based line of the opening fence. */
  line: number;
  /** The indentation of the fence (stripped from every line of the code). */
  indent: number;
  code: string;
  mode: BlockMode;
  /** The reason given with `illustrative` / `not-checked`. */
  reason: string | null;
  provider: ProviderId | null;
}

export const ROOT = join(import.meta.dirname, '../..');

/** README.md and every markdown file under docs/, in a stable order. */
export function documentationFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : []));
  return [join(ROOT, 'README.md'), ...walk(join(ROOT, 'docs'))].map((file) => relative(ROOT, file));
}

const FENCE_OPEN = /^(\s*)```(?:ts|typescript)(?:\s.*)?$/;
const DIRECTIVE = /^\s*<!--\s*(illustrative|not-checked|provider)\s*:\s*(.*?)\s*-->\s*$/;

export function extractBlocks(file: string, text: string): DocBlock[] {
  const lines = text.split('\n');
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++) body.push(lines[j]!.slice(Math.min(indent, lines[j]!.search(/\S|$/))));
    const block: DocBlock = { file, line: i + 1, indent, code: body.join('\n'), mode: 'run', reason: null, provider: null };
    for (let k = i - 1; k >= 0; k--) {
      if (lines[k]!.trim() === '') continue;
      const directive = DIRECTIVE.exec(lines[k]!);
      if (!directive) {
        if (/^\s*<!--.*-->\s*$/.test(lines[k]!)) continue; // another comment (e.g. example:start)
        break;
      }
      const [, kind, value] = directive;
      if (kind === 'provider') block.provider = value as ProviderId;
      else {
        block.mode = kind as BlockMode;
        block.reason = value!;
      }
    }
    blocks.push(block);
    i = j;
  }
  return blocks;
}

export function allBlocks(): DocBlock[] {
  return documentationFiles().flatMap((file) => extractBlocks(file, readFileSync(join(ROOT, file), 'utf8')));
}

/** The names a block may use without declaring them (see test/docs/environment.ts). */
const VENDOR_CLIENT_NAMES: Record<string, ProviderId> = { eq: 'equaticket', eb: 'eventbrite', es: 'event-schedule', seaty: 'seaty', vault: 'event-vault' };
const SAMPLE_NAMES = ['eventId', 'id', 'eventDateId', 'ticketTypeId', 'orderId', 'attendeeId'] as const;
const SAMPLE_FIELD: Record<(typeof SAMPLE_NAMES)[number], string> = {
  eventId: 'eventId',
  id: 'eventId',
  eventDateId: 'eventDateId',
  ticketTypeId: 'ticketTypeId',
  orderId: 'orderId',
  attendeeId: 'attendeeId',
};

/** Top-level names a block declares, and the identifiers it uses as values. */
function namesOf(code: string): { declared: Set<string>; used: Set<string> } {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const declared = new Set<string>();
  const bind = (name: ts.BindingName | undefined) => {
    if (!name) return;
    if (ts.isIdentifier(name)) declared.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) declared.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) declared.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) declared.add(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bind(declaration.name);
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      declared.add(statement.name.text);
    }
  }
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isBindingElement(parent) && parent.propertyName === node) ||
        (ts.isQualifiedName(parent) && parent.right === node);
      if (!isName) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { declared, used };
}

/** The block's vendor: its directive, else the vendor client name it uses, else its vendor page, else Equaticket. */
export function providerOf(block: DocBlock, used: Set<string>): ProviderId {
  if (block.provider) return block.provider;
  for (const [name, provider] of Object.entries(VENDOR_CLIENT_NAMES)) if (used.has(name)) return provider;
  const page = /^docs\/vendors\/([a-z-]+)\.md$/.exec(block.file)?.[1];
  return page && (PROVIDERS as readonly string[]).includes(page) ? (page as ProviderId) : 'equaticket';
}

/** The vendor a block runs against (see `providerOf`). */
export function blockProvider(block: DocBlock): ProviderId {
  return providerOf(block, namesOf(block.code).used);
}

/**
 * One line that declares the sample names the block uses and does not declare itself. It imports the environment
 * by absolute path; `environment` is that path without its extension.
 */
export function preludeOf(block: DocBlock, environment: string): string {
  const { declared, used } = namesOf(block.code);
  const provider = providerOf(block, used);
  const wants = (name: string) => used.has(name) && !declared.has(name);
  const p = JSON.stringify(provider);
  const parts = [`import { docsEnvironment as __docs } from ${JSON.stringify(`${environment}.js`)};`];
  if (wants('tk')) parts.push(`const tk = __docs.client(${p});`);
  for (const [name, vendor] of Object.entries(VENDOR_CLIENT_NAMES)) if (wants(name)) parts.push(`const ${name} = __docs.client(${JSON.stringify(vendor)});`);
  if (wants('mock')) parts.push(`const mock = __docs.mock(${p});`);
  for (const name of SAMPLE_NAMES) if (wants(name)) parts.push(`const ${name}: string = __docs.sample(${p}).${SAMPLE_FIELD[name]}!;`);
  if (wants('savedCursor')) parts.push('const savedCursor: string = __docs.savedCursor;');
  if (wants('apiKey')) parts.push(`const apiKey: string = __docs.apiKey(${p});`);
  return parts.join(' ');
}

/** Module specifiers a block may import, as the files they are in this repository (what the package maps them to). */
export function resolveTicketkit(specifier: string): string | null {
  if (specifier === 'ticketkit') return join(ROOT, 'src/index.ts');
  const sub = /^ticketkit\/([a-z-]+)$/.exec(specifier)?.[1];
  if (!sub) return null;
  if ((PROVIDERS as readonly string[]).includes(sub)) return join(ROOT, `src/providers/${sub}/index.ts`);
  return join(ROOT, `src/${sub}/index.ts`);
}
