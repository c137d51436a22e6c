import{hideSecrets,redactError}from"./chunk-JK67QKW5.js";import"./chunk-GW5FWB2F.js";import"./chunk-A2EJQX32.js";export{hideSecrets,redactError};
