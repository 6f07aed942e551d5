/**
 * Errors of the built-in renderer (docs/renderer.md "Errors"). The render worker tells them apart:
 *
 * - {@link RenderInputError}: permanent. The stored media is corrupt or unsupported, or the narration
 *   is empty or too long. Rendering again gives the same answer, so the job fails with `reason`.
 * - {@link RenderError}: transient. A tool crashed, ran past its deadline or is missing; retrying (or
 *   another machine) may succeed. `aborted` is true when the caller's AbortSignal stopped the render.
 *
 * Both carry a human sentence in `message` (safe to show to a client) and keep tool output (stderr) in
 * `detail` for logs only.
 */
export class RenderInputError extends Error {
  /** Always false: the same input fails the same way. */
  readonly retryable = false;
  constructor(
    message: string,
    /** Tool output or other diagnostics, for logs; never shown to clients. */
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RenderInputError';
  }
}

/** A failure of the machine or a tool, not of the input: retry. */
export class RenderError extends Error {
  /** Always true: retrying may succeed. */
  readonly retryable = true;
  constructor(
    message: string,
    readonly detail?: string,
    options?: { cause?: unknown; aborted?: boolean },
  ) {
    super(message, options);
    this.name = 'RenderError';
    this.aborted = options?.aborted ?? false;
  }
  /** True when the caller's AbortSignal ended the render (not a failure of the render itself). */
  readonly aborted: boolean;
}

/** True for errors the worker should not retry. */
export const isPermanentRenderError = (err: unknown): err is RenderInputError => err instanceof RenderInputError;
