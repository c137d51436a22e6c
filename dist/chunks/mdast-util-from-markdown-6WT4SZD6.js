import{fromMarkdown}from"./chunk-DGEAYRIZ.js";import"./chunk-XAVHEFSG.js";import"./chunk-X367COAG.js";import"./chunk-A2EJQX32.js";export{fromMarkdown};
