// When each open document is linted. An edit asks for a lint; the lint starts on the next turn of
// the event loop when none of that document is running, and edits that arrive while one runs are
// folded into one more run when it ends, on the text as it is then. So a burst of keystrokes costs
// at most one lint beyond the one in flight, and a single edit waits for nothing but its own lint:
// the debounce is the lint's own duration. A run whose document changed while it ran is stale: its
// result is dropped, never published over newer text.

export type RunOutcome = 'published' | 'stale' | 'closed';

export class LintScheduler {
  private readonly states = new Map<string, { running: boolean; again: boolean }>();

  /** `run` lints the document's current text and says whether its result was published. */
  constructor(
    private readonly run: (uri: string) => Promise<RunOutcome>,
    private readonly onError: (uri: string, e: unknown) => void,
  ) {}

  /** Asks for a lint of `uri` with its text as it will be when the lint starts. */
  request(uri: string): void {
    let state = this.states.get(uri);
    if (!state) this.states.set(uri, (state = { running: false, again: false }));
    if (state.running) {
      state.again = true;
      return;
    }
    state.running = true;
    setImmediate(() => void this.loop(uri, state));
  }

  /** Forgets a closed document (a run in flight finds it closed and publishes nothing). */
  forget(uri: string): void {
    const state = this.states.get(uri);
    if (state && !state.running) this.states.delete(uri);
  }

  private async loop(uri: string, state: { running: boolean; again: boolean }): Promise<void> {
    let outcome: RunOutcome = 'published';
    do {
      state.again = false;
      try {
        outcome = await this.run(uri);
      } catch (e) {
        this.onError(uri, e);
      }
    } while (state.again);
    state.running = false;
    if (outcome === 'closed') this.states.delete(uri);
  }
}
