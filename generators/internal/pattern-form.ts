// Reads a model pattern into a form the generators can build from: a sequence of single-character
// atoms ([...] classes or '.') with quantifiers, optionally anchored, optionally preceded by one
// negative lookahead on a literal prefix. That covers every string pattern the connection
// operations use today:
//   ^[A-Za-z0-9][A-Za-z0-9\-_]{3,31}$   (ConnectionName)
//   ^(?!aws:).+$                        (TagKey)
//   .*                                  (TagValue, NextToken)
// Anything else throws, so a model change that the generators cannot follow stops the build
// instead of silently producing values that no longer mean what their labels say.
import { codePointsMatching, type CodePointSet } from './code-point-set.js';

export interface Segment {
  /** The code points one repetition of the atom matches. */
  characters: CodePointSet;
  min: number;
  max: number;
}

export interface PatternForm {
  source: string;
  /** Whether ^...$ encloses the pattern; an unanchored pattern constrains nothing by itself. */
  anchored: boolean;
  /** A literal the value must not start with (from `(?!literal)` right after `^`). */
  forbiddenPrefix: string | undefined;
  segments: readonly Segment[];
}

const UNBOUNDED = Number.POSITIVE_INFINITY;

function unsupported(source: string, why: string): never {
  throw new Error(
    `pattern ${JSON.stringify(source)} is outside the forms the generators read: ${why}`,
  );
}

function readClass(source: string, at: number): number {
  let i = at + 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  if (i >= source.length) unsupported(source, 'unterminated character class');
  return i + 1;
}

function readQuantifier(source: string, at: number): { min: number; max: number; end: number } {
  const c = source[at];
  if (c === '*') return { min: 0, max: UNBOUNDED, end: at + 1 };
  if (c === '+') return { min: 1, max: UNBOUNDED, end: at + 1 };
  if (c === '?') return { min: 0, max: 1, end: at + 1 };
  if (c !== '{') return { min: 1, max: 1, end: at };
  const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
  if (!m) unsupported(source, `bad quantifier at ${at}`);
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : m[3] === '' ? UNBOUNDED : Number(m[3]);
  return { min, max, end: at + m[0].length };
}

export function readPatternForm(source: string): PatternForm {
  let i = 0;
  const anchored = source.startsWith('^');
  if (anchored !== source.endsWith('$')) unsupported(source, 'only one end is anchored');
  if (anchored) i = 1;
  const body = anchored ? source.length - 1 : source.length;

  let forbiddenPrefix: string | undefined;
  const lookahead = /^\(\?!([^\\()[\]{}.*+?^$|]+)\)/.exec(source.slice(i, body));
  if (lookahead) {
    if (!anchored) unsupported(source, 'a lookahead in an unanchored pattern');
    forbiddenPrefix = lookahead[1];
    i += lookahead[0].length;
  }

  const segments: Segment[] = [];
  while (i < body) {
    let end: number;
    if (source[i] === '[') end = readClass(source, i);
    else if (source[i] === '.') end = i + 1;
    else unsupported(source, `atom at ${i} is neither a class nor '.'`);
    const atom = source.slice(i, end);
    const q = readQuantifier(source, end);
    segments.push({
      characters: codePointsMatching(new RegExp(atom, 'u')),
      min: q.min,
      max: q.max,
    });
    i = q.end;
  }
  if (i !== body) unsupported(source, 'trailing text');
  return { source, anchored, forbiddenPrefix, segments };
}

/** Code point lengths the pattern itself admits (unbounded above when unanchored). */
export function patternLengths(form: PatternForm): { min: number; max: number } {
  if (!form.anchored) return { min: 0, max: UNBOUNDED };
  return {
    min: form.segments.reduce((n, s) => n + s.min, 0),
    max: form.segments.reduce((n, s) => n + s.max, 0),
  };
}
