/**
 * Where the external tools run by the process runner (engines/process/runner.ts: video sampling, HEIF
 * decoding, the built-in renderer, the speech engine) live. Core reads no environment: the composition root
 * (lambdas/adapters/composition.ts) installs the configured paths (`FFMPEG_PATH`, `FFPROBE_PATH`,
 * `ESPEAK_NG_PATH`, `ESPEAK_NG_WORDS_PATH`, validated by domain/config.ts) when it builds the services; until then, and in tools
 * and tests that use core directly, each tool is its name, found on `PATH`.
 */
export interface ToolPaths {
  ffmpeg: string;
  ffprobe: string;
  espeak: string;
  /** libheif's `heif-convert` (HEIC/HEIF stills, engines/intake/heif.ts). */
  heifConvert: string;
  /**
   * The word-timing speech helper (lambdas/engines/speech/espeak-words/espeak-ng-words.c, built
   * by scripts/setup-system.ts and the renderer image): espeak-ng's library with its word events.
   */
  espeakWords: string;
}

/** One of the external tools. */
export type SystemTool = keyof ToolPaths;

/** The defaults: each tool by name, resolved through `PATH` by the spawn. */
export const DEFAULT_TOOL_PATHS: Readonly<ToolPaths> = Object.freeze({ ffmpeg: 'ffmpeg', ffprobe: 'ffprobe', espeak: 'espeak-ng', heifConvert: 'heif-convert', espeakWords: 'espeak-ng-words' });

let installed: ToolPaths = { ...DEFAULT_TOOL_PATHS };

/**
 * Installs the tool paths of this process (the composition root, from configuration; tests that stand
 * in a recorder script). Omitted tools return to their default.
 */
export function useToolPaths(paths: Partial<ToolPaths>): void {
  installed = { ...DEFAULT_TOOL_PATHS, ...paths };
}

/** The executable to spawn for `tool`: an absolute path or a name looked up on `PATH`. */
export const toolPath = (tool: SystemTool): string => installed[tool];
