import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Explorer } from './Explorer.tsx';

/** Providers for the whole page. Tests wrap it in a ThreadClientProvider with an in-page engine. */
export function App({ toolbar }: { toolbar?: ReactNode } = {}) {
  const [client] = useState(
    () =>
      new QueryClient({
        // Articles and hits are pure functions of the text: nothing to refetch on focus.
        defaultOptions: { queries: { refetchOnWindowFocus: false } },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <Explorer toolbar={toolbar} />
    </QueryClientProvider>
  );
}
