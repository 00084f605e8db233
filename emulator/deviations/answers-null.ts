// An operation without output returns null, and the serialiser writes JSON.stringify(null): the
// body is the JSON text null, not the object {}.
import type { Deviation } from '../behaviour/change.js';

function answersNull(
  name: string,
  op: 'TagResource' | 'UntagResource',
  breaks: Deviation['breaks'],
): Deviation {
  return {
    name,
    breaks,
    description:
      `${op} answers 200 with the JSON body null (not the object {}). ` +
      'A body that is no JSON object also misses WIRE-EMPTY-OUTPUT and WIRE-SUCCESS-200.',
    hooks: (base) => ({
      successResponse: (asked, output) =>
        asked === op ? { status: 200, body: 'null' } : base.successResponse(asked, output),
    }),
  };
}

export const tagAnswersNull = answersNull(
  'tag-answers-null',
  'TagResource',
  'shape.TagResourceResponse.type',
);
export const untagAnswersNull = answersNull(
  'untag-answers-null',
  'UntagResource',
  'shape.UntagResourceResponse.type',
);
