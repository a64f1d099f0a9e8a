// Errors that happen outside React's render (a crashed worker, an uncaught exception in a handler)
// land here, so the page can tell the reader instead of the console alone.

export type ErrorSource = 'worker' | 'page';

export interface ErrorReport {
  readonly id: number;
  readonly source: ErrorSource;
  readonly message: string;
}

type Listener = () => void;

/** More would only push the page down: the first few say enough, the rest are counted. */
const MAX_KEPT = 5;

let reports: readonly ErrorReport[] = [];
let nextId = 1;
const listeners = new Set<Listener>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function reportError(source: ErrorSource, message: string): void {
  const text = message.trim() === '' ? 'Unknown error.' : message.trim();
  // The same failure repeated (a crash loop) is one report, not a wall of them.
  if (reports.some((r) => r.source === source && r.message === text)) return;
  reports = [...reports, { id: nextId, source, message: text }].slice(-MAX_KEPT);
  nextId += 1;
  emit();
}

export function dismissError(id: number): void {
  reports = reports.filter((r) => r.id !== id);
  emit();
}

export function errorReports(): readonly ErrorReport[] {
  return reports;
}

export function subscribeErrors(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget every report. */
export function clearErrorReports(): void {
  reports = [];
  emit();
}
