// Input the user can fix: a flag's value, a file named on the command line, an endpoint that does
// not answer, a live run the guard refuses. Library code throws it; every command prints it as
// one line on stderr and exits 2 (cli/command.ts), so no library module needs the command layer.
export class InputError extends Error {}
