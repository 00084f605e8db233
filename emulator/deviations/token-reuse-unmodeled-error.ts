// InvalidNextTokenException is what many AWS services call this error, but ListConnections
// models only InvalidRequestException and InternalServiceErrorException.
import { OPERATIONS } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import { ServiceError } from '../protocol/service-error.js';

export const tokenReuseUnmodeledError: Deviation = {
  name: 'token-reuse-unmodeled-error',
  breaks: 'WIRE-ERROR-MODELED',
  description:
    'A NextToken reused with other parameters fails with InvalidNextTokenException (400), ' +
    'an error ListConnections does not model. Forged tokens still get InvalidRequestException.',
  hooks: (base) => ({
    rejectedToken: (reason) =>
      reason === 'other-parameters'
        ? new ServiceError(
            'InvalidNextTokenException',
            'The NextToken does not match the request.',
            400,
            OPERATIONS.namespace,
          )
        : base.rejectedToken(reason),
  }),
};
