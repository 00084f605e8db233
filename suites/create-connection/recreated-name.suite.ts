// Whether a re-created name gets a new ARN is inferred, not documented (CONN-ARN-FRESH-ID): an
// id derived from the name is a freedom the contract leaves, so this records what the target did.
import { observe } from '../../harness/checks/check.js';
import {
  createConnection,
  deleteConnection,
  sendCreate,
} from '../../harness/checks/connections.js';
import { failureOf } from '../../harness/checks/errors.js';

observe(
  'CONN-ARN-FRESH-ID',
  'whether a name created again after deletion gets a different ARN',
  async () => {
    const first = await createConnection();
    await deleteConnection(first.ConnectionArn ?? '');
    const again = sendCreate({ ConnectionName: first.ConnectionName, ProviderType: 'GITHUB' });
    const refused = await failureOf(again);
    // Without a second connection there is no second ARN to compare (DELETE-FREES-NAME).
    if (refused) return { recreated: false, error: refused.name, status: refused.status };
    const second = (await again).Connection?.ConnectionArn;
    return second === first.ConnectionArn ? 'the same ARN' : 'a different ARN';
  },
);
