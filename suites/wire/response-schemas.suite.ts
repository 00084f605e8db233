// Every successful answer validates against the derived response schema of its operation;
// members the model does not know are allowed (the schemas are open for responses).
import type { SchemaName } from '../../contract/index.js';
import { OPERATIONS } from '../../contract/index.js';
import { check } from '../../harness/checks/check.js';
import { provoke } from '../../harness/checks/provoke.js';
import { assertBodyMatches, shapeRequirementsOf } from '../../harness/checks/schema.js';

for (const op of OPERATIONS.operations) {
  const schema = op.output as SchemaName;
  check(
    shapeRequirementsOf(schema),
    `a successful ${op.name} answer validates against ${schema}`,
    async () => {
      const { successes } = await provoke();
      assertBodyMatches(
        successes.find((e) => e.operation === op.name),
        schema,
      );
    },
  );
}
