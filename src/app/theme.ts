import { readVersioned, writeVersioned } from '../shared/storage/versioned-storage.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const STORAGE_KEY = 'thread-explorer:theme';
const VERSION = 1;

function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

export function loadTheme(): ThemeChoice {
  const { value } = readVersioned(STORAGE_KEY, VERSION, (data) =>
    isThemeChoice(data) ? data : null,
  );
  return value ?? 'system';
}

export function saveTheme(choice: ThemeChoice): void {
  // A theme that does not persist is a small loss: the switch still works for this visit.
  writeVersioned(STORAGE_KEY, VERSION, choice);
}

function systemPrefersDark(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches
  );
}

/** Puts `.dark` on <html> (Tailwind's dark variant is bound to it in index.css). */
export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && systemPrefersDark());
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}
