import{hideSecrets,redactError}from"./chunk-MXBSZTLG.js";import"./chunk-Z44RLAIY.js";import"./chunk-A2EJQX32.js";export{hideSecrets,redactError};
