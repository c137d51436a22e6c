import{createGitHub}from"./chunk-UN7GRYT4.js";import"./chunk-TCRTJ36I.js";import"./chunk-EOCWPG3S.js";import"./chunk-A2EJQX32.js";export{createGitHub};
