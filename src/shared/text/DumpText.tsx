/**
 * A string from a dump, in its own bidi-isolated run that may break anywhere. <bdi> keeps an
 * unclosed right-to-left override (U+202E) inside the field instead of reversing the app's sentence
 * around it; overflow-wrap:anywhere stops a 300-letter word or a long URL from widening the page.
 */
export function DumpText({ children }: { children: string }) {
  return <bdi className="wrap-anywhere">{children}</bdi>;
}
