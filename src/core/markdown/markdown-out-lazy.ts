// Markdown out for the commands that start in a lane (render, report, status-update): the fast path
// (markdown-fast.ts) at once, and the tree (markdown-out.ts and chat.ts, with micromark and
// mdast-util-to-markdown: 200 KB of a lane) through a dynamic import, only for a document the fast
// path steps aside from, or for chat text. In a lane, scripts/build.mjs bundles these imports
// instead of handing them over: their code then sits in a function V8 compiles only if it is
// called, so a common run neither loads its code cache nor runs its top level.
import { fastMarkdownOut } from './markdown-fast.ts';
import { inOurStyle } from './markdown-style.ts';

/** ownMarkdown (markdown-out.ts), the tree loaded only when the fast path steps aside. */
export async function ownMarkdownLazily(template: { file: string; builtIn?: boolean }, made: string): Promise<string> {
  if (!inOurStyle(template, made)) return made;
  return fastMarkdownOut(made) ?? (await import('./markdown-out.ts')).markdownRoundTrip(made);
}

/** markdownChat (chat.ts), loaded when asked for. */
export async function markdownChatLazily(markdown: string): Promise<string> {
  return (await import('./chat.ts')).markdownChat(markdown);
}
