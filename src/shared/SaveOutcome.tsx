/** What a save or export did: a failure as an alert, a success said politely. */
export interface Outcome {
  readonly failed: boolean;
  readonly text: string;
}

/**
 * The line under export buttons. The polite region is always in the page (empty until a success),
 * so screen readers announce the text when it arrives; a failure interrupts as an alert.
 */
export function SaveOutcome({ outcome }: { outcome: Outcome | null }) {
  return (
    <>
      {outcome?.failed === true && (
        <p role="alert" className="basis-full text-sm text-red-700 dark:text-red-300">
          {outcome.text}
        </p>
      )}
      <p
        aria-live="polite"
        className="basis-full text-sm text-slate-700 empty:hidden dark:text-slate-300"
      >
        {outcome?.failed === false ? outcome.text : ''}
      </p>
    </>
  );
}
