// A small JSON Schema (draft-07) checker for exactly the keywords src/core/model/schema.ts uses, with
// messages in the house style ("Unexpected X, expected Y") and paths into the data, so a rule can
// point at the YAML node. Pure: no I/O, no positions. Any keyword it does not know makes it throw,
// at module load for the incident schema, so the schema and this checker cannot silently drift.
import { daysInMonth, isCalendarDate } from '../time/calendar.ts';
import {
  DATE_OR_DATE_TIME_PATTERN,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  ID_PATTERN,
  incidentSchema,
} from './schema.ts';

export type SchemaPath = (string | number)[];

export type FindingKind =
  | 'type'
  | 'enum'
  | 'const'
  | 'pattern'
  | 'format'
  | 'minLength'
  | 'uniqueItems'
  | 'required'
  | 'unknown';

export interface SchemaFinding {
  /** Where: the value at this path (or, with part 'key', its key). A missing field points at its parent object. */
  path: SchemaPath;
  part: 'key' | 'value';
  kind: FindingKind;
  message: string;
}

export interface CheckOptions {
  /**
   * Also report keys that an open object (`additionalProperties` true or absent) does not list in
   * `properties`, as kind 'unknown'. The schema allows them for forward compatibility; a linter
   * still wants to warn about them (a typo such as `sevrity` is otherwise silently ignored).
   */
  reportUnlistedKeys?: boolean;
  /** What the root is called in messages (default "frontmatter"). */
  rootName?: string;
}

/** A schema as plain data (the incident schema is a deeply readonly `as const` literal). */
export type Schema = { readonly [keyword: string]: unknown };

// Annotations: no effect on validation.
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'examples', '$comment']);
const ASSERTIONS = new Set([
  'type', 'enum', 'const', 'pattern', 'format', 'minLength', 'required', 'properties',
  'additionalProperties', 'items', 'uniqueItems', 'if', 'then',
]);
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const FORMATS = new Set(['uri']);

/** What a value matching each pattern of the incident schema looks like, for "expected ..." in messages. */
const PATTERN_PHRASES = new Map<string, string>([
  [DATE_TIME_PATTERN, 'ISO 8601 with an offset like 2017-01-06T22:50:26Z'],
  [DATE_PATTERN, 'a date like 2017-01-11 (YYYY-MM-DD)'],
  [DATE_OR_DATE_TIME_PATTERN, 'a date like 2017-01-11 or a date-time with an offset like 2017-01-11T18:00:00Z'],
  [ID_PATTERN, 'the start date and a lower-case slug like 2017-01-06-db2kafka-outage-from-oom-kills'],
  [incidentSchema.properties.timezone.pattern, 'an IANA time zone like Europe/Berlin or UTC'],
]);

