// `incident completion bash|zsh|fish`: shell completion scripts generated from the command table
// itself (commander's commands, arguments and options), so they never drift from the CLI. What a
// value can be comes from the model's own lists; incident ids are asked of the CLI as you type
// (`incident completion --ids`, the binary the line starts with).
import type { Argument, Command, Option } from 'commander';
import { ACTION_STATUSES, ACTION_TYPES, DEFAULT_SEVERITIES, ENTRY_KINDS, INCIDENT_KINDS, MILESTONE_KINDS, OPEN_STATUSES, STATUSES } from '../core/model/types.ts';
import { REVIEW_STEPS } from '../core/model/review.ts';
import { FORMATS } from '../core/validate/format.ts';
import { THREAD_ACTIONS } from '../commands/thread.ts';
import { commandPath } from './examples.ts';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What a word can be: these words, incident ids, files, ids or files, or anything (no list). */
export type Values = readonly string[] | '@ids' | '@files' | '@ids+files' | '@none';

interface OptionSpec {
  flags: string[];
  takesValue: boolean;
  values: Values;
  description: string;
}

interface ArgSpec {
  name: string;
  variadic: boolean;
  values: Values;
}

export interface CommandSpec {
  /** "" for the program, "drill replay" for a subcommand. */
  path: string;
  description: string;
  subcommands: { name: string; description: string }[];
  options: OptionSpec[];
  args: ArgSpec[];
}

const OPEN_OR_RESOLVED = STATUSES.filter((s) => s !== 'closed');

/** An option's values: by "command --flag", else by "--flag" wherever it is. */
const OPTION_VALUES: Record<string, Values> = {
  '--audience': ['internal', 'public'],
  '--severity': DEFAULT_SEVERITIES,
  'validate --format': FORMATS,
  'render --format': ['md', 'html'],
  'log --kind': ENTRY_KINDS,
  'amend --kind': ENTRY_KINDS,
  'list --kind': INCIDENT_KINDS,
  'insights --kind': INCIDENT_KINDS,
  'list --status': ['open', ...STATUSES],
  'action --status': ACTION_STATUSES,
  'reopen --status': OPEN_STATUSES,
  'status-update --status': OPEN_OR_RESOLVED,
  'action --type': ACTION_TYPES,
  'insights --by': ['month', 'quarter', 'severity', 'service'],
  'render --template': ['postmortem', 'public-summary', 'status-update'],
  '--out': '@files',
  '--config': '@files',
};

/** A positional argument's values: by "command name", else by name. */
const ARG_VALUES: Record<string, Values> = {
  id: '@ids',
  ids: '@ids',
  paths: '@ids+files',
  files: '@files',
  'status status': [...OPEN_OR_RESOLVED, ...MILESTONE_KINDS.filter((k) => k !== 'resolved')],
  'review step': REVIEW_STEPS,
  'severity severity': DEFAULT_SEVERITIES,
  'thread action': THREAD_ACTIONS,
  'evidence action': ['add', 'run', 'verify', 'list'],
  'evidence args': '@files',
  'action action': ['add', 'remove', 'list'],
  'completion shell': SHELLS,
};

/** The command table as completion needs it, every command and subcommand, the program first. */
export function commandSpecs(program: Command): CommandSpec[] {
  const specs: CommandSpec[] = [];
  const visit = (command: Command) => {
    const path = commandPath(command);
    const visible = command.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
    const subcommands = visible.map((c) => ({ name: c.name(), description: c.description() }));
    if (path === '') subcommands.push({ name: 'help', description: 'help for a command' });
    specs.push({
      path,
      description: command.description(),
      subcommands,
      options: [...command.options.filter((o) => !o.hidden).map((o) => optionSpec(path, o)), HELP],
      args: command.registeredArguments.map((a) => argSpec(path, a)),
    });
    visible.forEach(visit);
  };
  visit(program);
  // `incident help <command>`, commander's own.
  specs.push({
    path: 'help', description: 'help for a command', subcommands: [], options: [HELP],
    args: [{ name: 'command', variadic: false, values: program.commands.map((c) => c.name()) }],
  });
  return specs;
}

const HELP: OptionSpec = { flags: ['-h', '--help'], takesValue: false, values: '@none', description: 'display help for command' };

function optionSpec(path: string, o: Option): OptionSpec {
  const flags = [o.short, o.long].filter((f): f is string => typeof f === 'string');
  const takesValue = o.required || o.optional;
  const values = takesValue ? OPTION_VALUES[`${path} ${o.long}`] ?? OPTION_VALUES[o.long ?? ''] ?? '@none' : '@none';
  return { flags, takesValue: o.required, values, description: o.description };
}

function argSpec(path: string, a: Argument): ArgSpec {
  const name = a.name();
  return { name, variadic: a.variadic, values: ARG_VALUES[`${path} ${name}`] ?? ARG_VALUES[name] ?? '@none' };
}

/** The script for `shell`. */
export function completionScript(shell: Shell, program: Command): string {
  const specs = commandSpecs(program);
  if (shell === 'fish') return fishScript(specs);
  if (shell === 'bash') return `${shellFunctions(specs)}\n${BASH_DRIVER}`;
  return `#compdef incident\n${shellFunctions(specs)}\n${ZSH_DRIVER}`;
}

