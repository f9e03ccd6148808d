/**
 * Runs requests one at a time, where only the newest one asked for meanwhile is worth running next:
 * a request made while another runs waits, and replaces (resolves to null) any request that was
 * already waiting. The session's translations go through one (Enter pressed during a decode).
 */
export class NewestWaits<A, R> {
  private running = false;
  private next: { args: A; done: (r: R | null) => void } | null = null;

  /**
   * @param run does one request; what it resolves to is what `submit` resolves to
   * @param onWaiting told the request that now waits, and null once it starts running
   */
  constructor(
    private readonly run: (args: A) => Promise<R | null>,
    private readonly onWaiting: (args: A | null) => void,
  ) {}

  /** Whether a request is running now. */
  get busy(): boolean {
    return this.running;
  }

  /** The request waiting to run next, if any. */
  get waiting(): A | undefined {
    return this.next?.args;
  }

  /** Runs `args` now, or after the running request (resolving to null if a newer one replaces it first). */
  submit(args: A): Promise<R | null> {
    if (!this.running) return this.start(args);
    this.next?.done(null);
    return new Promise((done) => {
      this.next = { args, done };
      this.onWaiting(args);
    });
  }

  private async start(args: A): Promise<R | null> {
    this.running = true;
    try {
      return await this.run(args);
    } finally {
      this.running = false;
      const next = this.next;
      this.next = null;
      if (next) {
        this.onWaiting(null);
        void this.start(next.args).then(next.done);
      }
    }
  }
}