// Dates typed by hand (due, meeting): the pattern lets through 2026-02-30 and 2100-02-29. Timeline
// times have a rule of their own (timeline-times).
const CALENDAR_PATTERNS: ReadonlySet<string> = new Set([DATE_PATTERN, DATE_OR_DATE_TIME_PATTERN]);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (date: string) => `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const daysIn = (date: string) => daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));

const FORMAT_PHRASES: Record<string, string> = {
  uri: 'an absolute URL like https://tracker.example.com/browse/OPS-12',
};

const TYPE_PHRASES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value lines)',
  array: 'a list',
  null: 'an empty value',
};

// ---------------------------------------------------------------------------------------------
// The keyword guard.

const checked = new WeakSet<object>();

/**
 * Throws when `schema` (or any subschema) uses a keyword, type, format or keyword value this
 * checker does not support. Called at module load on the incident schema, and by checkSchema.
 */
export function assertSupportedSchema(schema: Schema, at = '#'): void {
  if (checked.has(schema)) return;
  const fail = (what: string): never => {
    throw new Error(`schema-check: unsupported ${what} at ${at}; teach src/core/model/schema-check.ts about it`);
  };
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) fail('schema (not an object)');
  for (const [keyword, value] of Object.entries(schema)) {
    const here = `${at}/${keyword}`;
    if (ANNOTATIONS.has(keyword)) continue;
    if (!ASSERTIONS.has(keyword)) fail(`keyword "${keyword}"`);
    switch (keyword) {
      case 'type': {
        const types = Array.isArray(value) ? value : [value];
        if (types.length === 0 || !types.every((t) => typeof t === 'string' && TYPES.has(t))) fail(`type ${JSON.stringify(value)}`);
        break;
      }
      case 'enum':
        if (!Array.isArray(value) || value.length === 0) fail('enum (not a non-empty array)');
        break;
      case 'pattern':
        if (typeof value !== 'string') fail('pattern (not a string)');
        new RegExp(value as string, 'u');
        break;
      case 'format':
        if (typeof value !== 'string' || !FORMATS.has(value)) fail(`format ${JSON.stringify(value)}`);
        break;
      case 'minLength':
        if (!Number.isInteger(value) || (value as number) < 0) fail('minLength (not a non-negative integer)');
        break;
      case 'required':
        if (!Array.isArray(value) || !value.every((k) => typeof k === 'string')) fail('required (not a list of names)');
        break;
      case 'additionalProperties':
        if (typeof value !== 'boolean') fail('additionalProperties (only true or false are supported)');
        break;
      case 'uniqueItems':
        if (typeof value !== 'boolean') fail('uniqueItems (not true or false)');
        break;
      case 'properties':
        if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('properties (not an object)');
        for (const [name, sub] of Object.entries(value as object)) assertSupportedSchema(sub as Schema, `${here}/${name}`);
        break;
      case 'items':
        if (Array.isArray(value)) fail('items (tuple form)');
        assertSupportedSchema(value as Schema, here);
        break;
      case 'if':
      case 'then':
        assertSupportedSchema(value as Schema, here);
        break;
    }
  }
  checked.add(schema);
}

// Fail loudly at load if the incident schema has grown a keyword (or a pattern) we don't handle.
assertSupportedSchema(incidentSchema);
forEachPattern(incidentSchema, (pattern, at) => {
  if (!PATTERN_PHRASES.has(pattern)) {
    throw new Error(`schema-check: no message phrase for the pattern at ${at}; add it to PATTERN_PHRASES in src/core/model/schema-check.ts`);
  }
});

function forEachPattern(schema: Schema, fn: (pattern: string, at: string) => void, at = '#'): void {
  if (typeof schema['pattern'] === 'string') fn(schema['pattern'], at);
  const props = schema['properties'] as Record<string, Schema> | undefined;
  for (const [name, sub] of Object.entries(props ?? {})) forEachPattern(sub, fn, `${at}/properties/${name}`);
  for (const key of ['items', 'if', 'then'] as const) {
    const sub = schema[key] as Schema | undefined;
    if (sub) forEachPattern(sub, fn, `${at}/${key}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Checking.

/**
 * Checks `data` against `schema`. Findings come in document order of the data (object keys in
 * their order, list items by index; a finding on an object before those inside it, a key before
 * its value), then in schema order for the same place.
 */
export function checkSchema(schema: Schema, data: unknown, options: CheckOptions = {}): SchemaFinding[] {
  assertSupportedSchema(schema);
  const findings: SchemaFinding[] = [];
  const ctx: Walk = { options, rootName: options.rootName ?? 'frontmatter', out: findings, probing: false, because: undefined };
  visit(planOf(schema), data, [], ctx);
  return sortFindings(data, findings);
}

interface Walk {
  options: CheckOptions;
  rootName: string;
  out: SchemaFinding[];
  /** Inside an `if`: only whether it matches counts, so no unlisted-key reports and no suffixes. */
  probing: boolean;
  /** Appended to `required` messages coming from a `then` (e.g. " (status is wont-do)"). */
  because: string | undefined;
}

/**
 * A schema's keywords as visit() uses them, worked out once per schema: visit() runs for every
 * value of every file, and looking keywords up, compiling patterns and listing keys each time
 * cost more than the checks.
 */
