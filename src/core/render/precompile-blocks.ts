// Handlebars' built-in block helpers `if`, `unless` and `each` in the precompiled default templates,
// called inline instead of through Handlebars' machinery for a helper call (its options object, a
// new program closure per block, the wrapper that hands every helper `lookupProperty`, and for
// `each` an options object and two arrays per item). A page of the internal site runs ~100 of
// them, ~80 in its timeline. The functions below do what those helpers do, step by step, for what
// the default templates give them; anything else (an `each` over an object, a template with
// decorators, block parameters or `../`) keeps Handlebars' own call. test/render-inline-blocks.test.ts
// renders every default template both ways.

/** The arguments of the call whose `(` is at `open`, split at top-level commas, and the index after its `)`. */
function callArguments(code: string, open: number): { args: string[]; end: number } | undefined {
  const args: string[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      i = stringEnd(code, i) - 1;
      continue;
    }
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') {
      if (--depth === 0) {
        args.push(code.slice(from, i).trim());
        return { args, end: i + 1 };
      }
    } else if (c === ',' && depth === 1) {
      args.push(code.slice(from, i).trim());
      from = i + 1;
    }
  }
  return undefined;
}

/** The index after the string literal (double-quoted, as Handlebars writes them) that starts at `at`. */
function stringEnd(code: string, at: number): number {
  let i = at + 1;
  while (i < code.length && code[i] !== '"') i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

const PROGRAM = /^container\.program\((\d+), data, 0\)$/;
/** The options precompile.ts's withFewerLiterals makes for a block without hash or block parameters. */
const OPTIONS = /^blockHelperOptions\("(if|unless|each)", (container\.program\(\d+, data, 0\)), (container\.program\(\d+, data, 0\)|container\.noop), data, (sourceLocation\(\d+, \d+, \d+, \d+\))\)$/;
/** A built-in block helper's call, as Handlebars writes a known helper's (tried outside string literals only). */
const CALL = /lookupProperty\(helpers,"(if|unless|each)"\)\.call\(/y;
/**
 * The place a strict lookup names when the field is missing (`container.strict(obj, "name", loc )`,
 * the space before the parenthesis is Handlebars'), read only then: made once, not on every lookup.
 */
const STRICT_LOCATION = /("(?:[^"\\]|\\.)*"), sourceLocation\((\d+, \d+, \d+, \d+)\) \)/y;
/** What the rewritten calls cannot stand for: decorators, `../` (depths) and block parameters change how a program is called. */
const NOT_PLAIN = /"main_d"|"\d+_d"|"useDecorators":true|"useDepths":true|"useBlockParams":true/;

/**
 * The specification (withFewerLiterals' output) with its `if`, `unless` and `each` calls inline and
 * its strict lookups' locations made once (numbered from `locations.next`, shared by a module's templates).
 * `self`: the name the module gives the specification, whose programs the calls run.
 */
export function withInlineBlocks(spec: string, self: string, locations = { next: 0 }): string {
  if (NOT_PLAIN.test(spec)) return spec;
  let out = '';
  let from = 0;
  for (let i = 0; i < spec.length; ) {
    if (spec[i] === '"') {
      STRICT_LOCATION.lastIndex = i;
      const strict = STRICT_LOCATION.exec(spec);
      if (strict) {
        out += `${spec.slice(from, i)}${strict[1]}, strictLocation(${locations.next++}, ${strict[2]}) )`;
        i = from = i + strict[0].length;
        continue;
      }
      i = stringEnd(spec, i);
      continue;
    }
    CALL.lastIndex = i;
    const head = spec[i] === 'l' ? CALL.exec(spec) : null;
    const call = head ? callArguments(spec, i + head[0].length - 1) : undefined;
    const options = call?.args.length === 3 ? OPTIONS.exec(call.args[2]!) : null;
    if (!head || !call || !options || options[1] !== head[1]) {
      i++;
      continue;
    }
    const fn = PROGRAM.exec(options[2]!)![1]!;
    const inverse = options[3] === 'container.noop' ? '-1' : PROGRAM.exec(options[3]!)![1]!;
    const [context, value] = call.args as [string, string];
    const inline = head[1] === 'each'
      ? `eachBlock(container, helpers, ${self}, ${context}, ${value}, ${fn}, ${inverse}, data, ${options[4]})`
      : head[1] === 'if' ? `ifBlock(container, ${self}, ${context}, ${value}, ${fn}, ${inverse}, data)` : `ifBlock(container, ${self}, ${context}, ${value}, ${inverse}, ${fn}, data)`;
    out += spec.slice(from, i) + inline;
    i = from = call.end;
  }
  return out + spec.slice(from);
}

/**
 * The functions, in the module. Program `n` of a specification is called as Handlebars' program
 * wrapper calls it (container.program(n, data, 0) and then the wrapper with a context): the
 * program's function with the container's helpers and partials and the block's data; -1: no
 * program (container.noop). The function is taken from the specification itself, not through
 * container.fn(n), which looks for its decorator by a name made each call (there are none).
 */
export const BLOCK_FUNCTIONS = `/** Strict lookups' locations, made on first use (each lookup's number, unique in the module, is its index). */
const strictLocations = [];
const strictLocation = (k, startLine, startColumn, endLine, endColumn) => strictLocations[k] ??= sourceLocation(startLine, startColumn, endLine, endColumn);
/** A program of the template with a context, as its wrapper calls it; -1: none (container.noop). */
const runProgram = (container, spec, n, context, data) => (n < 0 ? '' : spec[n](container, context, container.helpers, container.partials, data));
/** Handlebars' if: a function is called first; false, 0, '', null, undefined and [] run the inverse (unless: programs swapped). */
const ifBlock = (container, spec, context, value, fn, inverse, data) => {
  if (typeof value === 'function') value = value.call(context);
  return runProgram(container, spec, !value || (Array.isArray(value) && value.length === 0) ? inverse : fn, context, data);
};
/**
 * Handlebars' each over an array: holes skipped, @key, @index, @first and @last in one frame (a
 * copy of the data, as createFrame makes it) changed item by item; the inverse when it is empty.
 * Anything but an array: Handlebars' each itself.
 */
const eachBlock = (container, helpers, spec, context, value, fn, inverse, data, loc) => {
  if (!Array.isArray(value)) return helpers.each.call(context, value, blockHelperOptions('each', container.program(fn, data, 0), inverse < 0 ? container.noop : container.program(inverse, data, 0), data, loc));
  let frame;
  if (data) {
    frame = {};
    for (const key in data) if (Object.prototype.hasOwnProperty.call(data, key)) frame[key] = data[key];
    frame._parent = data;
  }
  const n = value.length;
  if (n === 0) return runProgram(container, spec, inverse, context, data);
  const program = spec[fn];
  let out = '';
  for (let i = 0; i < n; i++) {
    if (!(i in value)) continue;
    if (frame) {
      frame.key = i;
      frame.index = i;
      frame.first = i === 0;
      frame.last = i === value.length - 1;
    }
    out = out + program(container, value[i], container.helpers, container.partials, frame || data);
  }
  return out;
};`;
