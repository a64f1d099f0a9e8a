// The last relabel, kept outside any comment: with a stance filter on, the relabelled comment can
// leave the page at once, and its Undo must stay reachable (StanceUndoToast shows it).

/**
 * What changed, in words: one comment ("Mary's comment: Supports (was Opposes, the machine's)"),
 * or all of the reader's labels at once ("Reset all").
 */
export type StanceChange =
  | {
      readonly kind: 'one';
      /** The comment's author as written in the dump; null for Anonymous. */
      readonly author: string | null;
      readonly now: string;
      readonly was: string;
    }
  | { readonly kind: 'all'; readonly count: number };

export type StanceUndoEntry = StanceChange & {
  /** Counts up per change, so a toast can tell a new change from the one it already showed. */
  readonly id: number;
  readonly undo: () => void;
};

export interface StanceUndoStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): StanceUndoEntry | null;
  push(change: StanceChange, undo: () => void): void;
  /** Runs the undo of the entry shown (if it is still the last) and clears it. */
  undo(id: number): void;
  dismiss(): void;
}

export function createStanceUndoStore(): StanceUndoStore {
  let entry: StanceUndoEntry | null = null;
  let next = 1;
  const listeners = new Set<() => void>();
  const publish = (value: StanceUndoEntry | null) => {
    entry = value;
    for (const l of listeners) l();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => entry,
    push(change, undo) {
      publish({ ...change, id: next, undo });
      next += 1;
    },
    undo(id) {
      if (entry === null || entry.id !== id) return;
      const { undo } = entry;
      publish(null);
      undo();
    },
    dismiss() {
      publish(null);
    },
  };
}

export const defaultStanceUndo: StanceUndoStore = createStanceUndoStore();
