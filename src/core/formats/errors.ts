/** Raised for a file that says it is a format but is broken beyond reading; the message says what and where. */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}
