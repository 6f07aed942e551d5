/**
 * Runs async tasks one at a time, in call order. The detectors reuse their input buffers between calls,
 * so two overlapping `detect` calls in one process (the local runtime serves requests concurrently)
 * must not interleave; onnxruntime is single-threaded here anyway, so nothing is lost.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** The one queue every detector in this process shares. */
export const detectionQueue = new SerialQueue();
