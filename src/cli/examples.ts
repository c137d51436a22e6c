// The examples at the end of every command's --help, as gh and git show them: a few command lines,
// each with what it does. Keyed by the command's path ("drill replay"); "" is `incident --help`.
// Loaded with the command table only (help never runs in a lane).
import type { Command } from 'commander';

const ID = '2026-03-01-checkout-fails';

export const EXAMPLES: Record<string, [string, string][]> = {
  '': [
    [`incident new "Checkout fails for EU customers" --severity SEV-2 --commander alice`, 'declare an incident'],
    ['incident log "Error rate on /checkout at 40%"', 'log to the only open incident'],
    [`incident status ${ID} mitigated --at 14:30`, 'log a milestone'],
    ['incident list --status open', 'what is going on'],
    ['incident completion bash > ~/.local/share/bash-completion/completions/incident', 'tab completion'],
  ],
  init: [
    ['incident init', 'write .incident.yml and the incidents directory'],
    ['incident init --force', 'write .incident.yml again, over the one there'],
  ],
  new: [
    ['incident new "Checkout fails for EU customers" --severity SEV-2 --commander alice --service checkout', 'declare one now'],
    ['incident new "Checkout fails" --at 13:50 --timezone Europe/Berlin', 'impact started at 13:50 Berlin time'],
    ['incident new "S3 requests fail" --at "2017-02-28 9:37 AM PST" --approx', 'back-fill a past incident'],
    ['incident new "Failover practice" --drill', 'a practice incident'],
  ],
  log: [
    ['incident log "Error rate on /checkout at 40%"', 'the only open incident, now'],
    [`incident log ${ID} "Rolled back deploy 412" --kind action --at -5m`, 'five minutes ago'],
    [`incident log ${ID} "Replica02 OOM-killed" --kind finding --by dave --at "~14:02"`, 'an approximate time'],
  ],
  role: [
    [`incident role ${ID} --commander alice --scribe bob`, 'hand roles over'],
    [`incident role ${ID} --sme dave,erin`, 'add subject-matter experts'],
    [`incident role ${ID} --deputy none`, 'nobody is deputy any more (none, nobody or null)'],
  ],
  status: [
    [`incident status ${ID} identified`, 'move the status'],
    [`incident status ${ID} mitigated --at 14:30`, 'log a milestone'],
    [`incident status ${ID} resolved`, 'impact over'],
  ],
  close: [
    [`incident close ${ID}`, 'post-mortem owner and due date, then what validate still asks for'],
    [`incident close ${ID} --owner carol --due 2026-03-06`, 'choose them'],
  ],
  list: [
    ['incident list --status open', 'open incidents'],
    ['incident list --severity SEV-1,SEV-2 --since -30d', 'serious ones, last 30 days'],
    ['incident list --json', 'for scripts'],
  ],
  show: [
    [`incident show ${ID}`, 'roles, numbered timeline, metrics, action items'],
    [`incident show incidents/${ID}.md --json`, 'a file works where an id does'],
  ],
  validate: [
    ['incident validate', 'every incident'],
    [`incident validate ${ID}`, 'one incident, by id or file'],
    ['incident validate --changed origin/main --format github', 'what a branch changed, as CI annotations'],
    ['incident validate --json', 'every finding as JSON'],
  ],
  thread: [
    [`incident thread ${ID} open "Why are the replicas freezing?" --owner evan`, 'a question and who works on it'],
    [`incident thread ${ID} update 1 "Exit code 137: OOM-killed"`, 'a finding'],
    [`incident thread ${ID} close 1 "db2kafka outgrew its 512 MB limit"`, 'the answer'],
    [`incident thread ${ID}`, 'list them'],
  ],
  evidence: [
    [`incident evidence ${ID} add oom-kills.log --note "kernel log from replica01"`, 'save a file'],
    [`incident evidence ${ID} run --timeout 20 -- journalctl -k --since -1h`, 'capture a command\'s output'],
    [`incident evidence ${ID} verify`, 'check the saved hashes'],
  ],
  'merge-driver': [
    ['incident merge-driver --install', 'in this clone (a write command in a fresh clone does it too)'],
    ['incident merge-driver --install --global', 'once for all your repositories, as git lfs install does'],
  ],
  report: [
    [`incident report ${ID}`, 'the coordinator\'s update for the incident channel'],
    [`incident report ${ID} --since -30m`, 'only what is new'],
    [`incident report ${ID} --plain`, 'to paste into Slack: no Markdown escapes'],
  ],
  'status-update': [
    [`incident status-update ${ID}`, 'a public update (public fields and the Public summary only)'],
    [`incident status-update ${ID} --audience internal`, 'with roles and the latest entries'],
    [`incident status-update ${ID} --post "A fix is rolling out" --status monitoring`, 'record one for the status page'],
    [`incident status-update ${ID} --post "A fix is rolling out" --plain`, 'record one, and print it as chat text for Slack'],
  ],
  drill: [
    [`incident drill replay ${ID} --step`, 'a past incident as a tabletop exercise'],
  ],
  'drill replay': [
    [`incident drill replay ${ID} --step`, 'Enter between steps'],
    [`incident drill replay ${ID} > script.txt`, 'the whole script, for a facilitator'],
  ],
  issues: [
    [`incident issues ${ID} --dry-run`, 'what it would create or update'],
    ['incident issues --all', 'every incident\'s action items'],
  ],
  render: [
    [`incident render ${ID}`, 'the internal post-mortem as Markdown'],
    [`incident render ${ID} --audience public --format html -o summary.html`, 'the public summary, leak-checked'],
    [`incident render ${ID} --template status-update`, 'through another template'],
  ],
  publish: [
    ['incident publish', 'the public incident history in site/'],
    ['incident publish -o public --json', 'elsewhere, with what it wrote as JSON'],
  ],
  amend: [
    [`incident amend ${ID} 3 --at 14:02`, 'correct entry 3\'s time (numbers from incident show)'],
    [`incident amend ${ID} 3 --text "Rolled back deploy 412" --kind action`, 'its text and kind'],
  ],
  remove: [
    [`incident remove ${ID} 4`, 'remove entry 4 (numbers from incident show)'],
  ],
  severity: [
    [`incident severity ${ID} SEV-1`, 'raise it now'],
    [`incident severity ${ID} SEV-2 --at 15:10`, 'when it changed'],
  ],
  reopen: [
    [`incident reopen ${ID}`, 'investigating again'],
    [`incident reopen ${ID} --status monitoring --text "Errors are back at 2%"`, 'with a status and a note'],
  ],
  action: [
    [`incident action ${ID} add "Alert on replica lag" --type detect --owner dave --due 2026-03-20`, 'add one'],
    [`incident action ${ID} AI-1 --status done`, 'update one'],
    [`incident action ${ID}`, 'list them'],
  ],
  impact: [
    [`incident impact ${ID} --summary "EU customers could not pay for 40 minutes"`, 'who, how, how long'],
    [`incident impact ${ID} --figure "Failed checkouts=1200"`, 'a measured figure'],
  ],
  review: [
    [`incident review ${ID} request`, 'ask for a review'],
    [`incident review ${ID} approve --by carol --note "Clear root cause"`, 'approve it'],
    [`incident review ${ID} publish`, 'publish it (once validate finds no error)'],
  ],
  insights: [
    ['incident insights --since -90d', 'the last quarter'],
    ['incident insights --since 2026-01-01 --by severity --json', 'by severity, with the incident ids behind each figure'],
    ['incident insights --csv > insights.csv', 'for a spreadsheet'],
  ],
  site: [
    ['incident site -o catalogue', 'the internal catalogue: incidents, insights, action items, the review queue'],
    ['incident site -o catalogue --json', 'with what it wrote as JSON'],
  ],
  import: [
    ['incident import pagerduty exports/pagerduty/ --dry-run', 'what it would write'],
    ['incident import statuspage incidents.json --since 2026-01-01', 'this year\'s incidents from a Statuspage export'],
    ['incident import slack slack-export/ --channel inc-checkout --json', 'one incident channel, with the outcome as JSON'],
  ],
  completion: [
    ['incident completion bash > ~/.local/share/bash-completion/completions/incident', 'bash'],
    ['incident completion zsh > "${fpath[1]}/_incident"', 'zsh'],
    ['incident completion fish > ~/.config/fish/completions/incident.fish', 'fish'],
  ],
};

/** Every command's full path: "" for the program, "drill replay" for a subcommand. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Adds each command's examples after its help; every command of the table, subcommands too. */
export function addExamples(command: Command): void {
  const examples = EXAMPLES[commandPath(command)];
  if (examples?.length) {
    const lines = examples.map(([line, what]) => `  # ${what}\n  $ ${line}`);
    command.addHelpText('after', `\nExamples:\n${lines.join('\n\n')}`);
  }
  for (const sub of command.commands) addExamples(sub);
}
