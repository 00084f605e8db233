// npm run derive-spec [-- --model PATH] [--commit SHA] [--check]
// Derives spec/derived/ from the App Runner service model. Exit 0 written (or up to date with
// --check), 1 with --check when spec/derived/ is stale, 2 for bad input (nothing is written).
import { readFileSync, statSync } from 'node:fs';
import { deriveSpec, type ModelSource } from '../derive/derive-spec.js';
import { loadModel } from '../derive/load-model.js';
import { ModelInputError } from '../derive/model-ir.js';
import { diffTrees, readTree, writeTree } from '../derive/write-tree.js';
import { EXIT, UsageError, parseFlags, runCommand } from './command.js';
import { PROJECT_ROOT } from '../common/project-root.js';

/** --out must be a directory (replaced as a whole) or not exist yet; a file there is never replaced. */
function checkOut(out: string): void {
  let kind;
  try {
    kind = statSync(out, { throwIfNoEntry: false });
  } catch (e) {
    throw cannotUse(out, e);
  }
  if (kind && !kind.isDirectory()) {
    throw new UsageError(
      `--out ${out} exists and is not a directory; name a directory, or a path that does not exist yet`,
    );
  }
}

/** A file-system error about --out (its parent is a file, no permission, ...) as a usage error. */
function cannotUse(out: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  return code === undefined
    ? e
    : new UsageError(`cannot write --out ${out} (${code}); name a directory you can write to`);
}

const HELP = `usage: npm run derive-spec -- [--model PATH] [--commit SHA] [--out DIR] [--check]
  --model PATH   Smithy JSON AST model, or botocore service-2.json(.gz) (default: spec/model-source.json's path)
  --commit SHA   commit of the model's repository, recorded in provenance
  --out DIR      where to write (default spec/derived)
  --check        write nothing; exit 1 if DIR differs from what the model derives`;

await runCommand(
  'derive-spec',
  () => {
    const { values } = parseFlags('npm run derive-spec', {
      model: { type: 'string' },
      commit: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean' },
      help: { type: 'boolean' },
    });
    if (values.help) {
      console.log(HELP);
      return EXIT.ok;
    }
    const pin = JSON.parse(
      readFileSync(`${PROJECT_ROOT}spec/model-source.json`, 'utf8'),
    ) as ModelSource;
    const modelPath = values.model ?? `${PROJECT_ROOT}${pin.path}`;
    const out = values.out ?? `${PROJECT_ROOT}spec/derived`;
    checkOut(out);
    const files = deriveSpec(loadModel(modelPath), modelPath, pin, values.commit);
    if (values.check) {
      const stale = diffTrees(readTree(out), files);
      if (stale.length === 0) return EXIT.ok;
      console.error(`derive-spec: ${out} is stale in ${stale.join(', ')}; run npm run derive-spec`);
      return EXIT.failed;
    }
    try {
      writeTree(out, files);
    } catch (e) {
      throw cannotUse(out, e);
    }
    console.log(`derive-spec: wrote ${files.size} files to ${out}`);
    return EXIT.ok;
  },
  [ModelInputError],
);
