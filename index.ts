// Package entry point: the contract, the generators and the reference emulator, for projects
// that build on this suite; each is also an entry of its own (package.json's exports).
export * from './contract/index.js';
export * from './generators/index.js';
export * from './emulator/index.js';
