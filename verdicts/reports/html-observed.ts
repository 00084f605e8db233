// An observed value in a matrix cell: short enough to scan a row by, with the whole value one
// click away. Values are what a target answered and can be long JSON; a cell that held them all
// would push the other targets' columns off the screen.
import { canonicalJson, canonicalJsonIndented } from './canonical-json.js';
import { html, type Html } from './html-template.js';

/** Characters of compact JSON a cell shows before it cuts the value short. */
export const OBSERVED_CELL_CHARS = 60;

export function observedValue(value: unknown): Html {
  const text = canonicalJson(value);
  // Cut by code point, so an astral character is never split into a lone surrogate.
  const chars = [...text];
  if (chars.length <= OBSERVED_CELL_CHARS) {
    return html`<div class="observed" data-observed><code>${text}</code></div>`;
  }
  const shown = chars.slice(0, OBSERVED_CELL_CHARS - 1).join('');
  return html`<details class="observed" data-observed data-truncated><summary><code>${shown}…</code></summary><pre>${canonicalJsonIndented(value)}</pre></details>`;
}
