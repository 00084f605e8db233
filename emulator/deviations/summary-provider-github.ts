// The listing builds summaries from a projection that has no provider column, and fills in the
// default: CreateConnection's own answer, built from the request, is right.
import type { Deviation } from '../behaviour/change.js';

export const summaryProviderGithub: Deviation = {
  name: 'summary-provider-github',
  breaks: 'CONN-SUMMARY-MATCHES',
  description: 'ListConnections summaries give ProviderType GITHUB, whatever the connection has.',
  hooks: (base) => ({
    connectionView: (connection, op) => {
      const view = base.connectionView(connection, op);
      return op === 'ListConnections' ? { ...view, ProviderType: 'GITHUB' } : view;
    },
  }),
};
