#!/usr/bin/env node
/**
 * TSDoc coverage of the published API, measured on the built declaration files (what a user's editor shows on hover),
 * not on the sources: a comment that the bundler drops does not count.
 *
 * It counts, over the public entry points (the `import` types of each subpath in package.json `exports`):
 * - exported names: every symbol a public entry point exports (followed through re-exports; counted once however
 *   many entry points export it), documented when its declaration carries a doc comment;
 * - members: the properties, methods, accessors and enum members of those exports' own declarations (interfaces,
 *   classes, enums and object type literals, including object literals nested in a member's type), not inherited
 *   ones and not private ones.
 *
 * Prints the figures and every undocumented name, and exits 1 under the thresholds (100 % of exported names, 95 % of
 * members by default).
 *
 * Usage: node scripts/tsdoc-coverage.mjs [--entry file.d.ts ...] [--min-exports 100] [--min-members 95] [--json]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The `import` declaration file of each public subpath in package.json `exports`. */
function packageEntryPoints() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entries = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const types = target?.import?.types;
    if (typeof types === 'string') entries.push({ subpath, file: resolve(root, types) });
  }
  return entries;
}

function parseArgs(argv) {
  const options = { entries: [], minExports: 100, minMembers: 95, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--entry') options.entries.push({ subpath: argv[++i], file: resolve(argv[i]) });
    else if (arg === '--min-exports') options.minExports = Number(argv[++i]);
    else if (arg === '--min-members') options.minMembers = Number(argv[++i]);
    else if (arg === '--json') options.json = true;
    else throw new Error(`tsdoc-coverage: unknown argument ${arg}`);
  }
  if (options.entries.length === 0) options.entries = packageEntryPoints();
  return options;
}

/** A declaration has TSDoc when a `/** ... *\/` block with text or tags sits right before it. */
function hasDoc(node) {
  // A variable's comment sits on its statement (`/** ... *\/ declare const x: ...`).
  const target = ts.isVariableDeclaration(node) ? node.parent.parent : node;
  return ts.getJSDocCommentsAndTags(target).some((doc) => ts.isJSDoc(doc) && (hasText(doc.comment) || (doc.tags?.length ?? 0) > 0));
}

function hasText(comment) {
  if (comment === undefined) return false;
  if (typeof comment === 'string') return comment.trim().length > 0;
  return comment.length > 0;
}

function isPrivate(member) {
  const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : [];
  if (modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) return true;
  return member.name !== undefined && ts.isPrivateIdentifier(member.name);
}

function memberName(member, sourceFile) {
  if (ts.isConstructorDeclaration(member)) return 'constructor';
  if (ts.isIndexSignatureDeclaration(member) || ts.isCallSignatureDeclaration(member) || ts.isConstructSignatureDeclaration(member)) return null;
  return member.name ? member.name.getText(sourceFile) : null;
}

/** The object type literals a type node holds (itself, the parts of a union or intersection, a readonly/array). */
function typeLiterals(node) {
  if (!node) return [];
  if (ts.isTypeLiteralNode(node)) return [node];
  if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) return node.types.flatMap(typeLiterals);
  if (ts.isParenthesizedTypeNode(node) || ts.isTypeOperatorNode(node)) return typeLiterals(node.type);
  if (ts.isArrayTypeNode(node)) return typeLiterals(node.elementType);
  return [];
}

/**
 * The members of one declaration, with the owner's name as a prefix (`Order.total`, `Order.buyer.email`).
 * Constructors and signatures are left out: a class's doc covers how it is built.
 */
function membersOf(declaration, prefix, sourceFile) {
  let members = [];
  if (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration) || ts.isEnumDeclaration(declaration)) {
    members = [...declaration.members];
  } else if (ts.isTypeAliasDeclaration(declaration)) {
    members = typeLiterals(declaration.type).flatMap((literal) => [...literal.members]);
  }
  const out = [];
  for (const member of members) {
    if (ts.isConstructorDeclaration(member) || isPrivate(member)) continue;
    const name = memberName(member, sourceFile);
    if (name === null) continue;
    const qualified = `${prefix}.${name}`;
    // Overloads and get/set pairs are one member, documented when any of its declarations is.
    const existing = out.find((m) => m.name === qualified);
    if (existing) {
      existing.documented ||= hasDoc(member);
      continue;
    }
    out.push({ name: qualified, documented: hasDoc(member) });
    const nested = 'type' in member ? typeLiterals(member.type) : [];
    for (const literal of nested) {
      for (const inner of literal.members) {
        const innerName = memberName(inner, sourceFile);
        if (innerName === null) continue;
        out.push({ name: `${qualified}.${innerName}`, documented: hasDoc(inner) });
      }
    }
  }
  return out;
}

/** Measures the entry points: exported names and members, each with whether it is documented. */
export function measure(entries) {
  const program = ts.createProgram(
    entries.map((e) => e.file),
    { noEmit: true, skipLibCheck: true, allowJs: false, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 },
  );
  const checker = program.getTypeChecker();
  const exportsSeen = new Map();
  const members = [];
  for (const entry of entries) {
    const sourceFile = program.getSourceFile(entry.file);
    if (!sourceFile) throw new Error(`tsdoc-coverage: cannot read ${entry.file} (run npm run build first)`);
    const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (exportsSeen.has(symbol)) continue;
      const declarations = symbol.declarations ?? [];
      const name = `${entry.subpath === '.' ? 'ticketkit' : `ticketkit/${entry.subpath.replace(/^\.\//, '')}`}: ${exported.name}`;
      exportsSeen.set(symbol, { name, documented: declarations.some(hasDoc) });
      for (const declaration of declarations) members.push(...membersOf(declaration, exported.name, declaration.getSourceFile()));
    }
  }
  // The same member reached twice (a class and its merged interface) counts once, documented if either is.
  const memberMap = new Map();
  for (const m of members) memberMap.set(m.name, (memberMap.get(m.name) ?? false) || m.documented);
  return {
    exports: [...exportsSeen.values()],
    members: [...memberMap].map(([name, documented]) => ({ name, documented })),
  };
}

function percent(part, whole) {
  return whole === 0 ? 100 : (100 * part) / whole;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const { exports, members } = measure(options.entries);
  const docExports = exports.filter((e) => e.documented).length;
  const docMembers = members.filter((m) => m.documented).length;
  const exportPct = percent(docExports, exports.length);
  const memberPct = percent(docMembers, members.length);
  const missingExports = exports.filter((e) => !e.documented).map((e) => e.name);
  const missingMembers = members.filter((m) => !m.documented).map((m) => m.name);
  if (options.json) {
    console.log(JSON.stringify({ exports: { documented: docExports, total: exports.length }, members: { documented: docMembers, total: members.length }, missingExports, missingMembers }, null, 2));
  } else {
    for (const name of missingExports) console.log(`undocumented export: ${name}`);
    for (const name of missingMembers) console.log(`undocumented member: ${name}`);
    const files = options.entries.map((e) => relative(root, e.file) || e.file).join(', ');
    console.log(`TSDoc coverage over ${files}`);
    console.log(`  exported names: ${docExports}/${exports.length} documented (${exportPct.toFixed(1)} %, minimum ${options.minExports} %)`);
    console.log(`  members:        ${docMembers}/${members.length} documented (${memberPct.toFixed(1)} %, minimum ${options.minMembers} %)`);
  }
  if (exportPct < options.minExports || memberPct < options.minMembers) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
