import { check } from '../support/check.js';
import { createConnection, deleteConnection, sendCreate } from '../support/connections.js';
import { failureOf, require } from '../support/errors.js';

check(
  ['CONN-ARN-FRESH-ID'],
  'a name created again after deletion gets a different ARN',
  async () => {
    const first = await createConnection();
    await deleteConnection(first.ConnectionArn ?? '');
    const again = sendCreate({ ConnectionName: first.ConnectionName, ProviderType: 'GITHUB' });
    // Without a second connection there is no second ARN to compare: the name was not freed.
    const refused = await failureOf(again);
    require(!refused, 'DELETE-FREES-NAME', `the deleted name ${first.ConnectionName} could not be created again: ${refused?.name} ${refused?.message}`);
    const second = (await again).Connection;
    require(second?.ConnectionArn !==
      first.ConnectionArn, 'CONN-ARN-FRESH-ID', `the recreated connection reuses the ARN ${first.ConnectionArn}`);
  },
);
