// Valid provider types: the ProviderType enum values in spec/, in the model's order (shrinking
// goes to the first).
import fc from 'fast-check';
import { enumValues, type ProviderType } from '../contract/index.js';

/** Options of {@link providerType} (none yet). */
export type ProviderTypeOptions = Record<string, never>;

/** Valid provider types: each value of the ProviderType enum, equally often. */
export function providerType(_options: ProviderTypeOptions = {}): fc.Arbitrary<ProviderType> {
  return fc.constantFrom(...(enumValues('ProviderType') as ProviderType[]));
}