/** A word list as one shell-quoted string (every value is a plain word: no quote inside). */
const sq = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const words = (values: Values) => (typeof values === 'string' ? values : values.join(' '));

/**
 * The table as shell functions that bash and zsh both run: `_incident_spec <path>` sets subs, opts,
 * vopts (the options that take a value) and args (positional names, `...` for the rest);
 * `_incident_option_values` and `_incident_arg_values` print what a value can be.
 */
function shellFunctions(specs: CommandSpec[]): string {
  const spec = specs.map((s) => {
    const opts = s.options.flatMap((o) => o.flags).join(' ');
    const vopts = s.options.filter((o) => o.takesValue).flatMap((o) => o.flags).join(' ');
    const args = s.args.map((a) => `${a.name}${a.variadic ? '...' : ''}`).join(' ');
    return `    ${sq(s.path)}) subs=${sq(s.subcommands.map((c) => c.name).join(' '))}; opts=${sq(opts)}; vopts=${sq(vopts)}; args=${sq(args)} ;;`;
  });
  const optionValues = specs.flatMap((s) => s.options.filter((o) => o.takesValue && o.values !== '@none').map((o) =>
    `    ${o.flags.map((f) => sq(`${s.path} ${f}`)).join('|')}) echo ${sq(words(o.values))} ;;`));
  const argValues = specs.flatMap((s) => s.args.filter((a) => a.values !== '@none').map((a) => `    ${sq(`${s.path} ${a.name}`)}) echo ${sq(words(a.values))} ;;`));
  const descriptions = specs.flatMap((s) => s.subcommands.map((c) => `    ${sq(`${s.path} ${c.name}`)}) echo ${sq(oneLine(c.description))} ;;`));
  return `# Completion for incident (Casefile), generated by \`incident completion\` from its command table.
_incident_spec() {
  case "$1" in
${spec.join('\n')}
    *) subs=''; opts='-h --help'; vopts=''; args='' ;;
  esac
}
_incident_option_values() {
  case "$1 $2" in
${optionValues.join('\n')}
    *) echo @none ;;
  esac
}
_incident_arg_values() {
  case "$1 $2" in
${argValues.join('\n')}
    *) echo @none ;;
  esac
}
_incident_description() {
  case "$1 $2" in
${descriptions.join('\n')}
  esac
}
# Walks the words before the cursor: sets key (the command path), npos (positionals so far) and want (an option waiting for its value).
_incident_walk() {
  local i w dashdash=0
  key=''; npos=0; want=''
  _incident_spec ''
  for ((i = 2; i < $#; i++)); do
    eval "w=\"\\\${$i}\""
    if [[ -n $want ]]; then want=''; continue; fi
    if ((dashdash == 0)) && [[ $w == -- ]]; then dashdash=1; npos=$((npos + 1)); continue; fi
    if ((dashdash == 0)) && [[ $w == -?* ]]; then
      [[ $w != *=* && " $vopts " == *" $w "* ]] && want=$w
      continue
    fi
    if ((npos == 0)) && [[ " $subs " == *" $w "* ]]; then
      key="\${key:+$key }$w"
      _incident_spec "$key"
      continue
    fi
    npos=$((npos + 1))
  done
}
# The name of positional number $1 (0-based) of the current command: the last one if it takes the rest.
_incident_arg_name() {
  local n=0 a last=''
  for a in $args; do
    if ((n == $1)); then echo "\${a%...}"; return; fi
    last=$a; n=$((n + 1))
  done
  [[ $last == *... ]] && echo "\${last%...}"
}
`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const BASH_DRIVER = `_incident_reply() {
  local cur=$1
  case $2 in
    @none) COMPREPLY=() ;;
    @ids) COMPREPLY=($(compgen -W "$("\${COMP_WORDS[0]}" completion --ids 2>/dev/null)" -- "$cur")) ;;
    @files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    @ids+files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -W "$("\${COMP_WORDS[0]}" completion --ids 2>/dev/null)" -- "$cur") $(compgen -f -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "$2" -- "$cur")) ;;
  esac
}
_incident() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" key npos want subs opts vopts args
  _incident_walk "\${COMP_WORDS[@]:0:COMP_CWORD+1}"
  if [[ -n $want ]]; then _incident_reply "$cur" "$(_incident_option_values "$key" "$want")"; return; fi
  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur")); return; fi
  if ((npos == 0)) && [[ -n $subs ]]; then COMPREPLY=($(compgen -W "$subs" -- "$cur")); return; fi
  local name
  name=$(_incident_arg_name "$npos")
  if [[ -z $name ]]; then COMPREPLY=(); return; fi
  _incident_reply "$cur" "$(_incident_arg_values "$key" "$name")"
}
complete -F _incident incident
`;

const ZSH_DRIVER = `_incident_reply() {
  case $1 in
    @none) ;;
    @ids) compadd -- \${(f)"$(\${words[1]} completion --ids 2>/dev/null)"} ;;
    @files) _files ;;
    @ids+files) compadd -- \${(f)"$(\${words[1]} completion --ids 2>/dev/null)"}; _files ;;
    *) compadd -- \${=1} ;;
  esac
}
_incident() {
  setopt localoptions shwordsplit
  local key npos want subs opts vopts args name sub
  local -a described
  _incident_walk "\${(@)words[1,CURRENT]}"
  if [[ -n $want ]]; then _incident_reply "$(_incident_option_values "$key" "$want")"; return; fi
  if [[ \${words[CURRENT]} == -* ]]; then compadd -- \${=opts}; return; fi
  if ((npos == 0)) && [[ -n $subs ]]; then
    for sub in \${=subs}; do described+=("$sub:$(_incident_description "$key" "$sub")"); done
    _describe -t commands 'incident command' described
    return
  fi
  name=$(_incident_arg_name "$npos")
  [[ -n $name ]] && _incident_reply "$(_incident_arg_values "$key" "$name")"
}
if [ "$funcstack[1]" = "_incident" ]; then
  _incident "$@"
else
  compdef _incident incident
fi
`;

/** Fish's completions are declarative: one line per command, option and argument, with a condition. */
function fishScript(specs: CommandSpec[]): string {
  const lines = [
    '# Completion for incident (Casefile), generated by `incident completion fish` from its command table.',
    '# The command path and how many positionals precede the cursor.',
    'function __incident_walk',
    '    set -l tokens (commandline -opc)',
    "    set -l key ''",
    '    set -l npos 0',
    '    set -l want 0',
    '    for w in $tokens[2..-1]',
    '        if test $want = 1',
    '            set want 0',
    '            continue',
    '        end',
    "        if string match -q -- '-?*' $w",
    "            if not string match -q -- '*=*' $w; and contains -- $w (__incident_vopts $key)",
    '                set want 1',
    '            end',
    '            continue',
    '        end',
    '        if test $npos = 0; and contains -- $w (__incident_subs $key)',
    "            set key (string trim -- \"$key $w\")",
    '            continue',
    '        end',
    '        set npos (math $npos + 1)',
    '    end',
    '    echo $key',
    '    echo $npos',
    'end',
    'function __incident_subs',
    '    switch "$argv[1]"',
    ...specs.filter((s) => s.subcommands.length).map((s) => `        case ${sq(s.path)}\n            printf '%s\\n' ${s.subcommands.map((c) => sq(c.name)).join(' ')}`),
    '    end',
    'end',
    'function __incident_vopts',
    '    switch "$argv[1]"',
    ...specs.filter((s) => s.options.some((o) => o.takesValue)).map((s) => `        case ${sq(s.path)}\n            printf '%s\\n' ${s.options.filter((o) => o.takesValue).flatMap((o) => o.flags).map(sq).join(' ')}`),
    '    end',
    'end',
    '# True when the command path is $argv[1] (and, given $argv[2], that many positionals precede the cursor).',
    'function __incident_at',
    '    set -l at (__incident_walk)',
    '    test "$at[1]" = "$argv[1]"; or return 1',
    '    test (count $argv) -lt 2; and return 0',
    '    test "$at[2]" = "$argv[2]"',
    'end',
    'function __incident_ids',
    '    set -l tokens (commandline -opc)',
    '    $tokens[1] completion --ids 2>/dev/null',
    'end',
    'complete -c incident -f',
  ];
  const fishValues = (values: Values) => {
    if (values === '@none') return '';
    if (values === '@ids') return " -a '(__incident_ids)'";
    if (values === '@files') return ' -F';
    if (values === '@ids+files') return " -F -a '(__incident_ids)'";
    return ` -a ${sq(values.join(' '))}`;
  };
  for (const s of specs) {
    for (const c of s.subcommands) lines.push(`complete -c incident -n ${sq(`__incident_at ${fishWord(s.path)} 0`)} -a ${sq(c.name)} -d ${sq(oneLine(c.description))}`);
    for (const o of s.options) {
      const flags = o.flags.map((f) => (f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`)).join(' ');
      // -x: takes a value, not a file (-r -F for the ones that are files).
      const value = !o.takesValue ? '' : o.values === '@files' || o.values === '@ids+files' ? ` -r${fishValues(o.values)}` : ` -x${fishValues(o.values)}`;
      lines.push(`complete -c incident -n ${sq(`__incident_at ${fishWord(s.path)}`)} ${flags}${value} -d ${sq(oneLine(o.description))}`);
    }
    s.args.forEach((a, i) => {
      if (a.values === '@none') return;
      // A variadic last argument takes every position from its own on.
      const positions = a.variadic ? Array.from({ length: 8 }, (_, k) => i + k) : [i];
      for (const n of positions) lines.push(`complete -c incident -n ${sq(`__incident_at ${fishWord(s.path)} ${n}`)}${fishValues(a.values)}`);
    });
  }
  return lines.join('\n') + '\n';
}

/** A command path as one fish word inside the single-quoted condition: "" or "drill replay" in double quotes. */
const fishWord = (path: string) => `"${path}"`;
