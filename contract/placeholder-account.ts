// The account id that stands for no real account: the emulator's default, the account of a run
// against the embedded emulator, and what recordings and live output put in place of a real one.
// Twelve digits, so ARNs that carry it still match the contract's pattern.
/** The account id that stands for no real account (twelve digits, as ARNs require). */
export const PLACEHOLDER_ACCOUNT = '000000000000';
