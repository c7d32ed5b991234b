/** Raised when a data file cannot be used; the message names the file and the problem. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`Cannot use the file ${file}: ${problem}`);
    this.name = 'DataFileError';
  }
}
