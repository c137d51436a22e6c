// The module the build makes of the precompiled default templates (precompile.ts), for tests that
// render through it without building the CLI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Format } from '../../src/core/render/compile-options.ts';
import { PRECOMPILED_TEMPLATES, precompiledModule } from '../../src/core/render/precompile.ts';
import { ROOT } from './repo.ts';

/** The default templates' sources, by file name. */
export const defaultTemplates: Record<string, string> = Object.fromEntries(
  PRECOMPILED_TEMPLATES.map((n) => [n, fs.readFileSync(path.join(ROOT, 'templates', n), 'utf8')]),
);

/** The module the build makes for these templates, loaded from a temporary file. */
export async function builtModule(from: Record<string, string> = defaultTemplates): Promise<{ PRECOMPILED: Record<string, object>; PRECOMPILED_KEYS: Record<Format, Map<string, string>> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-precompiled-'));
  try {
    const file = path.join(dir, 'precompiled.mjs');
    fs.writeFileSync(file, precompiledModule(from));
    return await import(pathToFileURL(file).href);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
