// Every valid connection name is accepted, over the whole length range and character set the
// model allows (under this run's prefix).
import { connectionName } from '../../generators/index.js';
import { checkProperty } from '../support/check.js';
import { deleteConnection, sendCreate } from '../support/connections.js';
import { failureOf } from '../support/errors.js';
import { RequirementFailure } from '../support/meta.js';
import { filePrefix } from '../support/names.js';

const NAME_RULES = ['shape.ConnectionName.length', 'shape.ConnectionName.pattern'] as const;

checkProperty(
  NAME_RULES,
  'every valid connection name is accepted',
  () => connectionName({ prefix: filePrefix() }),
  async (name) => {
    const created = sendCreate({ ConnectionName: name, ProviderType: 'GITHUB' });
    const failure = await failureOf(created);
    if (failure)
      throw new RequirementFailure(
        [...NAME_RULES],
        `the valid name ${JSON.stringify(name)} (${name.length} characters) was refused: ${failure.name} ${failure.message}`,
      );
    await deleteConnection((await created).Connection?.ConnectionArn ?? '');
  },
);