interface Plan {
  /** `type` as bits (see typeBits), and how the expected types read in a message. */
  types?: number;
  expectedType: string;
  /** The keywords that check something besides `type` (checked first), in schema order. */
  steps: readonly Step[];
  /** `properties`, `items`, `if`/`then` (with the `then` message suffix) as plans. */
  props?: ReadonlyMap<string, Plan>;
  items?: Plan;
  ifThen?: { if: Plan; then: Plan; because: string | undefined };
  /** An open object with listed properties: its unlisted keys are reported when asked. */
  open: boolean;
  /** `additionalProperties: false`: an unlisted key is a finding. */
  closed: boolean;
  /** "expected one of ..." for a key `properties` does not list. */
  expectedKeys: string;
}

interface Step {
  keyword: string;
  arg: unknown;
  /** The compiled `pattern`. */
  re?: RegExp;
  /** A `pattern` of a date typed by hand: the day must also exist. */
  calendar?: boolean;
  /** The `enum` values, to find a scalar without comparing it with each. */
  set?: ReadonlySet<unknown>;
}

// The keywords visit() checks besides `type` (`then` goes with `if`; the rest are annotations).
const STEPS = new Set(['enum', 'const', 'pattern', 'format', 'minLength', 'required', 'properties', 'additionalProperties', 'items', 'uniqueItems', 'if']);

const plans = new WeakMap<object, Plan>();
function planOf(schema: Schema): Plan {
  let plan = plans.get(schema);
  if (plan) return plan;
  const type = schema['type'];
  const types = type === undefined ? undefined : ((Array.isArray(type) ? type : [type]) as string[]);
  const step = (keyword: string, arg: unknown): Step =>
    keyword === 'pattern' ? { keyword, arg, re: compiled(arg as string), calendar: CALENDAR_PATTERNS.has(arg as string) }
    : keyword === 'enum' ? { keyword, arg, set: new Set(arg as unknown[]) }
    : { keyword, arg };
  const props = schema['properties'] as Record<string, Schema> | undefined;
  const known = Object.keys(props ?? {});
  const ifSchema = schema['if'] as Schema | undefined;
  const thenSchema = schema['then'] as Schema | undefined;
  const open = schema['additionalProperties'] !== false && props !== undefined;
  plan = {
    types: types?.reduce((bits, t) => bits | (TYPE_BITS[t] ?? 0), 0),
    // A value that is null never fails a nullable type: "expected a string", not "... or an empty value".
    expectedType: types ? types.filter((t) => t !== 'null' || types.length === 1).map((t) => TYPE_PHRASES[t]).join(' or ') : '',
    steps: Object.entries(schema).filter(([keyword]) => STEPS.has(keyword)).map(([keyword, arg]) => step(keyword, arg)),
    props: props && new Map(Object.entries(props).map(([key, sub]) => [key, planOf(sub)])),
    items: schema['items'] === undefined ? undefined : planOf(schema['items'] as Schema),
    ifThen: ifSchema && thenSchema ? { if: planOf(ifSchema), then: planOf(thenSchema), because: condition(ifSchema) } : undefined,
    open,
    closed: schema['additionalProperties'] === false,
    expectedKeys: known.length ? `expected one of ${known.join(', ')}` : 'expected no keys',
  };
  plans.set(schema, plan);
  return plan;
}

/**
 * Records a finding at `path` (copied: the walk's own path changes). Inside an `if` only whether
 * there is one counts, so its message is not even built.
 */
function add(ctx: Walk, path: SchemaPath, kind: FindingKind, message: () => string, part: 'key' | 'value' = 'value'): void {
  ctx.out.push(ctx.probing ? PROBED : { path: path.slice(), part, kind, message: message() });
}

const PROBED: SchemaFinding = { path: [], part: 'value', kind: 'const', message: '' };

