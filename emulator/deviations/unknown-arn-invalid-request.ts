// The ARN checked by looking it up: a well-formed ARN that names no connection is reported as an
// invalid parameter (InvalidRequestException, which these operations model too) instead of
// ResourceNotFoundException. Two deviations, one per requirement: the tagging operations, and
// DeleteConnection.
import type { OperationName } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import { modeledError } from '../protocol/service-error.js';

function invalidRequestForUnknownArn(
  name: string,
  ops: readonly OperationName[],
  breaks: Deviation['breaks'],
): Deviation {
  return {
    name,
    breaks,
    description:
      `${ops.join(', ')} on a well-formed ARN of no connection fail with ` +
      'InvalidRequestException, not ResourceNotFoundException.',
    hooks: (base) => ({
      resolveConnection: (store, arn, op) => {
        const found = base.resolveConnection(store, arn, op);
        if (found || !ops.includes(op)) return found;
        throw modeledError('InvalidRequestException', `ResourceArn ${arn} is not a valid ARN.`);
      },
    }),
  };
}

export const unknownArnInvalidRequest = invalidRequestForUnknownArn(
  'unknown-arn-invalid-request',
  ['TagResource', 'UntagResource', 'ListTagsForResource'],
  'TAG-UNKNOWN-ARN',
);
export const deleteUnknownArnInvalidRequest = invalidRequestForUnknownArn(
  'delete-unknown-arn-invalid-request',
  ['DeleteConnection'],
  'DELETE-UNKNOWN-ARN',
);
