// The member of a message a violation points at, for deviations that second-guess a violation.

/** The value at a JSON pointer such as /Tags/0/Key ('' is the message itself). */
export function valueAt(input: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], input);
}

/** The model's pattern without its ^ and $: a search instead of a whole-string match. */
export function unanchored(pattern: string | undefined): RegExp {
  return new RegExp((pattern ?? '').replace(/^\^/, '').replace(/\$$/, ''), 'u');
}
