import{createGitHub}from"./chunk-EAOBW6NG.js";import"./chunk-JK67QKW5.js";import"./chunk-GW5FWB2F.js";import"./chunk-6F3ROEDC.js";import"./chunk-A2EJQX32.js";export{createGitHub};
