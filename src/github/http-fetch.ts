// The slice of fetch() that Octokit uses (method, headers, a string body, a signal; status, url,
// headers, text()), over node:http and node:https. Node's own fetch loads undici on first use:
// ~45 ms and most of the garbage of a short run, which is the whole budget of the Action's IssueOps
// step. Failures look like fetch's: TypeError('fetch failed', { cause }), or an AbortError.
import type { IncomingMessage } from 'node:http';

const MAX_REDIRECTS = 5;

interface Init {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal | null;
  redirect?: string;
}

/** What Octokit reads of a response. */
export interface SmallResponse {
  status: number;
  statusText: string;
  url: string;
  ok: boolean;
  headers: { get(name: string): string | null; [Symbol.iterator](): IterableIterator<[string, string]> };
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
  body: null;
}

export async function httpFetch(input: string | URL, init: Init = {}, redirects = 0): Promise<SmallResponse> {
  const url = new URL(String(input));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('fetch failed', { cause: new Error(`unsupported protocol ${url.protocol}`) });
  // Not import('node:http'): its ESM facade reads every export, and on Node 22+ a few of them are
  // getters that load undici (WebSocket...), the very cost this file avoids.
  const { request } = url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
  const method = (init.method ?? 'GET').toUpperCase();
  const body = init.body === undefined || init.body === null ? undefined : Buffer.from(String(init.body));
  const headers: Record<string, string> = { ...init.headers };
  if (body) headers['content-length'] = String(body.length);
  const signal = init.signal ?? undefined;
  if (signal?.aborted) throw abortError(signal);

  const res = await new Promise<{ message: IncomingMessage; buffer: Buffer }>((resolve, reject) => {
    const req = request(url, { method, headers }, (message) => {
      const chunks: Buffer[] = [];
      message.on('data', (c: Buffer) => chunks.push(c));
      message.on('end', () => resolve({ message, buffer: Buffer.concat(chunks) }));
      message.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
      message.on('aborted', () => reject(new TypeError('fetch failed', { cause: new Error('the connection closed mid-answer') })));
    });
    const onAbort = () => {
      req.destroy();
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (error) => reject(signal?.aborted ? abortError(signal) : new TypeError('fetch failed', { cause: error })));
    req.on('close', () => signal?.removeEventListener('abort', onAbort));
    req.end(body);
  });

  const status = res.message.statusCode ?? 0;
  const location = res.message.headers.location;
  if (location && [301, 302, 303, 307, 308].includes(status) && init.redirect !== 'manual' && redirects < MAX_REDIRECTS) {
    const again = status === 303 || ((status === 301 || status === 302) && method === 'POST') ? { ...init, method: 'GET', body: undefined } : init;
    return httpFetch(new URL(location, url), again, redirects + 1);
  }
  const pairs: [string, string][] = Object.entries(res.message.headers)
    .filter((e): e is [string, string | string[]] => e[1] !== undefined)
    .map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]);
  const map = new Map(pairs);
  const text = () => Promise.resolve(res.buffer.toString('utf8'));
  return {
    status, statusText: res.message.statusMessage ?? '', url: url.href, ok: status >= 200 && status < 300, body: null,
    headers: { get: (name) => map.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => map.entries() },
    text,
    json: async () => JSON.parse(await text()),
    arrayBuffer: () => Promise.resolve(res.buffer.buffer.slice(res.buffer.byteOffset, res.buffer.byteOffset + res.buffer.byteLength) as ArrayBuffer),
  };
}

function abortError(signal: AbortSignal): Error {
  const reason = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  const error = new Error('This operation was aborted', { cause: reason });
  error.name = 'AbortError';
  return error;
}