// `path` is one list for the whole walk: pushed and popped around each child, copied for a finding.
// No closures in here: one capturing `value` or `path` makes V8 allocate a context for every call
// (a fifth of all the memory a validate run allocated); the messages are built in the functions below.
function visit(plan: Plan, value: unknown, path: SchemaPath, ctx: Walk): void {
  // A value of the wrong type gets one finding: the other keywords would only repeat it.
  if (plan.types !== undefined && (typeBits(value) & plan.types) === 0) {
    typeFinding(plan, value, path, ctx);
    return;
  }

  const steps = plan.steps;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    const arg = step.arg;
    switch (step.keyword) {
      case 'enum':
        if (typeof value === 'object' && value !== null ? !someEqual(arg as readonly unknown[], value) : !step.set!.has(value)) {
          enumFinding(arg as readonly unknown[], value, path, ctx);
        }
        break;
      case 'const':
        if (!deepEqual(arg, value)) constFinding(arg, value, path, ctx);
        break;
      case 'pattern':
        if (typeof value !== 'string') break;
        if (!step.re!.test(value)) patternFinding(arg as string, value, path, ctx);
        else if (step.calendar && !isCalendarDate(value.slice(0, 10))) calendarFinding(value, path, ctx);
        break;
      case 'format':
        if (typeof value === 'string' && !matchesFormat(arg as string, value)) formatFinding(arg as string, value, path, ctx);
        break;
      case 'minLength':
        if (typeof value === 'string' && fewerCodePoints(value, arg as number)) minLengthFinding(arg as number, value, path, ctx);
        break;
      case 'required':
        if (isObject(value)) {
          const keys = arg as readonly string[];
          for (let k = 0; k < keys.length; k++) if (!Object.hasOwn(value, keys[k]!)) requiredFinding(keys[k]!, path, ctx);
        }
        break;
      case 'properties':
        if (isObject(value)) properties(plan, value, path, ctx);
        break;
      case 'additionalProperties':
        // With `properties`, its loop reports the keys it does not list (one pass over the keys).
        if (arg === false && plan.props === undefined && isObject(value)) unknownKeys(plan, value, path, ctx);
        break;
      case 'items':
        if (Array.isArray(value)) {
          const inner = innerWalk(ctx);
          for (let i = 0; i < value.length; i++) {
            path.push(i);
            visit(plan.items!, value[i], path, inner);
            path.pop();
          }
        }
        break;
      case 'uniqueItems':
        if (arg === true && Array.isArray(value)) uniqueItems(value, path, ctx);
        break;
      case 'if':
        if (plan.ifThen) ifThen(plan.ifThen, value, path, ctx);
        break;
    }
  }
}

function someEqual(allowed: readonly unknown[], value: unknown): boolean {
  return allowed.some((a) => deepEqual(a, value));
}

function typeFinding(plan: Plan, value: unknown, path: SchemaPath, ctx: Walk): void {
  add(ctx, path, 'type', () => value === null
    ? `Unexpected empty ${pathName(path, ctx.rootName)}, expected ${plan.expectedType}`
    : `Unexpected type ${typeName(value)} for ${pathName(path, ctx.rootName)}, expected ${plan.expectedType}`);
}

function enumFinding(allowed: readonly unknown[], value: unknown, path: SchemaPath, ctx: Walk): void {
  // null in an enum is "not set" (an optional field): not one of the values to suggest.
  const shown = allowed.length > 1 ? allowed.filter((a) => a !== null) : allowed;
  add(ctx, path, 'enum', () => `Unexpected ${describeValue(pathName(path, ctx.rootName), value)}, expected one of ${shown.map(plain).join(', ')}`);
}

function constFinding(expected: unknown, value: unknown, path: SchemaPath, ctx: Walk): void {
  add(ctx, path, 'const', () => `Unexpected ${describeValue(pathName(path, ctx.rootName), value)}, expected ${plain(expected)}`);
}

function patternFinding(pattern: string, value: string, path: SchemaPath, ctx: Walk): void {
  add(ctx, path, 'pattern', () => `Unexpected ${pathName(path, ctx.rootName)} ${quote(value)}, expected ${PATTERN_PHRASES.get(pattern) ?? `a string matching /${pattern}/`}`);
}

function calendarFinding(value: string, path: SchemaPath, ctx: Walk): void {
  add(ctx, path, 'pattern', () => `Unexpected date ${value.slice(0, 10)} in ${pathName(path, ctx.rootName)}, expected a day that exists (${monthName(value)} has ${daysIn(value)} days)`);
}

function formatFinding(format: string, value: string, path: SchemaPath, ctx: Walk): void {
  add(ctx, path, 'format', () => `Unexpected ${pathName(path, ctx.rootName)} ${quote(value)}, expected ${FORMAT_PHRASES[format]}`);
}

