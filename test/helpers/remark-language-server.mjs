// remark's language server as VS Code's remark extension (unifiedjs.vscode-remark) runs it: unified-
// language-server with remark, reading .remarkrc from the workspace (remark-language-server's own
// index.js, which is not on the registry we reach). Run: node remark-language-server.mjs --stdio
import { remark } from 'remark';
import { createUnifiedLanguageServer } from 'unified-language-server';

process.title = 'remark-language-server';

createUnifiedLanguageServer({
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  rcName: '.remarkrc',
  processorName: 'remark',
  processorSpecifier: 'remark',
  defaultProcessor: remark,
});
