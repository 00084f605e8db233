// Imports follow the data flow: a module imports only from its own folder and the folders below it
// in LAYERS (types excepted: a type names a shape, it runs nothing). Test-only code (test files,
// test-support/) may import anything, and only tests and benchmarks may import test-support/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../common/project-root.js';

/** Ground first: each folder may import the folders before it, never one after it. */
const LAYERS = [
  'common',
  'spec',
  'generated',
  'derive',
  'contract',
  'generators',
  'emulator',
  'live',
  'harness',
  'suites',
  'verdicts',
  'cli',
  'bench',
] as const;
/** Imported only by tests and benchmarks. */
const TEST_ONLY = ['test-support', 'repo-checks', 'examples'];
/** Folders at the root that hold no code of the project's own. */
const NOT_CODE = ['node_modules', 'dist'];
/** Files at the root that stand above every folder: the package's entry, the vitest config. */
const ROOT_FILES = ['index.ts', 'vitest.config.ts'];

export interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** The relative imports of one source file, resolved to paths from the project root. */
export function importsOf(file: string, text: string): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean): void => {
    if (!specifier.startsWith('.')) return;
    found.push({ from: file, to: normalize(join(dirname(file), specifier)), typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node)) {
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const topOf = (path: string): string => path.split(sep)[0] ?? path;
const isTest = (file: string): boolean =>
  /\.test\.ts$/.test(file) || TEST_ONLY.includes(topOf(file));

/** Why an import runs against the flow, or undefined when it follows it. */
export function violation(i: Import): string | undefined {
  if (isTest(i.from)) return undefined;
  const from = topOf(i.from);
  const to = topOf(i.to);
  if (TEST_ONLY.includes(to))
    return from === 'bench' ? undefined : `${i.from} imports test-only ${i.to}`;
  if (i.typeOnly || from === to || ROOT_FILES.includes(i.from)) return undefined;
  const a = LAYERS.indexOf(from as (typeof LAYERS)[number]);
  const b = LAYERS.indexOf(to as (typeof LAYERS)[number]);
  if (a < 0) return `${i.from} is in no layer: add its folder to LAYERS`;
  if (b < 0) return undefined; // package.json and other files outside the layers
  return b > a ? `${i.from} imports ${i.to}, from ${to}/ above ${from}/` : undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => relative(PROJECT_ROOT, join(e.parentPath, e.name)));
}

describe('imports follow the data flow', () => {
  test('no module imports from a folder above its own', () => {
    const files = [...LAYERS.flatMap(sourceFiles), ...ROOT_FILES];
    const problems = files.flatMap((f) =>
      importsOf(f, readFileSync(join(PROJECT_ROOT, f), 'utf8'))
        .map(violation)
        .filter((v) => v !== undefined),
    );
    expect(problems).toEqual([]);
  });

  test('every top-level folder of code is in a layer or test-only', () => {
    const folders = readdirSync(PROJECT_ROOT, { withFileTypes: true })
      // Installed packages and the build's output (git-ignored) are not the project's code.
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !NOT_CODE.includes(e.name))
      .map((e) => e.name)
      .filter((d) => sourceFiles(d).length > 0);
    const known: readonly string[] = [...LAYERS, ...TEST_ONLY];
    expect(folders.filter((d) => !known.includes(d))).toEqual([]);
  });

  test('an upward import is found, a type-only one and a test file are not', () => {
    const upward = importsOf(
      'emulator/x.ts',
      "import { createClient } from '../harness/client.js';",
    );
    expect(upward.map(violation)).toEqual([
      'emulator/x.ts imports harness/client.js, from harness/ above emulator/',
    ]);
    const dynamic = importsOf('contract/x.ts', "await import('../cli/command.js');");
    expect(dynamic.map(violation)[0]).toMatch(/from cli\/ above contract\//);
    const typeOnly = importsOf('live/x.ts', "import type { Exchange } from '../harness/log.js';");
    expect(typeOnly.map(violation)).toEqual([undefined]);
    const named = importsOf('live/x.ts', "import { type A, type B } from '../harness/log.js';");
    expect(named.map(violation)).toEqual([undefined]);
    const mixed = importsOf('live/x.ts', "import { type A, b } from '../harness/log.js';");
    expect(mixed.map(violation)[0]).toMatch(/above live\//);
    const testFile = importsOf('emulator/x.test.ts', "import '../harness/client.js';");
    expect(testFile.map(violation)).toEqual([undefined]);
    const testOnly = importsOf('harness/x.ts', "import '../test-support/fake-sts.js';");
    expect(testOnly.map(violation)[0]).toMatch(/imports test-only/);
  });
});
