import{createGitHub}from"./chunk-F2V5PA6C.js";import"./chunk-JK67QKW5.js";import"./chunk-GW5FWB2F.js";import"./chunk-5CLGW2AY.js";import"./chunk-A2EJQX32.js";export{createGitHub};
