// Probes of the deviations only the control interface reveals: each finishes a handshake or
// schedules an error over the emulator's /_emulator/ routes, then looks at the answer.
import type { ErrorName, OperationName } from '../../../contract/index.js';
import { targetControl, type TargetControl } from '../../../harness/control-client.js';
import { call, created, listed, UNKNOWN_ARN, type Probe } from './probe.js';

/** The emulator's own control interface, as the gate drives a target's. */
const control = (url: string): TargetControl => {
  const found = targetControl({ control: `${url}/_emulator` });
  if (!found) throw new Error('no control interface');
  return found;
};

const scheduled = async (url: string, operation: OperationName, error: ErrorName) => {
  await control(url).injectFault({ operation, kind: 'error', error });
  return call(url, operation, { ResourceArn: UNKNOWN_ARN, ConnectionName: 'probe-fault' });
};

export const CONTROL_PROBES: Record<string, Probe> = {
  'listing-shows-created-status': {
    holds: async (url) => {
      const c = await created(url, 'probe-available');
      await control(url).setStatus(c.arn, 'AVAILABLE');
      const { summaries } = await listed(url, { ConnectionName: 'probe-available' });
      return summaries[0]?.Status === 'AVAILABLE';
    },
  },
  'delete-keeps-handshake-status': {
    holds: async (url) => {
      const c = await created(url, 'probe-error');
      await control(url).setStatus(c.arn, 'ERROR');
      const deleted = await call(url, 'DeleteConnection', { ConnectionArn: c.arn });
      return (deleted.json?.Connection as { Status?: string } | undefined)?.Status === 'DELETED';
    },
  },
  'internal-error-without-message': {
    holds: async (url) =>
      typeof (await scheduled(url, 'ListConnections', 'InternalServiceErrorException')).json
        ?.Message === 'string',
  },
  'invalid-state-409': {
    holds: async (url) =>
      (await scheduled(url, 'ListTagsForResource', 'InvalidStateException')).status === 400,
  },
};
