// Finds botocore's rendering of the App Runner model, when python3 and botocore are installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function botocoreModelPath(): string | undefined {
  const r = spawnSync(
    'python3',
    ['-c', 'import botocore, os; print(os.path.dirname(botocore.__file__))'],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) return undefined;
  const path = `${r.stdout.trim()}/data/apprunner/2020-05-15/service-2.json.gz`;
  return existsSync(path) ? path : undefined;
}
