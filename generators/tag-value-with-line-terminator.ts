// Tag values that contain a line terminator (\n, \r, U+2028, U+2029: what '.' does not match).
// The model's TagValue pattern '.*' is unanchored, so the model accepts them; whether App Runner
// does is unknown (OBS-TAG-VALUE-LINE-TERMINATOR), so these are observations, not violations.
import fc from 'fast-check';
import { ALL_SCALARS } from './internal/code-point-set.js';
import { characterFrom } from './internal/character.js';
import { knownRequirement } from './internal/requirement-ids.js';
import { stringShape } from './internal/string-shape.js';
import type { Observation } from './labels.js';
import { tagValue } from './tag-value.js';

/** Options of {@link tagValueWithLineTerminator} (none yet). */
export type TagValueWithLineTerminatorOptions = Record<string, never>;

/** Tag values holding a line terminator, which the model accepts and App Runner may not: an observation (OBS-TAG-VALUE-LINE-TERMINATOR). */
export function tagValueWithLineTerminator(
  _options: TagValueWithLineTerminatorOptions = {},
): fc.Arbitrary<Observation<string, 'line-terminator'>> {
  const shape = stringShape('TagValue');
  const [body] = shape.form.segments;
  if (!body) throw new Error(`TagValue pattern ${shape.form.source} has no characters to draw`);
  const observation = knownRequirement('OBS-TAG-VALUE-LINE-TERMINATOR');
  return fc
    .tuple(
      tagValue({ maxLength: shape.maxLength - 1 }),
      fc.nat(),
      characterFrom(ALL_SCALARS.minus(body.characters)),
    )
    .map(([v, at, lt]) => {
      const chars = Array.from(v);
      chars.splice(at % (chars.length + 1), 0, lt);
      return { value: chars.join(''), reason: 'line-terminator' as const, observation };
    });
}
