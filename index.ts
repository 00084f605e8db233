// Package entry point: the contract, the generators and the reference emulator, for projects
// that build on this suite.
export * from './contract/index.js';
export * from './generators/index.js';
export { startEmulator, type EmulatorOptions, type RunningEmulator } from './emulator/index.js';
