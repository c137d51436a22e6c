// Files esbuild inlines as text (and tsx loads through test/helpers/text-loader).
declare module '*.md' {
  const text: string;
  export default text;
}
declare module '*.hbs' {
  const text: string;
  export default text;
}
