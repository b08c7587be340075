// Builds the site through the real build (`npm run build`: scripts/build.mjs), with its own output and
// cache folders so several builds can sit side by side.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SITE_URL, TMP } from './site.ts';

/**
 * The time a test that makes a whole build may take: vitest's default of 60 s is near what one took on a loaded
 * two-core machine (20 to 35 s, with another suite beside it), and vitest fails a test that ran past its time even
 * when, as a build run synchronously, it could not be stopped.
 */
export const A_BUILD = { timeout: 180_000 };

export interface BuildResult {
  status: number;
  output: string;
  outDir: string;
}

export interface BuildOptions {
  /** Folder name under <TMP>/site/ (tmp/site/ unless TEST_TMP names another folder). */
  name: string;
  /** Build into this folder instead (one outside the project, as a publisher may name). */
  outDir?: string;
  base?: string;
  contentDir?: string;
  /** Leave what an earlier build wrote in the out dir (to test what a failed build does with it). */
  keepOutDir?: boolean;
  /** More settings for the build's environment (src/build-settings.mjs). */
  env?: Record<string, string>;
}

export function buildSite({
  name,
  base = '/',
  contentDir = 'content',
  keepOutDir = false,
  env = {},
  outDir = resolve(TMP, 'site', name),
}: BuildOptions): BuildResult {
  if (!keepOutDir) rmSync(outDir, { recursive: true, force: true });
  // process.execPath is the Node that runs the tests: the pinned one under `npm test`.
  const run = spawnSync(process.execPath, [join('scripts', 'build.mjs'), '--silent'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      // Not the config's default address, so a test can tell that the URL comes from configuration.
      SITE_URL,
      SITE_BASE: base,
      CONTENT_DIR: contentDir,
      SITE_OUT_DIR: outDir,
      SITE_CACHE_DIR: resolve(TMP, 'cache', name),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  return { status: run.status ?? 1, output: `${run.stdout}\n${run.stderr}`, outDir };
}
