import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The import-zone errors ESLint reports for `code` placed at `filePath`. */
async function zoneErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import/no-restricted-paths')
    .map((m) => m.message);
}

// The first lint loads the config and its plugins: seconds on a busy machine, not a hang.
describe('the layout’s import zones (eslint.config.js)', { timeout: 60_000 }, () => {
  it('should refuse a feature reaching into another feature’s files', async () => {
    const errors = await zoneErrors(
      "export { createSourceStore } from '../library/source-store.ts';\n",
      'src/features/open-file/zone-probe.ts',
    );
    expect(errors).toEqual([expect.stringContaining('through its index.ts')]);
  });

  it('should let a feature use another through its index.ts', async () => {
    const errors = await zoneErrors(
      "export { useSources } from '../library/index.ts';\n",
      'src/features/open-file/zone-probe.ts',
    );
    expect(errors).toEqual([]);
  });

  it('should refuse a feature or shared code importing the app, and shared code a feature', async () => {
    expect(
      await zoneErrors("export { App } from '../../app/App.tsx';\n", 'src/features/mute/probe.ts'),
    ).toHaveLength(1);
    expect(
      await zoneErrors(
        "export { useMutes } from '../features/mute/index.ts';\n",
        'src/shared/zone-probe.ts',
      ),
    ).toHaveLength(1);
  });

  it('should keep React, the features, the worker and shared page code out of the core', async () => {
    for (const from of [
      '../../features/mute/index.ts',
      '../../worker/protocol.ts',
      '../../shared/href-of.ts',
    ]) {
      const errors = await zoneErrors(`export * from '${from}';\n`, 'src/core/view/zone-probe.ts');
      expect(errors, from).toHaveLength(1);
    }
  });
});
