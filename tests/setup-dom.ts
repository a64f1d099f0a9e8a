import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor give up after 1 s by default: a limit for hangs, not a speed check, and a
// loaded CI machine (browser tests' servers beside it) can take longer than that to render.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
