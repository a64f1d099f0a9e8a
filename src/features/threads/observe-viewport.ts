/**
 * The window virtualizer's viewport, from resize events only. The library's own observer reads
 * `innerWidth` as the list mounts, which flushes the layout of the rows just committed: in
 * Chromium traces of the seeds' first view that forced layout took 40–56 ms of a 71–92 ms task.
 * Until the first resize the virtualizer uses its `initialRect`, read while rendering.
 */
export function observeViewport(
  _: unknown,
  cb: (rect: { width: number; height: number }) => void,
): () => void {
  const onResize = () => cb({ width: innerWidth, height: innerHeight });
  addEventListener('resize', onResize);
  return () => removeEventListener('resize', onResize);
}
