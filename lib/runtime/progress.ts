// Progress on stderr: rewritten in place on a terminal, a line per 10% otherwise
// (so a log file stays short).

export class Progress {
  private readonly started = performance.now();
  private lastPrint = 0;
  private lastDecile = -1;
  private lastDone = -1;

  constructor(private readonly label: string, private readonly total: number, private readonly stream: NodeJS.WriteStream = process.stderr) {}

  update(done: number): void {
    const now = performance.now();
    const decile = Math.floor((done / this.total) * 10);
    if (this.stream.isTTY ? now - this.lastPrint < 250 : decile === this.lastDecile) return;
    this.lastPrint = now;
    this.lastDecile = decile;
    this.print(done, now);
  }

  finish(done: number): void {
    if (done !== this.lastDone || this.stream.isTTY) this.print(done, performance.now());
    if (this.stream.isTTY) this.stream.write("\n");
  }

  private print(done: number, now: number): void {
    this.lastDone = done;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const pct = this.total ? ((done / this.total) * 100).toFixed(1) : "100.0";
    const filled = this.total ? Math.round((done / this.total) * 20) : 20;
    const bar = `[${"#".repeat(filled)}${"-".repeat(20 - filled)}]`;
    const line = `${this.label} ${bar} ${done.toLocaleString("en")}/${this.total.toLocaleString("en")} (${pct}%) ${rate.toLocaleString("en")} rows/s, ${seconds.toFixed(1)} s`;
    this.stream.write(this.stream.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
  }
}
