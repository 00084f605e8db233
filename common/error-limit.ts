/**
 * How many errors a generated validator collects before it stops looking
 * (derive/bound-errors.ts bakes it into the validators; contract/validate.ts reads it back).
 */
export const ERROR_LIMIT = 1000;
