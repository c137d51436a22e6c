// docs/templates.md: every variable each template gets, expanded with TypeScript's own checker from
// the context types (template-contexts.ts, which takes them from the code that builds them), with
// the doc comment of each field's declaration, or its words in FIELD_DOCS. A field with neither
// throws: the page cannot fall behind the code.
import ts from 'typescript';
import { fileURLToPath } from 'node:url';
import { CONTEXTS, FIELD_DOCS } from './template-contexts.ts';

const CONTEXTS_FILE = fileURLToPath(new URL('./template-contexts.ts', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));

interface Field {
  path: string;
  type: string;
  doc: string;
}

function program(): { checker: ts.TypeChecker; file: ts.SourceFile } {
  const config = ts.readConfigFile(TSCONFIG, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, fileURLToPath(new URL('../..', import.meta.url)));
  const p = ts.createProgram([CONTEXTS_FILE], parsed.options);
  return { checker: p.getTypeChecker(), file: p.getSourceFile(CONTEXTS_FILE)! };
}

/** The object type a field holds (itself, or its list's items), when it has named fields to list. */
function inner(checker: ts.TypeChecker, type: ts.Type): { type: ts.Type; list: boolean } | undefined {
  const t = checker.getNonNullableType(type);
  if (checker.isArrayType(t)) {
    const item = checker.getNonNullableType(checker.getTypeArguments(t as ts.TypeReference)[0]!);
    return item.getProperties().length && !isPrimitive(item) ? { type: item, list: true } : undefined;
  }
  if (isPrimitive(t) || t.getCallSignatures().length) return undefined;
  return t.getProperties().length ? { type: t, list: false } : undefined;
}

const isPrimitive = (t: ts.Type) => (t.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.Null | ts.TypeFlags.Undefined)) !== 0 ||
  (t.isUnion() && t.types.every(isPrimitive));

/** Where a named shape was listed first in this context: a field of the same shape points there. */
type Seen = Map<ts.Type, string>;

function expand(checker: ts.TypeChecker, type: ts.Type, at: ts.Node, context: string, prefix: string, out: Field[], missing: string[], skip: Set<string>, seen: Seen): void {
  for (const prop of checker.getPropertiesOfType(type)) {
    const name = prop.getName();
    const path = `${prefix}${name}`;
    if (!prefix && skip.has(name)) continue;
    const t = checker.getTypeOfSymbolAtLocation(prop, at);
    const own = ts.displayPartsToString(prop.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
    // Or by the interface that declares it (`ThreadRow.question`), wherever that shape appears.
    const declaredIn = (prop.declarations?.[0]?.parent as ts.InterfaceDeclaration | undefined)?.name?.getText();
    const doc = FIELD_DOCS[`${context}.${path}`] ?? (own || FIELD_DOCS[path] || (declaredIn ? FIELD_DOCS[`${declaredIn}.${name}`] : undefined));
    if (!doc) missing.push(`${context}.${path}`);
    const nested = inner(checker, t);
    const named = nested && (nested.type.aliasSymbol ?? nested.type.getSymbol())?.getName();
    const earlier = nested && named && named !== '__type' && named !== '__object' ? seen.get(nested.type) : undefined;
    out.push({ path, type: earlier ? `${nested!.list ? 'list, each' : 'map'} like \`${earlier}\`` : typeText(checker, t), doc: doc ?? '' });
    if (!nested || earlier || prefix.split('.').length >= 4) continue;
    const here = `${path}${nested.list ? '[]' : ''}`;
    seen.set(nested.type, here);
    expand(checker, nested.type, at, context, `${here}.`, out, missing, skip, seen);
  }
}

function typeText(checker: ts.TypeChecker, t: ts.Type): string {
  const nested = inner(checker, t);
  const nullable = t.isUnion() && t.types.some((x) => x.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined));
  if (nested) return `${nested.list ? 'list' : 'map'}${nullable ? ' or null' : ''}`;
  // A named union of words (`Audience`) as its words.
  if (t.isUnion() && t.aliasSymbol && t.types.every((x) => x.isStringLiteral() || x.flags & ts.TypeFlags.Null)) {
    return t.types.map((x) => checker.typeToString(x, undefined, ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType)).join(' | ');
  }
  return checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType);
}

const cell = (text: string) =>
  text.split(/(`[^`]*`)/).map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;'))).join('').replace(/\|/g, '\\|');

export function templatesPage(): string {
  const { checker, file } = program();
  const symbols = checker.getExportsOfModule(checker.getSymbolAtLocation(file)!);
  const typeOf = (name: string) => {
    const symbol = symbols.find((s) => s.getName() === name);
    if (!symbol) throw new Error(`scripts/docs/template-contexts.ts: no type ${name}`);
    return checker.getDeclaredTypeOfSymbol(symbol);
  };
  const incidentFields = new Set(checker.getPropertiesOfType(typeOf('IncidentContext')).map((p) => p.getName()));
  const missing: string[] = [];
  const out = [
    '# Template variables',
    '',
    '<!-- Generated by `npm run docs` from the types of the template contexts (scripts/docs/template-contexts.ts); edit the code, then run it. -->',
    '',
    'Every variable each template is given, for teams that override a template (a file of the same name in',
    '`templates_dir`, default `templates/`) or add their own (`incident render <id> --template <name>`).',
    'Templates are Handlebars in strict mode: a misspelt variable is an error at its line. In Markdown',
    'templates values reach the output only through helpers (`inline`, `cell`, `markdown`...: the',
    '[README](../README.md#templates) lists them). Times are ISO 8601 in the context\'s `timezone` unless',
    'said otherwise; a list is empty, never null.',
    '',
  ];
  for (const c of CONTEXTS) {
    const fields: Field[] = [];
    const extend = 'extendsIncident' in c && c.extendsIncident;
    const type = typeOf(c.name);
    // A context that is the incident's plus its own lists only its own (and what it changes).
    const skip = new Set(extend ? [...incidentFields].filter((name) => {
      const own = checker.getPropertyOfType(type, name);
      const base = checker.getPropertyOfType(typeOf('IncidentContext'), name);
      return own && base && typeText(checker, checker.getTypeOfSymbolAtLocation(own, file)) === typeText(checker, checker.getTypeOfSymbolAtLocation(base, file)) && !FIELD_DOCS[`${c.name}.${name}`];
    }) : []);
    // The shapes of the incident documents, for the contexts that extend them (`symptoms.first` is like `timeline[]`).
    const seen: Seen = new Map();
    if (extend) expand(checker, typeOf('IncidentContext'), file, 'IncidentContext', '', [], [], new Set(), seen);
    expand(checker, type, file, c.name, '', fields, missing, skip, seen);
    out.push(`## ${c.title}`, '', `${c.templates.map((t) => `\`${t}\``).join(', ')}.${extend ? ' Every variable of [the incident documents](#incident-documents), and:' : ''}`, '');
    out.push('| variable | type | what it is |', '|---|---|---|');
    for (const f of fields) out.push(`| \`${f.path}\` | ${/ like `/.test(f.type) ? f.type : `\`${f.type.replace(/\|/g, '\\|')}\``} | ${cell(f.doc)} |`);
    out.push('');
  }
  if (missing.length) throw new Error(`Template variables without words (a doc comment where they are declared, or FIELD_DOCS in scripts/docs/template-contexts.ts): ${missing.join(', ')}`);
  return out.join('\n');
}
