/**
 * Writing to stdout as a pipe expects: waits for the pipe to drain instead of buffering a whole
 * corpus of facts in memory, and treats a reader that went away (`gwr-extract facts … | head`)
 * as the end of output rather than a crash.
 */
import type { Writable } from 'node:stream';

export class Output {
  private closed = false;
  private error: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.closed = true;
      else this.error = error;
    });
  }

  /** False once the reader has gone: callers can stop producing. */
  get open(): boolean {
    return !this.closed;
  }

  /** Writes text, or bytes already encoded as UTF-8. */
  async write(text: string | Uint8Array): Promise<void> {
    if (this.error) throw this.error;
    if (this.closed || text.length === 0) return;
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
  }
}
