// Every declaration generated/ exports, and every member of an exported interface, carries a
// TSDoc comment: they are the package's public surface (contract/index.ts re-exports them), and
// a user reads them in an editor's hover, where an uncommented name says nothing.
import ts from 'typescript';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../common/project-root.js';
import { renderGenerated } from './render-generated.js';

/** The text of the TSDoc comment right before `node`, or undefined when it has none. */
function tsdocOf(node: ts.Node, source: ts.SourceFile): string | undefined {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const last = ranges.at(-1);
  if (!last) return undefined;
  const text = source.text.slice(last.pos, last.end);
  return text.startsWith('/**') ? text : undefined;
}

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) &&
  (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** "name: what is wrong" for each exported declaration or member without a comment. */
function undocumented(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const missing: string[] = [];
  const check = (node: ts.Node, name: string) => {
    const doc = tsdocOf(node, source);
    // A comment of stars alone, or of "This interface was referenced by ...", says nothing.
    const said =
      doc
        ?.replace(/^\/\*\*|\*\/$/g, '')
        .replace(/[\s*]+/g, ' ')
        .trim() ?? '';
    if (said === '' || said.startsWith('This interface was referenced by'))
      missing.push(`${path}: ${name}`);
  };
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) check(statement, d.name.getText());
    } else if (ts.isInterfaceDeclaration(statement)) {
      check(statement, statement.name.text);
      for (const m of statement.members) {
        check(m, `${statement.name.text}.${m.name?.getText(source) ?? '(call)'}`);
      }
    } else if (ts.isTypeAliasDeclaration(statement)) {
      check(statement, statement.name.text);
    } else {
      missing.push(`${path}: an export this test does not know how to read`);
    }
  }
  return missing;
}

test('every export of generated/ and every member of an exported interface has a comment', async () => {
  const fresh = await renderGenerated(join(PROJECT_ROOT, 'spec'));
  const declarations = [...fresh].filter(([path]) => /\.(d\.cts|ts)$/.test(path));
  expect(declarations.map(([p]) => p).sort()).toEqual([
    'contract.ts',
    'types.ts',
    'validators.d.cts',
  ]);
  expect(declarations.flatMap(([path, text]) => undocumented(path, text))).toEqual([]);
});

test('the check sees a missing comment, a bare one and the compiler’s own note', () => {
  const text = `export const A = 1;
/** */
export type B = string;
/**
 * This interface was referenced by \`X\`'s JSON-Schema
 * via the \`definition\` "C".
 */
export interface C {
  /** Documented. */
  d: string;
  e: string;
}
/** Documented. */
export declare const F: number;
`;
  expect(undocumented('x.ts', text)).toEqual(['x.ts: A', 'x.ts: B', 'x.ts: C', 'x.ts: C.e']);
});
