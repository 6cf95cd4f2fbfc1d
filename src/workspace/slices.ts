/**
 * Synchronous work run in slices of the extension host's turns. Reads that
 * finish together resume their awaits in one turn of the host, one after the
 * other, and a timer each would not part them either: timers that fall due
 * together run back to back. Work queued here runs in line instead, in turns
 * of its own of at most about `budgetMs` each (a piece is never cut); the next
 * turn is asked for only once a slice is done, so what fell due meanwhile (a
 * keystroke's handlers, a timer) runs first.
 */
export class Slices {
  private readonly queue: Array<() => void> = [];
  private scheduled = false;

  constructor(private readonly budgetMs: number) {}

  /** Runs `work` in a later turn, after the work queued before it; resolves with its result, rejects with its error. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push(() => {
        try {
          resolve(work());
        } catch (e) {
          reject(e);
        }
      });
      if (!this.scheduled) {
        this.scheduled = true;
        setTimeout(this.slice, 0);
      }
    });
  }

  private readonly slice = (): void => {
    const start = performance.now();
    do this.queue.shift()!();
    while (this.queue.length > 0 && performance.now() - start < this.budgetMs);
    if (this.queue.length > 0) setTimeout(this.slice, 0);
    else this.scheduled = false;
  };
}
