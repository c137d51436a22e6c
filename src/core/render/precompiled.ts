// The default templates precompiled (precompile.ts): the build puts the generated specifications in
// place of this empty table (scripts/build.mjs). Run from source, as the tests do, every template
// compiles when it is used; test/render-precompiled.test.ts checks both render alike.
export const PRECOMPILED: Record<string, object> = {};
