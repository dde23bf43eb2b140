/**
 * A failure to build the job, carrying what the reference would report: the run is proposed Crashed with
 * `Failed to submit flow run to infrastructure: <pythonType>: <message>`.
 */
export class TemplatingError extends Error {
  /** The Python exception class the reference raises (`ValueError`, `ValidationError`, ...). */
  readonly pythonType: string;
  constructor(pythonType: string, message: string) {
    super(message);
    this.name = "TemplatingError";
    this.pythonType = pythonType;
  }
  /** The state message the worker proposes with the Crashed state. */
  get crashMessage(): string {
    return `Failed to submit flow run to infrastructure: ${this.pythonType}: ${this.message}`;
  }
}
