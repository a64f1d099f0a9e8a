import type { LearnedStance } from '../../core/stance/learn-stance.ts';
import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { ReplyInfo, Stance, StanceLabel } from '../../core/types.ts';
import { STANCE_NAMES, STANCE_SWATCH } from '../../shared/stance-palette.ts';
import { POPOVER_MAX_WIDTH, usePopoverPosition } from './use-popover-position.ts';
import { STANCE_LABELS } from '../../core/stance/stance-labels.ts';

export interface StancePopoverProps {
  readonly anchor: RefObject<HTMLElement | null>;
  readonly stance: Stance;
  readonly override: StanceLabel | null;
  /** A label learned from the reader's labels (shown when the reader set none here). */
  readonly learned?: LearnedStance | null;
  readonly reply: ReplyInfo | null;
  /** The reader picked a label (null: the machine's). */
  onChoose(label: StanceLabel | null): void;
  /** Close; `returnFocus` when the reader closed it from the keyboard or a button in it. */
  onClose(returnFocus: boolean): void;
}

const FOCUSABLE = 'button:not(:disabled), a[href]';

function formatScore(score: number): string {
  return `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score).toFixed(2)}`;
}

const CHOICE =
  'min-h-8 rounded border px-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-sky-600 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white dark:aria-pressed:border-slate-100 dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-950';

/**
 * One small dialog for everything about a comment's stance: why the machine chose its label, a
 * guessed reply's reasons, and the reader's own label. Escape or a click elsewhere closes it.
 */
/** Why a learned label: the reader's labels it came from and the words that decided it. */
function LearnedReason({ learned, machine }: { learned: LearnedStance; machine: StanceLabel }) {
  return (
    <p className="mt-2 [overflow-wrap:anywhere]" data-testid="stance-learned">
      <strong>Learned from your labels:</strong> {STANCE_NAMES[learned.label]} (
      {Math.round(learned.confidence * 100)}% sure)
      {learned.words.length > 0
        ? `, decided by ${learned.words.map((w) => `“${w}”`).join(', ')}`
        : `, from your labels of comments the machine also read as ${STANCE_NAMES[machine]}`}
      . Choose your own label below to override it.
    </p>
  );
}

export function StancePopover(props: StancePopoverProps) {
  const { anchor, stance, override, reply, onChoose, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const place = usePopoverPosition(anchor, ref, true);

  // Focus moves in once the popover is placed: while hidden for measuring it cannot take focus.
  const placed = place !== null;
  useEffect(() => {
    if (placed) ref.current?.focus();
  }, [placed]);

  useEffect(() => {
    const outside = (e: PointerEvent) => {
      const t = e.target as Node | null;
      if (t !== null && !ref.current?.contains(t) && !anchor.current?.contains(t)) onClose(false);
    };
    // Escape also works while focus is still on the badge (e.g. just after a click on it).
    const escape = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        onClose(true);
      }
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [anchor, onClose]);

  // Escape closes; Tab cycles inside, as in any dialog, so focus never falls behind the page.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose(true);
      return;
    }
    if (e.key !== 'Tab' || ref.current === null) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (first === undefined || last === undefined) return;
    const at = document.activeElement;
    if (e.shiftKey && (at === first || at === ref.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && at === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const machine = STANCE_NAMES[stance.label];
  return createPortal(
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="stance-popover"
      style={{
        position: 'fixed',
        top: place?.top ?? 0,
        left: place?.left ?? 0,
        width: place?.width ?? `min(${POPOVER_MAX_WIDTH}px, calc(100vw - 16px))`,
        maxHeight: place?.maxHeight,
        visibility: place === null ? 'hidden' : 'visible',
      }}
      className="z-50 overflow-y-auto rounded-md border border-slate-300 bg-white p-3 text-sm text-slate-900 shadow-xl outline-none dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id={titleId} className="font-semibold">
          Stance on the Trump–Putin rapprochement
        </h2>
        <button
          type="button"
          onClick={() => onClose(true)}
          aria-label="Close"
          className="-mt-1 -mr-1 min-h-8 min-w-8 rounded text-lg leading-none hover:bg-slate-100 dark:hover:bg-slate-800"
        >
          ×
        </button>
      </div>
      <p className="mt-1">
        Machine’s reading: <strong>{machine}</strong>, score {formatScore(stance.score)}{' '}
        <span className="text-slate-600 dark:text-slate-400">(−1 opposes … +1 supports)</span>
      </p>
      {stance.cues.length > 0 ? (
        <>
          <p className="mt-2 text-slate-700 dark:text-slate-300">Decided by:</p>
          <ul className="list-disc pl-5 [overflow-wrap:anywhere]">
            {stance.cues.map((cue) => (
              <li key={cue}>
                <bdi>{cue}</bdi>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2">No cue about the rapprochement was found.</p>
      )}
      {props.learned != null && <LearnedReason learned={props.learned} machine={stance.label} />}
      {reply?.inferred === true && (
        <p className="mt-2 text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300">
          Its parent was guessed: <bdi>{reply.reason}</bdi> ({Math.round(reply.confidence * 100)}%
          sure).
        </p>
      )}
      <fieldset className="mt-3">
        <legend className="font-semibold">Your label</legend>
        <div className="mt-1 flex flex-wrap gap-1.5">
          {STANCE_LABELS.map((label) => (
            <button
              key={label}
              type="button"
              aria-pressed={override === label}
              onClick={() => onChoose(label)}
              className={`${CHOICE} inline-flex items-center gap-1.5 border-slate-400 dark:border-slate-500`}
            >
              <span
                aria-hidden="true"
                className={`h-2.5 w-2.5 rounded-full ${STANCE_SWATCH[label]}`}
              />
              {STANCE_NAMES[label]}
            </button>
          ))}
        </div>
        <button
          type="button"
          aria-pressed={override === null}
          onClick={() => onChoose(null)}
          className={`${CHOICE} mt-1.5 border-slate-400 dark:border-slate-500`}
        >
          Use the machine’s label ({machine})
        </button>
      </fieldset>
    </div>,
    document.body,
  );
}
