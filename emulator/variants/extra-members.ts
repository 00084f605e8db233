// Newer service versions add members; clients must ignore the ones they do not know.
import type { Variant } from '../behaviour/change.js';

export const extraMembers: Variant = {
  name: 'extra-members',
  varies: ['WIRE-SUCCESS-200', 'WIRE-EMPTY-OUTPUT', 'CONN-CREATE-FIELDS'],
  description:
    'Outputs (including the empty ones of TagResource and UntagResource) and connections ' +
    'carry members the model does not have.',
  hooks: (base) => ({
    successResponse: (op, output) =>
      base.successResponse(op, { ...output, ServiceRevision: '2020-05-15.extra' }),
    connectionView: (connection, op) => ({
      ...base.connectionView(connection, op),
      ConnectionId: connection.arn.split('/').at(-1),
      ProviderEndpoint: null,
    }),
  }),
};
