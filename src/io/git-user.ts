// Who is typing: the git user, read from the environment and git's config files directly,
// because spawning `git config` would cost more than the rest of `incident log`.
import { readFileSync } from 'node:fs';
import { childPath } from './paths.ts';

export function gitUserName(root: string, env: NodeJS.ProcessEnv): string {
  if (env.GIT_AUTHOR_NAME) return env.GIT_AUTHOR_NAME;
  if (env.GIT_COMMITTER_NAME) return env.GIT_COMMITTER_NAME;
  const home = env.HOME ?? os().homedir();
  const files = [
    childPath(root, '.git', 'config'),
    env.GIT_CONFIG_GLOBAL ?? childPath(home, '.gitconfig'),
    env.XDG_CONFIG_HOME !== undefined ? childPath(env.XDG_CONFIG_HOME, 'git', 'config') : childPath(home, '.config', 'git', 'config'),
  ];
  for (const file of files) {
    const name = userNameIn(file);
    if (name) return name;
  }
  try {
    return os().userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** `name` under `[user]` in a git config file (the ini subset git writes). */
export function userNameIn(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let inUser = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const section = /^\[\s*([^\]\s"]+)/.exec(line);
    if (section) {
      inUser = section[1]!.toLowerCase() === 'user';
      continue;
    }
    const kv = inUser && /^name\s*=\s*(.*)$/i.exec(line);
    if (kv) return unquote(kv[1]!.replace(/\s[#;].*$/, '').trim()) || undefined;
  }
  return undefined;
}

// Loaded only when needed (no HOME, no name in any config): node:os costs a lane 0.3 ms to load.
const os = () => process.getBuiltinModule('node:os') as typeof import('node:os');

const unquote = (s: string) => (s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/\\(.)/g, '$1') : s);
