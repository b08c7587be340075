import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A fixed order, one file at a time, whichever project it is in: the site tests share three builds and a browser.
    fileParallelism: false,
    sequence: { shuffle: false },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // A poll passes as soon as its page is ready; vitest's default of a second failed on a loaded machine (a search
    // page restoring its results after Back took longer), though nothing was wrong.
    expect: { poll: { timeout: 10_000 } },
    // The unit tests read the content and fixtures and need no build, so `npx vitest run --project unit` makes none;
    // the site and browser tests read the three test builds, which tests/global-setup.ts makes first, once, and only
    // when one of them is run.
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
