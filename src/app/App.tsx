import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Explorer } from './Explorer.tsx';

/** Providers for the whole page. Tests wrap it in a ThreadClientProvider with an in-page engine. */
export function App() {
  const [client] = useState(
    () =>
      new QueryClient({
        // Articles and hits are pure functions of the text: nothing to refetch on focus.
        defaultOptions: { queries: { refetchOnWindowFocus: false } },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <Explorer />
    </QueryClientProvider>
  );
}
