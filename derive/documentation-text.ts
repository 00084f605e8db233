// The model's documentation traits are HTML (<p>, <code>, <a>, <i>, and whatever else the AWS
// documentation uses); the spec carries them as plain text, readable in a JSON Schema viewer, in
// an editor's hover and in a terminal alike. Code becomes a `code span`, a link its text followed
// by the address, paragraphs are separated by a blank line, and the line breaks and indentation
// of the model's source are not kept.

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** One paragraph's inline HTML as text. */
function inline(html: string): string {
  return decodeEntities(
    html
      .replace(/<code>([\s\S]*?)<\/code>/gi, (_, code: string) => `\`${code.trim()}\``)
      .replace(
        /<a\s[^>]*?href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi,
        (_, href: string, text: string) => `${text} (${href})`,
      )
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** `html` from a documentation trait as plain text, or undefined when nothing is left of it. */
export function documentationText(html: string): string | undefined {
  // Block elements end a paragraph; a list item starts one of its own, marked as such (even
  // when its text is in a paragraph of its own, <li><p>...</p></li>).
  const blocks: string[] = [];
  let item = false;
  // The split keeps an opening <li> (the captured group) and drops every other block tag.
  for (const part of html.split(/(<li\b[^>]*>)|<\/?(?:p|ul|ol|li|div|br|h[1-6])\b[^>]*>/i)) {
    if (part === undefined) continue;
    if (/^<li\b/i.test(part)) {
      item = true;
      continue;
    }
    const text = inline(part);
    if (text === '') continue;
    blocks.push(item ? `- ${text}` : text);
    item = false;
  }
  return blocks.length === 0 ? undefined : blocks.join('\n\n');
}
