/** A writable that keeps what is written, optionally pretending to be a terminal. */
export function capture(isTTY = false): { stream: NodeJS.WritableStream & { isTTY?: boolean }; text(): string } {
  let text = '';
  const stream = {
    isTTY,
    write(chunk: string | Uint8Array): boolean {
      text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    },
  } as unknown as NodeJS.WritableStream & { isTTY?: boolean };
  return { stream, text: () => text };
}
