// Other names post-mortem templates use for the same sections (GUIDE.md section 4: names vary,
// accept synonyms). Keyed by normalizeTitle of the canonical name; the values are written the way a
// message shows them, and are normalised when compared.

export const SECTION_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'summary': ['Overview', 'TL;DR', 'TLDR', 'Executive summary', 'Incident summary'],
  'impact': ['Customer impact', 'Business impact', 'Customer and business impact', 'User impact'],
  'root cause and contributing factors': [
    'Root cause', 'Contributing factors', 'Root causes', 'Causes', 'Cause', 'Root cause analysis', 'Why it happened',
  ],
  'resolution': [
    'Recovery', 'Resolution and recovery', 'How we resolved it', 'How we resolved the incident', 'Mitigation', 'Remediation',
  ],
  'what went well': ['Things that went well', 'What worked'],
  'what went wrong': [
    "What didn't go so well", "What didn't go well", 'What went badly', 'Things that went wrong', 'What could have gone better',
  ],
  'lessons learned': ['Lessons', 'Learnings', 'Takeaways'],
  'public summary': ['Public post-mortem', 'Customer summary', 'External summary'],
  'what happened': [],
  'what we are doing about this': [
    "What we're doing about it", 'What are we doing about this', 'Next steps', 'Follow-up',
  ],
};

/** What a section should hold, for "Unexpected empty section" messages (keyed like the synonyms). */
export const SECTION_PURPOSES: Readonly<Record<string, string>> = {
  'summary': 'what happened, how long it lasted and how it was resolved',
  'impact': 'what happened to whom',
  'root cause and contributing factors': 'what failed, why, and what made it worse',
  'resolution': 'what stopped the impact and what restored service',
  'what went well': 'what helped the response',
  'what went wrong': 'what slowed detection, response or recovery',
  'lessons learned': 'what the team now knows that it did not before',
  'public summary': 'a short summary for customers',
  'what happened': 'what customers experienced and why, in plain language',
  'what we are doing about this': 'the changes that prevent a repeat, without internal detail',
};
