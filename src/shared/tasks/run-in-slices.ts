/**
 * Runs `step` over positions 0 … total − 1, `slice` positions per task, then `done`; returns a
 * function that stops it. The first slice runs in the next task, so whatever the caller just drew
 * is painted first; each later slice gives the page a turn between them (a keystroke, a click).
 */
export function runInSlices(
  total: number,
  slice: number,
  step: (from: number, to: number) => void,
  done: () => void,
): () => void {
  let at = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    const end = Math.min(total, at + Math.max(1, slice));
    if (at < end) step(at, end);
    at = end;
    if (at < total) timer = setTimeout(run, 0);
    else done();
  };
  timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
