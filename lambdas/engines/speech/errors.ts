/**
 * The speech engine's error (docs/voices.md "Fail-over"). Like the renderer's two errors
 * (docs/renderer.md "Errors") it says whether speaking again can succeed:
 *
 * - `retryable: true` (the default): transient. A tool crashed, ran past its deadline or is missing, a
 *   provider failed; retrying (or another provider) may succeed. `aborted` is true when the caller's
 *   AbortSignal stopped the narration.
 * - `retryable: false`: permanent. The same text fails the same way.
 *
 * `message` is a human sentence (safe to show to a client); tool output stays in `detail` (logs only).
 * The renderer turns a SpeechError into its own RenderError / RenderInputError at its call site, message
 * unchanged.
 */
export class SpeechError extends Error {
  /** Whether speaking again may succeed. */
  readonly retryable: boolean;
  /** True when the caller's AbortSignal ended the narration (not a failure of the narration itself). */
  readonly aborted: boolean;
  constructor(
    message: string,
    /** Tool output or other diagnostics, for logs; never shown to clients. */
    readonly detail?: string,
    options?: { cause?: unknown; aborted?: boolean; retryable?: boolean },
  ) {
    super(message, { cause: options?.cause });
    this.name = 'SpeechError';
    this.aborted = options?.aborted ?? false;
    this.retryable = options?.retryable ?? true;
  }
}
