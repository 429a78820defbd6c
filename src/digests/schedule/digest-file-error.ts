/** Where and why a digest file is wrong. */
export interface DigestFileProblem {
  /** The path as read, e.g. "briefings/afghanistan.digest.yml". */
  file: string;
  /** 1-based line of the offending value or key, when there is one (a missing field has none). */
  line?: number;
  /** The field as written in the file: "schedule", "targets[1]". */
  field?: string;
  /** What is wrong, for the person editing the file. */
  reason: string;
}

/**
 * A digest file that cannot be used. `message` reads like a compiler's:
 * "briefings/x.digest.yml:4: schedule: "25:00" is not a time of day: …".
 */
export class DigestFileError extends Error implements DigestFileProblem {
  override readonly name = "DigestFileError";
  readonly file: string;
  readonly line?: number;
  readonly field?: string;
  readonly reason: string;

  constructor(problem: DigestFileProblem) {
    const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
    super(`${where}: ${problem.field === undefined ? "" : `${problem.field}: `}${problem.reason}`);
    this.file = problem.file;
    if (problem.line !== undefined) this.line = problem.line;
    if (problem.field !== undefined) this.field = problem.field;
    this.reason = problem.reason;
  }
}
