// The answer for a well-formed ARN that names no live connection of the caller's account and Region.
import { modeledError, type ServiceError } from '../protocol/service-error.js';

export function notFound(arn: string): ServiceError {
  return modeledError(
    'ResourceNotFoundException',
    `No connection with ARN ${arn} exists in this account and Region.`,
  );
}
