// How templates are compiled, shared by the renderer and the generator of the precompiled
// defaults (precompile.ts), so that a precompiled default behaves exactly like a compiled one.

export type Format = 'md' | 'html';

/** Strict mode always; Handlebars' HTML escaping only for HTML (Markdown escapes through helpers). */
export const compileOptions = (format: Format) => ({ strict: true, noEscape: format === 'md' });

/** The format a template file is written for, from its name: `x.md.hbs`, `x.html.hbs`, `x.xml.hbs`. */
export function formatOfName(name: string): Format | undefined {
  const m = /\.(md|html|xml)\.hbs$/.exec(name);
  return m ? (m[1] === 'md' ? 'md' : 'html') : undefined;
}

/** A key for a template source in a format: its length and a 53-bit FNV-1a-style hash. */
export function templateKey(format: Format, source: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${format}:${source.length}:${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}
