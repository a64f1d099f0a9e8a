import type { BrowserContext } from 'playwright-core';

/** The first seed's chunk (the NYT page, 135 comments): the page lists it first. */
export const FIRST_SEED_CHUNK = '000_ee58b0036ea7db85';
/** The chunk the worker loads to read a dump's stances, once that dump's threads are sent. */
export const STANCE_READER_CHUNK = 'read-stances';

/**
 * Routes the app's requests for one built chunk (`name-HASH.js`), each held until `hold()` settles:
 * how a test makes one seed arrive late, or learns that the worker has got as far as loading one.
 */
export async function routeChunk(
  context: BrowserContext,
  name: string,
  hold: () => Promise<unknown> = () => Promise.resolve(),
): Promise<{ requested(): number; served(): boolean }> {
  let requested = 0;
  let served = false;
  await context.route(new RegExp(`/assets/${name}-[^/]*\\.js$`), async (route) => {
    requested += 1;
    await hold();
    await route.continue();
    served = true;
  });
  return { requested: () => requested, served: () => served };
}