function minLengthFinding(min: number, value: string, path: SchemaPath, ctx: Walk): void {
  add(ctx, path, 'minLength', () => value === '' && min === 1
    ? `Unexpected empty ${pathName(path, ctx.rootName)}, expected a non-empty string`
    : `Unexpected ${pathName(path, ctx.rootName)} ${quote(value)}, expected at least ${min} characters`);
}

function requiredFinding(key: string, path: SchemaPath, ctx: Walk): void {
  const where = () => (path.length === 0 ? '' : ` in ${pathName(path, ctx.rootName)}`);
  add(ctx, path, 'required', () => `Missing required field ${key}${where()}${ctx.because ?? ''}`);
}

function uniqueItems(value: unknown[], path: SchemaPath, ctx: Walk): void {
  value.forEach((item, i) => {
    if (value.slice(0, i).some((earlier) => deepEqual(earlier, item))) {
      add(ctx, [...path, i], 'uniqueItems', () => `Unexpected duplicate ${quote(item)} in ${pathName(path, ctx.rootName)}, expected each item once`);
    }
  });
}

function ifThen(plan: NonNullable<Plan['ifThen']>, value: unknown, path: SchemaPath, ctx: Walk): void {
  const probe: Walk = { options: ctx.options, rootName: ctx.rootName, out: [], probing: true, because: undefined };
  visit(plan.if, value, path, probe);
  if (probe.out.length !== 0) return;
  // A `then` adds conditions on keys the object's own schema lists: none of its keys is "unlisted".
  visit(plan.then, value, path, { ...ctx, options: thenOptions(ctx.options), because: ctx.probing ? undefined : plan.because });
}

/** The walk for the values inside this one: a `then`'s message suffix is for its own object only. */
function innerWalk(ctx: Walk): Walk {
  return ctx.because === undefined ? ctx : { ...ctx, because: undefined };
}

/**
 * The listed keys of an object, each checked against its schema, and in the same pass the keys
 * not listed: always for a closed object (they fail it, so an `if` counts them), and for an open
 * one when the caller wants to hear about them. Findings are sorted afterwards, so reporting an
 * unlisted key in this loop rather than after the other keywords changes no order.
 */
function properties(plan: Plan, value: Record<string, unknown>, path: SchemaPath, ctx: Walk): void {
  const props = plan.props!;
  const unlisted = plan.closed || (plan.open && !!ctx.options.reportUnlistedKeys && !ctx.probing);
  const inner = innerWalk(ctx);
  for (const key of Object.keys(value)) {
    const sub = props.get(key);
    if (sub === undefined) {
      if (unlisted) unknownKey(plan, key, path, ctx);
      continue;
    }
    path.push(key);
    visit(sub, value[key], path, inner);
    path.pop();
  }
}

/** The options of a walk inside a `then`: the same, without unlisted-key reports (made once per walk). */
function thenOptions(options: CheckOptions): CheckOptions {
  let then = thenOptionsOf.get(options);
  if (!then) thenOptionsOf.set(options, (then = { ...options, reportUnlistedKeys: false }));
  return then;
}
const thenOptionsOf = new WeakMap<CheckOptions, CheckOptions>();

function unknownKeys(plan: Plan, value: Record<string, unknown>, path: SchemaPath, ctx: Walk): void {
  for (const key of Object.keys(value)) if (!plan.props?.has(key)) unknownKey(plan, key, path, ctx);
}

function unknownKey(plan: Plan, key: string, path: SchemaPath, ctx: Walk): void {
  const where = () => (path.length === 0 ? '' : ` in ${pathName(path, ctx.rootName)}`);
  add(ctx, [...path, key], 'unknown', () => `Unexpected key ${quote(key)}${where()}, ${plan.expectedKeys}`, 'key');
}

/** Whether `s` has fewer than `n` code points (`[...s].length < n`); its length mostly settles that. */
function fewerCodePoints(s: string, n: number): boolean {
  if (s.length < n) return true; // never more code points than UTF-16 units
  if (s.length >= 2 * n) return false; // never fewer than half as many
  return [...s].length < n;
}

