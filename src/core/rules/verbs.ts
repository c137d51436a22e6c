// Verbs an action item title usually starts with ("Add exponential backoff to restarts"), lower case.
// Not a dictionary: titles that start with a verb missing here are worth adding to the list.

export const IMPERATIVE_VERBS: ReadonlySet<string> = new Set([
  'accept', 'add', 'adjust', 'adopt', 'agree', 'alert', 'align', 'allow', 'analyse', 'analyze',
  'announce', 'apply', 'approve', 'archive', 'ask', 'assess', 'assign', 'audit', 'automate', 'avoid',
  'back', 'backfill', 'backport', 'block', 'brief', 'build', 'bump', 'cache', 'calculate', 'cap',
  'capture', 'change', 'check', 'clarify', 'clean', 'clear', 'close', 'collect', 'communicate', 'compare',
  'complete', 'configure', 'confirm', 'consolidate', 'contact', 'convert', 'coordinate', 'correct', 'cover', 'create',
  'deduplicate', 'define', 'delete', 'deliver', 'deploy', 'deprecate', 'design', 'detect', 'determine', 'develop',
  'disable', 'discuss', 'document', 'double', 'downgrade', 'draft', 'drop', 'educate', 'eliminate', 'email',
  'emit', 'enable', 'encrypt', 'enforce', 'ensure', 'escalate', 'establish', 'estimate', 'evaluate', 'exclude',
  'expand', 'explore', 'expose', 'extend', 'extract', 'fail', 'file', 'finalize', 'finalise', 'find',
  'fix', 'flag', 'follow', 'force', 'fork', 'gate', 'gather', 'generate', 'give', 'handle',
  'harden', 'hire', 'hold', 'identify', 'implement', 'improve', 'include', 'increase', 'inform', 'install',
  'instrument', 'integrate', 'introduce', 'investigate', 'isolate', 'keep', 'kill', 'label', 'launch', 'learn',
  'limit', 'link', 'load', 'lock', 'log', 'lower', 'maintain', 'make', 'manage', 'map',
  'mark', 'measure', 'merge', 'migrate', 'mitigate', 'monitor', 'move', 'notify', 'obtain', 'onboard',
  'open', 'optimize', 'optimise', 'organize', 'organise', 'overhaul', 'page', 'patch', 'pause', 'pin',
  'plan', 'populate', 'practice', 'practise', 'prepare', 'present', 'prevent', 'prioritize', 'prioritise', 'probe',
  'produce', 'profile', 'prohibit', 'propose', 'protect', 'prototype', 'provide', 'provision', 'prune', 'publish',
  'purge', 'put', 'queue', 'raise', 'rate-limit', 'reach', 'rebuild', 'reconfigure', 'record', 'reduce',
  'refactor', 'refine', 'reject', 'release', 'remove', 'rename', 'reorganize', 'repair', 'replace', 'replicate',
  'report', 'reproduce', 'request', 'require', 'research', 'reserve', 'reset', 'resize', 'resolve', 'restart',
  'restore', 'restrict', 'restructure', 'retire', 'retry', 'revert', 'review', 'revise', 'revisit', 'revoke',
  'rewrite', 'roll', 'rollback', 'rotate', 'run', 'scale', 'schedule', 'scope', 'secure', 'send',
  'separate', 'set', 'share', 'ship', 'show', 'shorten', 'shrink', 'simplify', 'simulate', 'sort',
  'spike', 'split', 'stabilize', 'stabilise', 'standardize', 'standardise', 'start', 'stop', 'store', 'streamline',
  'strengthen', 'study', 'submit', 'supply', 'support', 'suppress', 'switch', 'sync', 'synchronize', 'tag',
  'teach', 'test', 'throttle', 'tighten', 'track', 'train', 'transfer', 'triage', 'trigger', 'tune',
  'turn', 'understand', 'unify', 'uninstall', 'unpin', 'update', 'upgrade', 'use', 'validate', 'verify',
  'version', 'watch', 'wire', 'write',
  // Verbs that end like a past tense or a gerund.
  'bring', 'embed', 'feed', 'proceed', 'seed', 'shed', 'speed', 'spring', 'string', 'succeed',
]);

// First words that are clearly not an instruction: articles, pronouns, prepositions, and the
// nouns and adjectives titles most often start with when they describe instead of instruct.
const NOT_VERBS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'our', 'we', 'i', 'it', 'they', 'their', 'its', 'my',
  'some', 'all', 'any', 'each', 'every', 'more', 'less', 'better', 'new', 'no', 'not', 'missing', 'lack',
  'for', 'to', 'of', 'in', 'on', 'at', 'by', 'with', 'without', 'from', 'about', 'after', 'before', 'and', 'or',
  'runbook', 'runbooks', 'postmortem', 'documentation', 'docs', 'alerting', 'monitoring', 'tests', 'todo', 'tbd',
  'should', 'must', 'need', 'needs', 'maybe', 'possibly',
]);

/**
 * Whether a title starts like an instruction ("Add ...", "Persist ..."). Known verbs pass; clear
 * non-verbs (articles, pronouns, "Runbook ..."), gerunds and past tenses ("Updating", "Fixed")
 * fail; other words get the benefit of the doubt, since a false alarm costs more than a miss.
 */
export function startsWithVerb(title: string): boolean {
  const word = /^[\p{L}'-]+/u.exec(title.trim())?.[0]?.toLowerCase();
  if (!word) return false;
  if (IMPERATIVE_VERBS.has(word)) return true;
  if (NOT_VERBS.has(word)) return false;
  return !/(?:ing|ed)$/.test(word);
}
