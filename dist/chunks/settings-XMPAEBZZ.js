import{resolveSettings}from"./chunk-BDVC6THD.js";import"./chunk-YZC4KT4U.js";import"./chunk-5CLGW2AY.js";import"./chunk-A2EJQX32.js";export{resolveSettings};
