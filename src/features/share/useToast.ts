import { useCallback, useEffect, useRef, useState } from 'react';

// Long enough to read a short sentence, short enough not to cover the next one.
const SHOW_MS = 3000;

export function useToast(): { message: string | null; show(message: string): void } {
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = useCallback((next: string) => {
    clearTimeout(timer.current);
    setMessage(next);
    timer.current = setTimeout(() => setMessage(null), SHOW_MS);
  }, []);
  return { message, show };
}
