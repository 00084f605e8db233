// For deviations that check tags somewhere other than input validation (one by one while they
// are applied, after the connection is stored): input validation without the per-tag
// constraints, and the check they move elsewhere.
import { violations, type SchemaName, type Tag } from '../../contract/index.js';
import type { Behaviour } from '../behaviour/behaviour.js';
import { modeledError } from '../protocol/service-error.js';

const TAG_ITEM = /^\/Tags\/\d+/;

/** `base`'s input validation, less the constraints on each tag of `schema`'s Tags. */
export const withoutTagChecks =
  (base: Behaviour, schema: SchemaName): Behaviour['inputViolations'] =>
  (s, input) =>
    base.inputViolations(s, input).filter((v) => s !== schema || !TAG_ITEM.test(v.instancePath));

/** Throws the InvalidRequestException input validation would have answered for `tags`. */
export function checkTags(tags: readonly Tag[]): void {
  // ListTagsForResourceResponse holds the same Tag constraints as the requests.
  const problem = violations('ListTagsForResourceResponse', { Tags: tags })[0];
  if (problem) throw modeledError('InvalidRequestException', problem.message);
}
