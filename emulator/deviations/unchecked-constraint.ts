// A validator that forgets one rule: the constraint is not checked at all, and the request goes
// on as if it were valid.
import type { Deviation } from '../behaviour/change.js';

function unchecked(name: string, requirement: Deviation['breaks'], what: string): Deviation {
  return {
    name,
    breaks: requirement,
    description: `${what} is not checked: requests that break ${requirement} are processed.`,
    hooks: (base) => ({
      inputViolations: (schema, input) =>
        base.inputViolations(schema, input).filter((v) => v.requirement !== requirement),
    }),
  };
}

export const requiredMembersUnchecked = unchecked(
  'required-members-unchecked',
  'shape.CreateConnectionRequest.required',
  "CreateConnection's required members",
);
export const arnLengthUnchecked = unchecked(
  'arn-length-unchecked',
  'shape.AppRunnerResourceArn.length',
  'The ARN length limit',
);
export const deleteRequiredUnchecked = unchecked(
  'delete-required-unchecked',
  'shape.DeleteConnectionRequest.required',
  "DeleteConnection's required member",
);
export const tagRequiredUnchecked = unchecked(
  'tag-required-unchecked',
  'shape.TagResourceRequest.required',
  "TagResource's required members",
);
export const untagRequiredUnchecked = unchecked(
  'untag-required-unchecked',
  'shape.UntagResourceRequest.required',
  "UntagResource's required members",
);
export const listTagsRequiredUnchecked = unchecked(
  'list-tags-required-unchecked',
  'shape.ListTagsForResourceRequest.required',
  "ListTagsForResource's required member",
);
