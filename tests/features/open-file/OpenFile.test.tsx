import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OpenError } from '../../../src/core/parse/open-error.ts';
import type { Result } from '../../../src/core/types.ts';
import type { OpenDeps, ParsedSummary } from '../../../src/features/open-file/open-deps.ts';
import { OpenFile } from '../../../src/features/open-file/OpenFile.tsx';
import { readDumpFile } from '../../../src/worker/read-dump-file.ts';
import { sentence } from '../support/sentence.ts';

const DUMP = 'Title\n\nMay 02, 2017 · 1 comments\nAnn (Oslo)\nHello.\n';

function fakeDeps(result?: Result<ParsedSummary, OpenError>) {
  let finish: (r: Result<ParsedSummary, OpenError>) => void = () => {};
  let progress: (done: number, total: number) => void = () => {};
  let signal: AbortSignal | null = null;
  const deps = {
    // As the worker does: the bytes are read and checked first, then parsed (here: `result`).
    parse: vi.fn<OpenDeps['parse']>(async (blob, name, opts) => {
      progress = opts.onProgress;
      signal = opts.signal;
      const read = await readDumpFile(blob, name);
      if (!read.ok) return read;
      return result === undefined
        ? new Promise((resolve) => {
            finish = resolve;
          })
        : Promise.resolve(result);
    }),
    add: vi.fn<OpenDeps['add']>(),
  };
  return {
    deps,
    finish: (r: Result<ParsedSummary, OpenError>) => act(() => finish(r)),
    progress: (d: number, t: number) => act(() => progress(d, t)),
    signal: () => signal,
  };
}

const ok = (comments: number, warnings: string[] = []): Result<ParsedSummary, OpenError> => ({
  ok: true,
  value: { title: 'Title', comments, warnings, hash: 'abc' },
});

const fileInput = () => screen.getByLabelText('Open a comment dump file');

