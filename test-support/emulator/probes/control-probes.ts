// Probes of the deviations only the control interface reveals: each finishes a handshake or
// schedules an error over the emulator's /_emulator/ routes, then looks at the answer.
import { call, created, listed, UNKNOWN_ARN, type Probe } from './probe.js';

async function control(url: string, route: string, body: unknown): Promise<void> {
  const response = await fetch(`${url}/_emulator/${route}`, {
    method: 'POST',
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok)
    throw new Error(`control ${route}: HTTP ${response.status} ${await response.text()}`);
}

const scheduled = async (url: string, operation: string, error: string) => {
  await control(url, 'faults', { operation, kind: 'error', error });
  return call(url, operation as never, { ResourceArn: UNKNOWN_ARN, ConnectionName: 'probe-fault' });
};

export const CONTROL_PROBES: Record<string, Probe> = {
  'listing-shows-created-status': {
    holds: async (url) => {
      const c = await created(url, 'probe-available');
      await control(url, 'handshake', { ConnectionArn: c.arn, Status: 'AVAILABLE' });
      const { summaries } = await listed(url, { ConnectionName: 'probe-available' });
      return summaries[0]?.Status === 'AVAILABLE';
    },
  },
  'delete-keeps-handshake-status': {
    holds: async (url) => {
      const c = await created(url, 'probe-error');
      await control(url, 'handshake', { ConnectionArn: c.arn, Status: 'ERROR' });
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
