import { createAnswerer } from './answer.ts';
import { createDumpOpener } from './open-dump.ts';
import { linksOfDump } from './links-of-dump.ts';
import { encodedComments } from './encoded-comments.ts';
import { encodeStances } from './stances-wire.ts';
import type { OpenDeps, WorkerDump } from './dump-opener.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

export { CACHE_MIN_CHARS } from './open-thresholds.ts';

export type EngineDeps = OpenDeps;

export interface Engine {
  handle(request: WorkerRequest, post: (response: WorkerResponse) => void): Promise<void>;
}

/**
 * The worker's logic without the worker, so tests and the in-page fallback run the same code:
 * opening (open-dump.ts) and answering (answer.ts), joined to the message protocol here.
 */
export function createEngine(deps: EngineDeps): Engine {
  const dumps = createDumpOpener(deps);
  const answers = createAnswerer(dumps);

  return {
    async handle(request, post) {
      const { id } = request;
      try {
        switch (request.type) {
          case 'forget':
            await dumps.forget(request.hash);
            return;
          case 'cancel':
            if (!dumps.cancel(id)) answers.cancel(id);
            return;
          case 'open': {
            const result = await dumps.open(id, request.source, (p) =>
              post({ type: 'progress', id, ...p }),
            );
            if (result.ok) postOpened(id, result.value, post);
            else post({ type: 'opened', id, result });
            return;
          }
          case 'learn': {
            const learned = await answers.learn(request.hash, request.labels);
            post({ type: 'learned', id, learned });
            return;
          }
          case 'replies': {
            const read = await dumps.replied(request.hash, (p) =>
              post({ type: 'progress', id, ...p }),
            );
            if (read?.ok !== true) throw new Error('That dump is no longer open.');
            post({ type: 'threads', id, links: linksOfDump(read.value) });
            return;
          }
          case 'stances': {
            const read = await dumps.stanced(request.hash, (p) =>
              post({ type: 'progress', id, ...p }),
            );
            if (read?.ok !== true) throw new Error('That dump is no longer open.');
            const stances = encodeStances(read.value.doc.comments.map((c) => c.stance));
            post({ type: 'stances', id, stances });
            return;
          }
          case 'search': {
            const answer = await answers.search(id, request.query, request.hashes);
            post(answer === null ? { type: 'superseded', id } : { type: 'hits', id, answer });
            return;
          }
          default:
            return request satisfies never;
        }
      } catch (e) {
        // A forget has no one to answer: its failure is the worker's, reported as a crash.
        post({ type: 'error', id: request.type === 'forget' ? null : id, message: describe(e) });
      }
    },
  };
}

/** The comments in slices, then the rest of the dump (see OpenedWire). */
function postOpened(id: number, dump: WorkerDump, post: (response: WorkerResponse) => void): void {
  const { hash, name, relevance, shape, stancesPending, repliesPending } = dump;
  for (const slice of encodedComments(dump.doc)) post({ type: 'comments', id, slice });
  const doc = { ...dump.doc, comments: [] };
  post({
    type: 'opened',
    id,
    result: {
      ok: true,
      value: { hash, name, doc, shape, relevance, stancesPending, repliesPending },
    },
  });
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
