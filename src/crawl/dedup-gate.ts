/**
 * One record per article, decided in the order the pages arrived, whichever thread extracted
 * them: each page takes a turn (the decisions of pages fetched earlier come first) that ends
 * however the page's step ends, and holds the keys it is about to write until it is
 * committed, so that a copy arriving meanwhile waits for it and then finds it.
 */

export interface Turn {
  /** Resolves when every page fetched earlier has taken its decision. */
  readonly earlier: Promise<void>;
  /** This page's decision is taken (or not needed): later pages may go on. Safe to call twice. */
  end(): void;
}

export class DedupGate {
  private last: Promise<void> = Promise.resolve();
  private readonly held = new Map<string, Promise<void>>();

  /** Run `step` with a turn; the turn ends when `step` ends, if `step` did not end it before. */
  async withTurn<T>(step: (turn: Turn) => Promise<T>): Promise<T> {
    const earlier = this.last;
    let open!: () => void;
    this.last = new Promise<void>((resolve) => (open = resolve));
    let ended = false;
    const turn: Turn = {
      earlier,
      end: () => {
        if (ended) return;
        ended = true;
        // An early end still lets the next page go only after the earlier ones.
        void earlier.then(open);
      },
    };
    try {
      return await step(turn);
    } finally {
      turn.end();
    }
  }

  /** Wait until no other page holds any of `keys`. */
  async untilFree(keys: readonly string[]): Promise<void> {
    for (;;) {
      const busy = keys.map((k) => this.held.get(k)).find((p) => p !== undefined);
      if (!busy) return;
      await busy;
    }
  }

  /** Hold `keys` while `work` runs (the page is written and committed); they are let go however it ends. */
  async holding<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    for (const k of keys) this.held.set(k, mine);
    try {
      return await work();
    } finally {
      for (const k of keys) if (this.held.get(k) === mine) this.held.delete(k);
      release();
    }
  }
}
