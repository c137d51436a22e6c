import{CommandError,DocumentError,SilentExit,UsageError}from"./chunk-6F3ROEDC.js";import"./chunk-A2EJQX32.js";export{CommandError,DocumentError,SilentExit,UsageError};
