// The default templates precompiled (precompile.ts): the build puts the generated specifications in
// place of this empty table (scripts/build.mjs). Run from source, as the tests do, every template
// compiles when it is used; test/render-precompiled.test.ts checks both render alike.
export const PRECOMPILED: Record<string, object> = {};
/** The keys of PRECOMPILED by format and template source (precompile.ts says why). */
export const PRECOMPILED_KEYS: Record<'md' | 'html', Map<string, string>> = { md: new Map(), html: new Map() };
