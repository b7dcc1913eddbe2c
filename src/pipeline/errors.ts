/** A problem with the input that stops the parse. The caller prefixes the file name: `file:line: message`. */
export class ReportError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(message);
    this.name = 'ReportError';
    this.line = line;
  }
}
