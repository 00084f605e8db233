// A deserialiser with non-optional fields: a CreateConnection body without a required member
// fails to deserialise before validation runs, and is answered as a body the service cannot read.
import type { Deviation } from '../behaviour/change.js';
import { protocolError } from '../protocol/service-error.js';

export const createMissingMemberSerializationError: Deviation = {
  name: 'create-missing-member-serialization-error',
  breaks: 'shape.CreateConnectionRequest.required',
  description:
    'A CreateConnection body without ConnectionName or ProviderType is answered ' +
    '400 SerializationException, not InvalidRequestException.',
  hooks: (base) => ({
    inputViolations: (schema, input) => {
      const found = base.inputViolations(schema, input);
      if (found.some((v) => v.requirement === 'shape.CreateConnectionRequest.required'))
        throw protocolError('SerializationException', 'A required field is missing.');
      return found;
    },
  }),
};
