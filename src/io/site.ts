// Writing the public site as a whole: every file goes into a fresh directory beside the target,
// which then replaces the old site by renames. Readers see the old site or the new one, and pages
// of incidents no longer published disappear. A directory Casefile did not write is never replaced.
import { openSiteDir } from './site-dir.ts';

export { SITE_MARKER } from './site-dir.ts';

/** Replaces `dir` with exactly `files` (paths relative to it, `/`-separated); resolves when the old site is removed too. */
export function writeSite(dir: string, files: ReadonlyMap<string, string>, shown = dir): Promise<void> {
  const site = openSiteDir(dir, shown, 'incident publish', 'incident publish');
  try {
    for (const [rel, text] of files) site.write(rel, text);
  } catch (error) {
    site.abandon();
    throw error;
  }
  return site.finish();
}
