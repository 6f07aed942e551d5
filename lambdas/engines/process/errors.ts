/**
 * The process runner's one error (docs/architecture.md "Layout"). A child that starts and exits
 * (zero or not, or killed at its deadline) is NOT an error: `runTool` resolves with its exit and output and
 * the caller decides what the exit means. `ToolError` is for the cases where there is no exit to judge.
 * Each engine maps it to its own errors (the renderer to `RenderError`, intake to `errors.detector`, speech
 * to `SpeechError`).
 */

/** Why a run produced no exit to judge. */
export type ToolErrorReason =
  /** The binary is not there (`ENOENT` from the spawn). */
  | 'missing'
  /** The spawn failed otherwise (`EACCES`, resource limits …); {@link ToolError.errno} says how. */
  | 'could-not-start'
  /** The caller's AbortSignal fired; the child was killed. */
  | 'aborted'
  /** The caller's `feed` rejected; the child was killed. The feed's own error is the `cause`. */
  | 'feed-failed';

export class ToolError extends Error {
  constructor(
    /** The tool that was run (a `SystemTool` name: `ffmpeg`, `espeakWords` …). */
    readonly tool: string,
    readonly reason: ToolErrorReason,
    message: string,
    options?: { cause?: unknown; errno?: string },
  ) {
    super(message, { cause: options?.cause });
    this.name = 'ToolError';
    this.errno = options?.errno;
  }
  /** The spawn's error code (`ENOENT`, `EACCES` …) for `missing` and `could-not-start`. */
  readonly errno?: string;
}