/** " (status is wont-do)" for an `if` of the form `{ properties: { status: { const: 'wont-do' } } }`. */
function condition(ifSchema: Schema): string | undefined {
  const props = ifSchema['properties'] as Record<string, Schema> | undefined;
  const parts = Object.entries(props ?? {})
    .filter(([, sub]) => Object.hasOwn(sub, 'const'))
    .map(([key, sub]) => `${key} is ${plain(sub['const'])}`);
  return parts.length ? ` (${parts.join(' and ')})` : undefined;
}

// ---------------------------------------------------------------------------------------------
// Order.

/** Stable sort of findings into document order of `data` (see checkSchema). */
export function sortFindings<T extends { path: readonly (string | number)[]; part?: 'key' | 'value' }>(data: unknown, findings: T[]): T[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => comparePaths(data, a.finding, b.finding) || a.index - b.index)
    .map(({ finding }) => finding);
}

function comparePaths(
  data: unknown,
  a: { path: readonly (string | number)[]; part?: 'key' | 'value' },
  b: { path: readonly (string | number)[]; part?: 'key' | 'value' },
): number {
  let node: unknown = data;
  for (let i = 0; ; i++) {
    const aEnd = i >= a.path.length;
    const bEnd = i >= b.path.length;
    if (aEnd || bEnd) {
      if (aEnd && bEnd) return rank(a.part) - rank(b.part);
      return aEnd ? -1 : 1; // an object's own findings before those inside it
    }
    const sa = a.path[i]!;
    const sb = b.path[i]!;
    if (sa !== sb) return order(node, sa) - order(node, sb) || String(sa).localeCompare(String(sb));
    node = isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[sa] : undefined;
  }
}

const rank = (part: 'key' | 'value' | undefined) => (part === 'key' ? 0 : 1);

function order(node: unknown, segment: string | number): number {
  if (Array.isArray(node) && typeof segment === 'number') return segment;
  if (isObject(node) && typeof segment === 'string') {
    const i = Object.keys(node).indexOf(segment);
    if (i !== -1) return i;
  }
  return Number.MAX_SAFE_INTEGER;
}

// ---------------------------------------------------------------------------------------------
// Helpers.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The JSON Schema types a value has, as bits: a schema's `type` list becomes one mask to test.
const TYPE_BITS: Record<string, number> = { string: 1, number: 2, integer: 4, boolean: 8, object: 16, array: 32, null: 64 };

function typeBits(value: unknown): number {
  switch (typeof value) {
    case 'string': return TYPE_BITS.string!;
    case 'number': return (Number.isFinite(value) ? TYPE_BITS.number! : 0) | (Number.isInteger(value) ? TYPE_BITS.integer! : 0);
    case 'boolean': return TYPE_BITS.boolean!;
    case 'object': return value === null ? TYPE_BITS.null! : Array.isArray(value) ? TYPE_BITS.array! : TYPE_BITS.object!;
    default: return 0;
  }
}

/** The type of a YAML value, in the words a YAML author uses. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value;
}

/** `status "fixed"`, `status 3`, or `type list for status` for values that do not print on one line. */
function describeValue(name: string, value: unknown): string {
  if (value === null) return `empty ${name}`;
  if (typeof value === 'object') return `type ${typeName(value)} for ${name}`;
  return `${name} ${quote(value)}`;
}

/** A scalar as it reads in a message: strings in double quotes (shortened when long). */
function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'object' && value !== null) return typeName(value);
  return String(value);
}

/** An allowed value as listed after "expected": strings bare, others as YAML writes them. */
function plain(value: unknown): string {
  return typeof value === 'string' ? value : value === null ? 'null' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `timeline[3].at`; the root is `rootName`. */
export function pathName(path: readonly (string | number)[], rootName = 'frontmatter'): string {
  if (path.length === 0) return rootName;
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

function matchesFormat(format: string, value: string): boolean {
  if (format === 'uri') {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(value)) return false;
    try {
      new URL(value);
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

// Patterns are few and checked for every timeline entry: compile each once.
const patterns = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(pattern, 'u')));
  return re;
}
