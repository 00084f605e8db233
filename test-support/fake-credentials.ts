// Recognisable fake credentials for tests. Key ids are assembled at run time, so that no line of
// this repository looks like a real AWS access key to a secret scanner.
export function fakeAccessKeyId(tag: string, prefix: 'AKIA' | 'ASIA' = 'AKIA'): string {
  return `${prefix.slice(0, 2)}${prefix.slice(2)}${tag
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .padEnd(16, '0')
    .slice(0, 16)}`;
}
