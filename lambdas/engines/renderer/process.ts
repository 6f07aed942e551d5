import { runTool as run, exitDescription, type RunOptions, type RunResult, type Tool } from '../process/index.js';
import { ToolError } from '../process/index.js';
import { RenderError } from './errors.js';

/**
 * The renderer's side of the process runner (engines/process/runner.ts, docs/architecture.md "Process
 * runner"): the same runs, with failures to run as RenderError (transient), so the render's error
 * contract (docs/renderer.md "Errors") holds for every tool it starts.
 */

export { exitDescription, type RunOptions, type RunResult, type Tool } from '../process/index.js';

/**
 * Runs `tool` like engines/process/runner.ts `runTool` (a non-zero exit is NOT an error here).
 * @throws RenderError when the binary cannot be started (missing), when `feed` fails (a RenderError the
 *   feed threw is passed on as it is), or with `aborted: true` when the signal fires.
 */
export async function runTool(tool: Tool, args: string[], options: RunOptions): Promise<RunResult> {
  try {
    return await run(tool, args, options);
  } catch (err) {
    throw asRenderError(err);
  }
}

/** The RenderError for a ToolError of the runner (anything else is returned as it is). */
export function asRenderError(err: unknown): unknown {
  if (!(err instanceof ToolError)) return err;
  if (err.reason === 'aborted') return new RenderError('The render was aborted.', undefined, { cause: err.cause, aborted: true });
  if (err.reason === 'feed-failed') return err.cause instanceof RenderError ? err.cause : new RenderError(err.message, undefined, { cause: err.cause });
  return new RenderError(err.message, undefined, { cause: err.cause });
}

/** Throws the RenderError for a tool that exited non-zero or timed out (transient by default). */
export function toolFailure(tool: Tool, what: string, result: RunResult): RenderError {
  return new RenderError(
    result.timedOut ? `${tool} took too long while ${what}.` : `${tool} failed while ${what} (${exitDescription(result)}).`,
    result.stderr,
  );
}
