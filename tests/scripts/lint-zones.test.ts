import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The import-zone errors ESLint reports for `code` placed at `filePath`. */
async function zoneErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import/no-restricted-paths')
    .map((m) => m.message);
}

describe('the layout’s import zones (eslint.config.js)', () => {
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

  it('should keep React and the features out of the core', async () => {
    const errors = await zoneErrors(
      "export { useMutes } from '../../features/mute/index.ts';\n",
      'src/core/view/zone-probe.ts',
    );
    expect(errors).toHaveLength(1);
  });
});
