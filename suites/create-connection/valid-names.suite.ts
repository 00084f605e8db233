// Every valid connection name is accepted, over the whole length range and character set the
// model allows (under this run's prefix).
import fc from 'fast-check';
import { connectionName } from '../../generators/index.js';
import { checkProperty } from '../../harness/checks/check.js';
import {
  deleteConnection,
  reserveConnections,
  sendCreate,
  wasFreed,
} from '../../harness/checks/connections.js';
import { failureOf } from '../../harness/checks/errors.js';
import { NarrowableFailure } from '../../harness/checks/meta.js';
import { filePrefix } from '../../harness/checks/names.js';
import { blameRefusedName, narrowed } from '../../harness/checks/refused-valid.js';

const NAME_RULES = ['shape.ConnectionName.length', 'shape.ConnectionName.pattern'] as const;

/** Names created at once: each case creates one and deletes it again. */
const AT_ONCE = 4;
reserveConnections(AT_ONCE);

checkProperty(
  NAME_RULES,
  'every valid connection name is accepted',
  () => connectionName({ prefix: filePrefix() }),
  async (name) => {
    // Whether a deleted connection's name can be used again is only observed (DELETE-FREES-NAME):
    // a name this file has freed (drawn twice, or met again while shrinking) tests nothing here.
    fc.pre(!wasFreed(name));
    const created = sendCreate({ ConnectionName: name, ProviderType: 'GITHUB' });
    const failure = await failureOf(created);
    if (failure) {
      const detail = `the valid name ${JSON.stringify(name)} (${name.length} characters) was refused: ${failure.name} ${failure.message}`;
      throw new NarrowableFailure([...NAME_RULES], detail, () =>
        narrowed(detail, blameRefusedName(name)),
      );
    }
    await deleteConnection((await created).Connection?.ConnectionArn ?? '');
  },
  { independentCases: { atMost: AT_ONCE } },
);
