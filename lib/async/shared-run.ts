// One run of a piece of work shared by the callers that arrive together. A caller never
// joins a run already under way (it may have started before something this caller must
// see: a write, a commit), only the next one, which starts when the running one ends.
// So at most one run is under way and one waits, however many callers there are.

export class SharedRun<T> {
  private running: Promise<T> | null = null;
  private next: Promise<T> | null = null;

  constructor(private readonly start: () => Promise<T>) {}

  /** The result of a run that starts after this call. */
  run(): Promise<T> {
    if (!this.running) return this.launch();
    this.next ??= this.running.then(noop, noop).then(() => {
      this.next = null;
      return this.launch();
    });
    return this.next;
  }

  private launch(): Promise<T> {
    const run = this.start();
    this.running = run;
    const done = () => {
      if (this.running === run) this.running = null;
    };
    run.then(done, done);
    return run;
  }
}

function noop(): void {}
