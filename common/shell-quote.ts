// One argument for a POSIX shell, as a person pastes it: single-quoted, with each single quote
// closed, escaped and reopened. The one quoter every printed command uses.
export const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
