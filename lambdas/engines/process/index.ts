/**
 * The process engine's public face (docs/architecture.md, "Layout"): re-exports only, no logic. Other
 * engines import this file, never the engine's other modules (eslint.config.js enforces it).
 */
export { ToolError } from './errors.js';
export { exitDescription, type ProcessStats, type RunOptions, type RunResult, runTool, type Tool } from './runner.js';
