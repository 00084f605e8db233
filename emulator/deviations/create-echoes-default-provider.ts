// The CreateConnection answer is built from a template whose ProviderType is the first value of
// the enum; the stored connection (and so ListConnections) has the right one.
import { enumValues, type ProviderType } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';

const TEMPLATE_PROVIDER = enumValues('ProviderType')[0] as ProviderType;

export const createEchoesDefaultProvider: Deviation = {
  name: 'create-echoes-default-provider',
  breaks: 'CONN-CREATE-ECHO',
  description: `CreateConnection answers ProviderType ${TEMPLATE_PROVIDER} whatever it was given.`,
  hooks: (base) => ({
    connectionView: (connection, op) => {
      const view = base.connectionView(connection, op);
      return op === 'CreateConnection' ? { ...view, ProviderType: TEMPLATE_PROVIDER } : view;
    },
  }),
};
