// The environment worker threads start with. On Node >= 22.1 a worker keeps the modules it loads
// compiled in Node's compile cache, the directory bin/incident.cjs gives the full CLI: its
// module.enableCompileCache() holds for the main thread only, a worker's loader finds the
// directory in its environment (and passes it on to the workers it starts).
import { join } from 'node:path';

export function workerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  // (Node 20's types do not know it)
  const { enableCompileCache } = process.getBuiltinModule('node:module') as { enableCompileCache?: unknown };
  if (!enableCompileCache || env.NODE_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE) return env;
  const home = env.XDG_CACHE_HOME || join(env.HOME || (process.getBuiltinModule('node:os') as typeof import('node:os')).homedir(), '.cache');
  return { ...env, NODE_COMPILE_CACHE: join(home, 'casefile', 'node-compile-cache') };
}
