import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ThreadClientProvider } from '../../../src/features/data/thread-client.tsx';
import { SourceStoreProvider } from '../../../src/features/library/sources.tsx';
import { createSourceStore } from '../../../src/features/library/source-store.ts';
import { OpenFileControl } from '../../../src/features/open-file/OpenFile.tsx';
import { YourDumps } from '../../../src/features/open-file/YourDumps.tsx';
import { removalNote } from '../../../src/features/library/removal-note.ts';
import { createLocalClient } from '../../../src/worker/local-client.ts';
import { sentence } from '../support/sentence.ts';

// A small dump in the flat layout, written here so the test does not lean on the seeds.
const FLAT = [
  'Talks Resume in Geneva',
  '',
  'June 01, 2020 · 3 comments',
  'Ann Lee (Portland, Ore.)',
  'Talking is better than fighting.',
  'Bo (Berlin)',
  'Ann Lee, I agree with you.',
  'Cy (Austin, Texas)',
  'Nothing will come of it.',
  '',
].join('\n');

function setup() {
  const store = createSourceStore([]);
  const client = createLocalClient({ loadSeed: () => Promise.reject(new Error('no seeds here')) });
  const queryClient = new QueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <ThreadClientProvider client={client}>
        <SourceStoreProvider store={store}>
          <OpenFileControl />
          <YourDumps note={removalNote} />
        </SourceStoreProvider>
      </ThreadClientProvider>
    </QueryClientProvider>,
  );
  return { store, queryClient };
}

describe('OpenFileControl (real parser, in-page engine)', () => {
  it('should parse a dump with the real parser and add it to the library', async () => {
    const { store } = setup();
    await userEvent.upload(
      screen.getByLabelText('Open a comment dump file'),
      new File([FLAT], 'geneva.txt'),
    );
    expect(
      await screen.findByText(
        sentence(/Opened “Talks Resume in Geneva” from geneva.txt: 3 comments\./),
      ),
    ).toBeInTheDocument();
    expect(store.getSnapshot().map((s) => s.name)).toEqual(['geneva.txt']);
    await userEvent.click(screen.getByText('Your dumps (1)'));
    await userEvent.click(screen.getByRole('button', { name: 'Remove geneva.txt' }));
    expect(store.getSnapshot()).toEqual([]);
  });

  it('should say which layouts are supported and show the first lines of a file in neither', async () => {
    const { store } = setup();
    fireEvent.change(screen.getByLabelText('Open a comment dump file'), {
      target: { files: [new File(['id,name\n1,Ann\n2,Bo\n3,Cy\n'], 'people.csv')] },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/"nyt"/);
    expect(alert).toHaveTextContent(/"indented"/);
    expect(within(alert).getByText(/id,name\s+1,Ann\s+2,Bo/)).toBeInTheDocument();
    expect(store.getSnapshot()).toEqual([]);
  });
});
