import{fromMarkdown}from"./chunk-WSXTPIV3.js";import"./chunk-A2EJQX32.js";export{fromMarkdown};
