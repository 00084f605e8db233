// Loads vitest's runner API natively, before tsx registers its module hooks:
//   node --import ./cli/preload.js --import tsx cli/conformance.ts
// Why: docs/decisions/0001-preload-vitest-before-tsx.md.
await import('vitest/node');
