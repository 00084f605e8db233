// npm run generate [-- --check]
// Regenerates generated/ from spec/ alone. With --check, writes nothing and exits 1 when
// generated/ is stale.
import { renderGenerated } from '../derive/render-generated.js';
import { diffTrees, readTree, writeTree } from '../derive/write-tree.js';
import { EXIT, parseFlags, runCommand } from './command.js';
import { PROJECT_ROOT } from '../common/project-root.js';

await runCommand('generate', async () => {
  const { values } = parseFlags('npm run generate', { check: { type: 'boolean' } });
  const files = await renderGenerated(`${PROJECT_ROOT}spec`);
  const out = `${PROJECT_ROOT}generated`;
  if (values.check) {
    const stale = diffTrees(readTree(out), files);
    if (stale.length === 0) return EXIT.ok;
    console.error(`generate: generated/ is stale in ${stale.join(', ')}; run npm run generate`);
    return EXIT.failed;
  }
  writeTree(out, files);
  console.log(`generate: wrote ${files.size} files to generated/`);
  return EXIT.ok;
});
