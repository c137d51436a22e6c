// The commonmark-spec package (the spec's examples, with tabs written as `→`) ships no types.
declare module 'commonmark-spec' {
  export const text: string;
  export const tests: { markdown: string; html: string; section: string; number: number }[];
  const spec: { text: string; tests: { markdown: string; html: string; section: string; number: number }[] };
  export default spec;
}
