import{CommandError,DocumentError,SilentExit,UsageError}from"./chunk-5CLGW2AY.js";import"./chunk-A2EJQX32.js";export{CommandError,DocumentError,SilentExit,UsageError};
