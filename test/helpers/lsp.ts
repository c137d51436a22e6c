// A language client for tests: a real language server as a child process, spoken to over stdio
// with JSON-RPC (vscode-jsonrpc, the library VS Code's own client uses), as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}

export interface LanguageClient {
  /** Opens a document and waits for the first diagnostics the server publishes for it. */
  open(file: string, languageId: string, text: string): Promise<Diagnostic[]>;
  /** Changes an open document's whole text and waits for its next diagnostics. */
  change(file: string, text: string, version: number): Promise<Diagnostic[]>;
  request<T>(method: string, params: unknown): Promise<T>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** What the editor's settings hold, by section (`yaml`, `remark`...). */
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
}

export async function startLanguageServer(command: string, args: string[], root: string, { settings, env }: ServerOptions = {}): Promise<LanguageClient> {
  // NODE_OPTIONS: not the test runner's loaders (tsx) in a server that is plain JavaScript.
  const server: ChildProcess = spawn(command, args, { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '', ...env } });
  let stderr = '';
  server.stderr!.on('data', (chunk) => (stderr += chunk));
  const connection: MessageConnection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const waiting = new Map<string, (d: Diagnostic[]) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
    waiting.get(p.uri)?.(p.diagnostics);
    waiting.delete(p.uri);
  });
  // What a server asks of its client: the settings (VS Code answers from the user's), and the rest.
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
    p.items.map((item) => (item.section && settings?.[item.section]) ?? {}));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.once('exit', (code) => {
    for (const [uri, resolve] of waiting) {
      waiting.delete(uri);
      resolve([{ message: `server exited (${code}): ${stderr}`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
    }
  });
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'ops' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true },
      textDocument: { completion: { completionItem: { snippetSupport: false } }, publishDiagnostics: { codeDescriptionSupport: true } },
    },
  });
  connection.sendNotification('initialized', {});
  if (settings !== undefined) connection.sendNotification('workspace/didChangeConfiguration', { settings });
  const diagnostics = (uri: string) => new Promise<Diagnostic[]>((resolve) => waiting.set(uri, resolve));
  return {
    open(file, languageId, text) {
      const uri = pathToFileURL(file).href;
      const next = diagnostics(uri);
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      return next;
    },
    change(file, text, version) {
      const uri = pathToFileURL(file).href;
      const next = diagnostics(uri);
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      return next;
    },
    request: (method, params) => connection.sendRequest(method, params),
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), exited]);
        connection.sendNotification('exit');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
      server.kill();
      connection.dispose();
    },
  };
}
