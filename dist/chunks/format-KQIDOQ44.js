import{FORMATS,formatGithub,formatJson,formatPretty,summarize}from"./chunk-ZENQVCWI.js";import"./chunk-A2EJQX32.js";export{FORMATS,formatGithub,formatJson,formatPretty,summarize};
