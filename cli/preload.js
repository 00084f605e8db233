// Loads vitest's runner API natively, before tsx registers its module hooks:
//   node --import ./cli/preload.js --import tsx cli/conformance.ts
// In Node 20 those hooks run on a separate thread and every ES module passes through them, so
// vitest/node's few hundred modules took seconds to load under tsx and take a fraction of one
// without (npm run bench:conformance shows the difference). Nothing else changes: the module is
// the same one cli/conformance.ts imports, found in the module cache.
await import('vitest/node');
