// The README's application-test examples are the files in examples/, which run in the tests: a
// change to either that is not made to both fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../common/project-root.js';

const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const section =
  /## Testing your application against the emulator\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);

test.each(['examples/wait-for-available.int.test.ts', 'examples/retry-on-500.int.test.ts'])(
  'the README shows %s as it is, importing the package',
  (file) => {
    const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
    // In the package the emulator is its own entry; here the test imports the sources.
    expect(text).toContain("from '../emulator/index.js'");
    expect(blocks).toContain(
      text.replace(
        "from '../emulator/index.js'",
        "from 'apprunner-connection-conformance/emulator'",
      ),
    );
  },
);
