import { describe, expect, test } from 'vitest';
import { docComment, tsdocCode, tsdocText } from './tsdoc-text.js';

describe('tsdocText', () => {
  test('escapes what TSDoc reads as tags or HTML', () => {
    expect(tsdocText('see {@link x} or <b>y</b> @param z \\ n')).toBe(
      'see \\{\\@link x\\} or \\<b\\>y\\</b\\> \\@param z \\\\ n',
    );
  });

  test('leaves code spans as they are, and escapes a backtick that opens none', () => {
    expect(tsdocText('if `{3,31}` and `a<b` then `')).toBe('if `{3,31}` and `a<b` then \\`');
  });

  test('leaves plain prose alone', () => {
    const prose = "App Runner can't create this resource (see the quotas page).";
    expect(tsdocText(prose)).toBe(prose);
  });
});

describe('tsdocCode', () => {
  test('is a code span, or escaped text when a backtick or line break is in the value', () => {
    expect(tsdocCode('^[a-z]{3,31}$')).toBe('`^[a-z]{3,31}$`');
    expect(tsdocCode('a`{b}`')).toBe('a\\`\\{b\\}\\`');
  });
});

describe('docComment', () => {
  test('wraps at 100 columns between words, never inside a code span', () => {
    const text = `${'word '.repeat(18)}\`a code span\` end`;
    const lines = docComment(text).split('\n');
    expect(lines[0]).toBe('/**');
    expect(lines.at(-1)).toBe(' */');
    expect(lines.slice(1, -1)).toEqual([` * ${'word '.repeat(18).trim()}`, ' * `a code span` end']);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  test('a short text is one line', () => {
    expect(docComment('Says   what it holds.')).toBe('/**\n * Says what it holds.\n */');
  });
});
