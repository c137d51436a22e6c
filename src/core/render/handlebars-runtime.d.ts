// Handlebars' runtime alone (no compiler), for templates that come precompiled. The package types
// only the full build, whose `default` it is a part of.
declare module 'handlebars/dist/cjs/handlebars.runtime.js' {
  const runtime: { default: typeof import('handlebars') };
  export = runtime;
}
