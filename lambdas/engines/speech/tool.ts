import { ToolError } from '../process/index.js';
import { runTool as run, type RunOptions, type RunResult, type Tool } from '../process/index.js';
import { SpeechError } from './errors.js';

/**
 * Runs a tool of the speech engine through the one process runner (engines/process/runner.ts); a run that
 * could not happen (missing tool, abort) is a transient {@link SpeechError} with the runner's message.
 * A non-zero exit is NOT an error here: the caller decides.
 * @throws SpeechError (transient; `aborted` when the signal fired).
 */
export async function runSpeechTool(tool: Tool, args: string[], options: RunOptions): Promise<RunResult> {
  try {
    return await run(tool, args, options);
  } catch (err) {
    if (err instanceof ToolError) throw new SpeechError(err.message, undefined, { cause: err.cause, aborted: err.reason === 'aborted' });
    throw err;
  }
}
