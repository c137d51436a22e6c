import{hideSecrets,redactError}from"./chunk-TCRTJ36I.js";import"./chunk-A2EJQX32.js";export{hideSecrets,redactError};
