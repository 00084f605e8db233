// Every CreateConnection input that breaks exactly one constraint is rejected with
// InvalidRequestException and creates nothing: one property per constraint, so the verdict says
// which constraint a target fails to enforce. Sent raw, since some values (wrong JSON types, a
// body that is not an object) are ones the SDK would never serialise.
import { invalidCreateConnectionInput } from '../../generators/index.js';
import { invalidCreateConnectionInputCases } from '../../generators/invalid-create-connection-input.js';
import { checkProperty } from '../../harness/checks/check.js';
import {
  deleteConnection,
  listAll,
  rawCreate,
  reserveConnections,
  track,
} from '../../harness/checks/connections.js';
import { RequirementFailure } from '../../harness/checks/meta.js';
import { sharedRead } from '../../harness/checks/shared-read.js';
import { assertRejected } from '../../harness/checks/rejection.js';
import { filePrefix } from '../../harness/checks/names.js';

// Every input is refused: the file holds no connection, and runs beside files that do.
reserveConnections(0);

const broken = [...new Set(invalidCreateConnectionInputCases().map((c) => c.breaks))];

/** The cases in flight at once share the listing that starts after their refusal. */
const listing = sharedRead(async () => (await listAll()).flat());

/** Connections named `name` that exist now (all of them: the name itself may be invalid). */
async function existing(name: unknown): Promise<string[]> {
  if (typeof name !== 'string') return [];
  return (await listing()).flatMap((c) =>
    c.ConnectionName === name && c.ConnectionArn ? [c.ConnectionArn] : [],
  );
}

/** The error `assertion` throws, or undefined when it holds. */
function failureOfAssertion(assertion: () => void): Error | undefined {
  try {
    assertion();
    return undefined;
  } catch (e) {
    if (e instanceof Error) return e;
    throw e;
  }
}

for (const requirement of broken) {
  checkProperty(
    ['CONN-INVALID-REJECTED', requirement],
    `an input that breaks only ${requirement} is rejected and creates nothing`,
    () => invalidCreateConnectionInput({ namePrefix: filePrefix(), breaks: [requirement] }),
    async (invalid) => {
      const name = (invalid.value as { ConnectionName?: unknown } | null)?.ConnectionName;
      const res = await rawCreate(invalid.value, { expectRefused: true });
      const left = await existing(name);
      left.forEach((arn) => track(arn, String(name)));
      // Deleted at once, not at the end of the file: while fast-check shrinks, every accepted
      // input makes another connection, and a full quota would fail the next properties too.
      for (const arn of left) await deleteConnection(arn);
      const rejection = failureOfAssertion(() => assertRejected(res, invalid));
      if (left.length > 0) {
        // Refused as it should be, yet stored: the rule was enforced, the refusal is not atomic.
        throw new RequirementFailure(
          rejection ? [requirement, 'CONN-INVALID-REJECTED'] : ['CONN-INVALID-REJECTED'],
          `${invalid.reason}: ${rejection ? '' : 'refused with '}HTTP ${res.status}, and ${left.length} connection(s) named ${String(name)} now exist`,
        );
      }
      if (rejection) throw rejection;
    },
    { independentCases: true },
  );
}
