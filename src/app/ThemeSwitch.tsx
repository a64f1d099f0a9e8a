import { THEME_CHOICES, type ThemeChoice } from './theme.ts';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** A three-way radio group: follow the system, or force light or dark. */
export function ThemeSwitch({
  choice,
  onChange,
}: {
  choice: ThemeChoice;
  onChange(choice: ThemeChoice): void;
}) {
  return (
    <fieldset className="flex flex-wrap items-center gap-1 text-sm">
      <legend className="float-left mr-1 text-slate-600 dark:text-slate-400">Theme</legend>
      {THEME_CHOICES.map((c) => (
        <label
          key={c}
          className="inline-flex min-h-8 cursor-pointer items-center rounded-md px-2 text-slate-700 has-checked:bg-slate-200 has-checked:text-slate-950 has-focus-visible:ring-2 has-focus-visible:ring-sky-600 dark:text-slate-300 dark:has-checked:bg-slate-700 dark:has-checked:text-white"
        >
          <input
            type="radio"
            name="theme"
            value={c}
            checked={choice === c}
            onChange={() => onChange(c)}
            className="sr-only"
          />
          {LABELS[c]}
        </label>
      ))}
    </fieldset>
  );
}
