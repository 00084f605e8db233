// Version of the derivation itself: bump it whenever the same model yields different spec files,
// so that a spec's provenance says which derivation made it.
export const DERIVE_SPEC_VERSION = '1.1.0';
