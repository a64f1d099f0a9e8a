import { useCallback, useEffect, useState } from 'react';
import { applyTheme, loadTheme, saveTheme, type ThemeChoice } from './theme.ts';

/** The reader's theme choice, persisted; "system" follows the OS setting live. */
export function useTheme(): { choice: ThemeChoice; setChoice(choice: ThemeChoice): void } {
  // Applied while the first render runs, before paint: no flash of the wrong theme.
  const [choice, setChoiceState] = useState<ThemeChoice>(() => {
    const saved = loadTheme();
    applyTheme(saved);
    return saved;
  });

  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system' || typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => applyTheme('system');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [choice]);

  const setChoice = useCallback((next: ThemeChoice) => {
    saveTheme(next);
    setChoiceState(next);
  }, []);

  return { choice, setChoice };
}