describe('OpenFile', () => {
  it('should parse a chosen file with a progress bar, then add it and say how many comments it has', async () => {
    const f = fakeDeps();
    render(<OpenFile deps={f.deps} />);
    const file = new File([DUMP], 'talks.txt', { type: 'text/plain' });
    await userEvent.upload(fileInput(), file);
    await screen.findByText(sentence(/Reading “talks.txt”/));
    await f.progress(2, 4);
    await screen.findByText(sentence(/Parsing “talks.txt”/));
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '50');
    // The file itself goes to the worker: the page never decodes or holds its text.
    expect(f.deps.parse).toHaveBeenCalledWith(file, 'talks.txt', expect.anything());
    await f.finish(ok(1, ['declared 2 comments, found 1']));
    expect(
      await screen.findByText(sentence(/Opened “Title” from talks.txt: 1 comment\./)),
    ).toBeInTheDocument();
    expect(screen.getByText('declared 2 comments, found 1')).toBeInTheDocument();
    expect(screen.getByText(/never uploaded/)).toBeInTheDocument();
    // Added under the hash the parse worked out: the page does not hash the text again.
    expect(f.deps.add).toHaveBeenCalledWith({ name: 'talks.txt', blob: file, hash: 'abc' });
  });

  it('should show progress under the header and the result in the page’s flow', async () => {
    const f = fakeDeps();
    const header = document.body.appendChild(document.createElement('div'));
    const flow = document.body.appendChild(document.createElement('div'));
    render(<OpenFile deps={f.deps} statusTarget={header} resultTarget={flow} />);
    await userEvent.upload(fileInput(), new File([DUMP], 'talks.txt', { type: 'text/plain' }));
    await f.progress(1, 4);
    expect(header).toHaveTextContent(/Parsing “talks.txt”/);
    expect(flow).toBeEmptyDOMElement();
    await f.finish(ok(1));
    await waitFor(() => expect(flow).toHaveTextContent(/Opened “Title” from talks.txt/));
    expect(header).toBeEmptyDOMElement();
    header.remove();
    flow.remove();
  });

  it('should refuse a PNG, named as one, adding nothing', async () => {
    const f = fakeDeps(ok(1));
    render(<OpenFile deps={f.deps} />);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    fireEvent.change(fileInput(), { target: { files: [new File([png], 'cat.png')] } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not open “cat.png”');
    expect(alert).toHaveTextContent(/PNG image/);
    expect(alert).toHaveTextContent(/already open are unchanged/);
    expect(f.deps.add).not.toHaveBeenCalled();
  });

  it('should refuse a file over the size cap without reading it', async () => {
    const f = fakeDeps(ok(1));
    render(<OpenFile deps={f.deps} />);
    const huge = new File(['x'], 'huge.txt');
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    fireEvent.change(fileInput(), { target: { files: [huge] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“huge.txt” is 200 MB; the explorer opens dumps up to 50 MB.',
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('should name the byte offset of invalid UTF-8 and an empty file', async () => {
    const f = fakeDeps(ok(1));
    render(<OpenFile deps={f.deps} />);
    fireEvent.change(fileInput(), {
      target: { files: [new File([new Uint8Array([0x41, 0x0a, 0xff, 0x42])], 'bad.txt')] },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/offset 2 \(line 2\)/);
    fireEvent.change(fileInput(), { target: { files: [new File([], 'none.txt')] } });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/“none.txt” is empty/));
  });

  it('should show the first lines read when the layout is unknown', async () => {
    const f = fakeDeps({
      ok: false,
      error: {
        code: 'unknown-layout',
        message: 'not a layout the explorer reads',
        line: null,
        firstLines: ['# Notes', '- eggs'],
      },
    });
    render(<OpenFile deps={f.deps} />);
    await userEvent.upload(fileInput(), new File(['# Notes\n- eggs\n'], 'notes.md'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not a layout the explorer reads');
    expect(alert.querySelector('pre')).toHaveTextContent('# Notes - eggs');
    expect(f.deps.add).not.toHaveBeenCalled();
  });

  it('should cancel a parse: the signal aborts and nothing is added', async () => {
    const f = fakeDeps();
    render(<OpenFile deps={f.deps} />);
    await userEvent.upload(fileInput(), new File([DUMP], 'slow.txt'));
    await screen.findByText(sentence(/Reading “slow.txt”/));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(f.signal()?.aborted).toBe(true);
    expect(screen.getByText(/Cancelled\. Nothing was added/)).toBeInTheDocument();
    await f.finish(ok(1));
    expect(f.deps.add).not.toHaveBeenCalled();
    expect(screen.queryByText(/Opened/)).not.toBeInTheDocument();
  });

  it('should open pasted text from the paste dialog and return focus when it closes', async () => {
    const f = fakeDeps(ok(1));
    render(<OpenFile deps={f.deps} />);
    const pasteButton = screen.getByRole('button', { name: 'Paste text…' });
    await userEvent.click(pasteButton);
    const dialog = await screen.findByRole('dialog', { name: 'Paste a comment dump' });
    expect(dialog).toHaveTextContent(/not on another computer/);
    await userEvent.click(screen.getByLabelText('Dump text'));
    await userEvent.paste(DUMP);
    await userEvent.clear(screen.getByLabelText('Name'));
    await userEvent.type(screen.getByLabelText('Name'), 'My paste');
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(pasteButton).toHaveFocus();
    await screen.findByText(sentence(/from My paste: 1 comment/));
    const added = f.deps.add.mock.calls[0]?.[0];
    expect(added?.name).toBe('My paste');
    expect(await added?.blob.text()).toBe(DUMP);
  });

  it('should open a file dropped anywhere on the page', async () => {
    const f = fakeDeps(ok(3));
    render(<OpenFile deps={f.deps} />);
    const file = new File([DUMP], 'dropped.txt');
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(screen.getByText('Drop a comment dump to open it')).toBeInTheDocument();
    fireEvent.drop(window, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(await screen.findByText(sentence(/from dropped.txt: 3 comments/))).toBeInTheDocument();
    expect(screen.queryByText('Drop a comment dump to open it')).not.toBeInTheDocument();
  });

  it('should report a parse that throws as an alert and add nothing', async () => {
    const f = fakeDeps();
    f.deps.parse.mockRejectedValueOnce(new Error('worker crashed'));
    render(<OpenFile deps={f.deps} />);
    await userEvent.upload(fileInput(), new File([DUMP], 'x.txt'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/worker crashed/);
    expect(f.deps.add).not.toHaveBeenCalled();
  });
});
