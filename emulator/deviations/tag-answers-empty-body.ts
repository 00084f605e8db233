// Operations without output end the response with no body at all instead of {}.
import type { Deviation } from '../behaviour/change.js';

export const tagAnswersEmptyBody: Deviation = {
  name: 'tag-answers-empty-body',
  breaks: 'WIRE-EMPTY-OUTPUT',
  description:
    'TagResource and UntagResource answer 200 with an empty body (not the JSON object {}). ' +
    'A body that is no JSON object also misses the body clause of WIRE-SUCCESS-200.',
  hooks: (base) => ({
    successResponse: (op, output) =>
      op === 'TagResource' || op === 'UntagResource'
        ? { status: 200, body: undefined }
        : base.successResponse(op, output),
  }),
};
