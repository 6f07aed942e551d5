import { afterEach, describe, expect, it } from 'vitest';
import { ToolError } from '../../../lambdas/engines/process/errors.js';
import { exitDescription, runTool, writeChunk, type ProcessStats } from '../../../lambdas/engines/process/runner.js';
import { useToolPaths } from '../../../lambdas/domain/system-tools.js';

/**
 * The one process runner (lambdas/engines/process/runner.ts), with the real ffmpeg: what a run resolves
 * with, and the four ToolError reasons.
 */

/** `seconds` of silence from ffmpeg's lavfi source, read in real time (`-re`), to nowhere. */
const slowRun = (seconds: number) => ['-hide_banner', '-nostdin', '-re', '-f', 'lavfi', '-i', `anullsrc=r=8000:cl=mono`, '-t', String(seconds), '-f', 'null', '-'];
/** `seconds` of 48 kHz stereo silence as raw PCM on stdout (192 000 bytes a second). */
const pcmOut = (seconds: number) => ['-hide_banner', '-v', 'error', '-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=stereo', '-t', String(seconds), '-f', 's16le', 'pipe:1'];

afterEach(() => useToolPaths({}));

describe('runTool', () => {
  it('resolves with the exit and the output, and reports the child’s peak RSS and wall time', async () => {
    const stats: ProcessStats[] = [];
    const result = await runTool('ffmpeg', pcmOut(1), { timeoutMs: 20_000, onStats: (s) => stats.push(s) });
    expect(result).toMatchObject({ code: 0, signal: null, timedOut: false });
    expect(result.stdout.length).toBe(192_000);
    expect(stats).toHaveLength(1);
    expect(stats[0]!.tool).toBe('ffmpeg');
    expect(stats[0]!.peakRssMb).toBeGreaterThan(1);
    expect(stats[0]!.wallMs).toBeGreaterThan(0);
  });

  it('resolves a non-zero exit (not an error: the caller decides)', async () => {
    const result = await runTool('ffmpeg', ['-hide_banner', '-i', 'file:/nonexistent/input.mp4'], { timeoutMs: 20_000 });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/No such file/);
    expect(exitDescription(result)).toBe(`exit ${result.code}`);
  });

  it('SIGKILLs a child at its deadline', async () => {
    const started = performance.now();
    const result = await runTool('ffmpeg', slowRun(30), { timeoutMs: 500 });
    expect(result).toMatchObject({ code: null, signal: 'SIGKILL', timedOut: true });
    expect(exitDescription(result)).toBe('killed by SIGKILL');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('keeps the first maxStdout bytes, or kills the child past them with stdoutOverflow: kill', async () => {
    const truncated = await runTool('ffmpeg', pcmOut(2), { timeoutMs: 20_000, maxStdout: 100_000 });
    expect(truncated.code).toBe(0);
    expect(truncated.stdout.length).toBeLessThanOrEqual(100_000);
    expect(truncated.stdout.length).toBeGreaterThan(0);
    const killed = await runTool('ffmpeg', [...slowRun(30).slice(0, -3), '-f', 's16le', 'pipe:1'], { timeoutMs: 20_000, maxStdout: 1_000, stdoutOverflow: 'kill' });
    expect(killed).toMatchObject({ code: null, signal: 'SIGKILL', timedOut: false });
  });

  it('feeds stdin with backpressure (writeChunk) and reads what the child made of it', async () => {
    const chunk = Buffer.alloc(64 * 1024);
    const total = 80;
    const result = await runTool('ffmpeg', ['-hide_banner', '-v', 'error', '-f', 's16le', '-ar', '48000', '-ac', '1', '-i', 'pipe:0', '-f', 's16le', 'pipe:1'], {
      timeoutMs: 20_000,
      feed: async (stdin, isAlive) => {
        for (let i = 0; i < total; i++) if (!(await writeChunk(stdin, chunk, isAlive))) throw new Error('reader went away');
      },
    });
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBe(total * chunk.length);
  });

  it('is a ToolError `missing` naming the tool when the binary is not there', async () => {
    useToolPaths({ ffmpeg: '/nonexistent/bin/ffmpeg' });
    const err = await runTool('ffmpeg', ['-version'], { timeoutMs: 5_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect(err).toMatchObject({ reason: 'missing', tool: 'ffmpeg', errno: 'ENOENT' });
    expect((err as Error).message).toMatch(/^ffmpeg is not installed/);
    expect((err as Error).message).not.toContain('/nonexistent');
  });

  it('is a ToolError `aborted` when the signal fires, before or during the run', async () => {
    const before = AbortSignal.abort(new Error('cancelled'));
    await expect(runTool('ffmpeg', slowRun(30), { timeoutMs: 20_000, signal: before })).rejects.toMatchObject({ reason: 'aborted' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('cancelled')), 300);
    const started = performance.now();
    const err = await runTool('ffmpeg', slowRun(30), { timeoutMs: 20_000, signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect(err).toMatchObject({ reason: 'aborted' });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('is a ToolError `feed-failed` carrying the feed’s own error when the feed rejects', async () => {
    const boom = new Error('the frame source failed');
    const err = await runTool('ffmpeg', ['-hide_banner', '-v', 'error', '-f', 's16le', '-ar', '48000', '-ac', '1', '-i', 'pipe:0', '-f', 'null', '-'], {
      timeoutMs: 20_000,
      feed: async (stdin, isAlive) => {
        await writeChunk(stdin, Buffer.alloc(4096), isAlive);
        throw boom;
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect(err).toMatchObject({ reason: 'feed-failed', message: 'Feeding ffmpeg failed.' });
    expect((err as ToolError).cause).toBe(boom);
  });
});
