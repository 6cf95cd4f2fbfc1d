/** Runs `work` on every item, at most `limit` at a time. */
export async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * A bound on the bytes held at once by work that knows its size before it
 * starts (a file looked at before it is read): work waits while the others
 * hold the budget, except that one piece alone always runs, whatever its size.
 */
export class ByteBudget {
  private held = 0;
  private waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  /** Runs `work` once `bytes` fit in the budget, holding them until it settles. */
  async hold<T>(bytes: number, work: () => Promise<T>): Promise<T> {
    while (this.held > 0 && this.held + bytes > this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.held += bytes;
    try {
      return await work();
    } finally {
      this.held -= bytes;
      const waiting = this.waiting;
      this.waiting = [];
      for (const resume of waiting) resume();
    }
  }
}
