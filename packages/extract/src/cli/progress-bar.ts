/**
 * A one-line progress bar on stderr, redrawn in place with `\r`. Hand-rolled (30 lines) rather
 * than a dependency: all it needs is a width, a percentage and the throughput, and it must stay
 * off when stderr is not a terminal so logs and pipes never see control characters.
 */
import type { WriteStream } from 'node:tty';

/** Inputs smaller than this finish before a bar would be worth drawing. */
export const PROGRESS_MIN_BYTES = 5 * 1024 * 1024;

export class ProgressBar {
  private readonly started = performance.now();
  private lastDraw = 0;

  constructor(
    private readonly stream: WriteStream,
    private readonly total: number,
  ) {}

  /** A bar if `stream` is a terminal and the input is large enough, else null. */
  static maybe(stream: NodeJS.WriteStream, totalBytes: number): ProgressBar | null {
    return stream.isTTY && totalBytes > PROGRESS_MIN_BYTES ? new ProgressBar(stream, totalBytes) : null;
  }

  update(done: number, label: string): void {
    const now = performance.now();
    if (now - this.lastDraw < 100 && done < this.total) return; // at most ten redraws a second
    this.lastDraw = now;
    const share = this.total > 0 ? Math.min(1, done / this.total) : 1;
    const mb = (n: number) => (n / 1048576).toFixed(1);
    const rate = done / 1048576 / Math.max(0.001, (now - this.started) / 1000);
    const info = ` ${(share * 100).toFixed(0).padStart(3)}% ${mb(done)}/${mb(this.total)} MB ${rate.toFixed(1)} MB/s `;
    const columns = this.stream.columns || 80;
    const barWidth = Math.max(10, Math.min(40, columns - info.length - 20));
    const filled = Math.round(share * barWidth);
    const room = Math.max(0, columns - barWidth - info.length - 3);
    const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
    this.stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(barWidth - filled)}]${info}${name}\x1b[K`);
  }

  /** Erases the bar so the next line of output starts clean. */
  clear(): void {
    this.stream.write('\r\x1b[K');
  }
}
