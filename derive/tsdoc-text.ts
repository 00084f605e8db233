// Plain text (with `code spans`) made safe as TSDoc: the generated types carry descriptions from
// the model, and a brace, an at sign or an angle bracket in them would otherwise read as an
// inline tag, a block tag or HTML, which API Extractor reports as malformed TSDoc.

/** A code span with its backticks, or a run of text between code spans. */
const CODE_SPAN = /(`[^`\n]+`)/;

const escapeAll = (text: string): string => text.replace(/[\\{}@<>`]/g, (c) => `\\${c}`);

/** `text` with the characters TSDoc gives a meaning escaped, code spans left as they are. */
export function tsdocText(text: string): string {
  return text
    .split(CODE_SPAN)
    .map((part, i) => (i % 2 === 1 ? part : escapeAll(part)))
    .join('');
}

/**
 * `value` as a TSDoc code span. A value holding a backtick cannot be one (TSDoc spans have no
 * longer fences), so it is written as escaped text instead.
 */
export function tsdocCode(value: string): string {
  return value.includes('`') || value.includes('\n') || value === ''
    ? escapeAll(value)
    : `\`${value}\``;
}

/** Columns a generated comment line fills at most, as prettier's printWidth elsewhere. */
const WIDTH = 100;

/**
 * `text` (TSDoc already) as a comment block for a top-level declaration, wrapped to the width the
 * project's sources keep. A code span is never broken (TSDoc ends one at a line break), nor a word
 * longer than a line.
 */
export function docComment(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.match(/[^\s`]*`[^`\n]*`\S*|\S+/g) ?? []) {
    if (line !== '' && ` * ${line} ${word}`.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return `/**\n${lines.map((l) => ` * ${l}`).join('\n')}\n */`;
}
