import { observe } from '../../harness/checks/check.js';
import { provoke } from '../../harness/checks/provoke.js';

observe('OBS-CREATED-AT-FRACTION', 'whether CreatedAt carries fractions of a second', async () => {
  const { successes } = await provoke();
  const created = successes.find((e) => e.operation === 'CreateConnection');
  const at = (
    JSON.parse(created?.response.body ?? '{}') as { Connection?: { CreatedAt?: unknown } }
  ).Connection?.CreatedAt;
  return typeof at !== 'number'
    ? { createdAt: at ?? null }
    : Number.isInteger(at)
      ? 'whole seconds'
      : 'fractional';
});
