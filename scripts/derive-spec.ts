// npm run derive-spec [-- --model PATH] [--commit SHA] [--check]
// Derives spec/derived/ from the App Runner service model. Exit 0 written (or up to date with
// --check), 1 with --check when spec/derived/ is stale, 2 for bad input (nothing is written).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deriveSpec, type ModelSource } from '../derive/derive-spec.js';
import { loadModel } from '../derive/load-model.js';
import { ModelInputError } from '../derive/model-ir.js';
import { diffTrees, readTree, writeTree } from '../derive/write-tree.js';
import { EXIT, parseFlags, runCommand } from './lib/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
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
    const pin = JSON.parse(readFileSync(`${root}spec/model-source.json`, 'utf8')) as ModelSource;
    const modelPath = values.model ?? `${root}${pin.path}`;
    const out = values.out ?? `${root}spec/derived`;
    const files = deriveSpec(loadModel(modelPath), modelPath, pin, values.commit);
    if (values.check) {
      const stale = diffTrees(readTree(out), files);
      if (stale.length === 0) return EXIT.ok;
      console.error(`derive-spec: ${out} is stale in ${stale.join(', ')}; run npm run derive-spec`);
      return EXIT.failed;
    }
    writeTree(out, files);
    console.log(`derive-spec: wrote ${files.size} files to ${out}`);
    return EXIT.ok;
  },
  [ModelInputError],
);
