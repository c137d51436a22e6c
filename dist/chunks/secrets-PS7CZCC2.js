import{hideSecrets,redactError}from"./chunk-ELPKISN5.js";import"./chunk-6N3TZS3U.js";import"./chunk-A2EJQX32.js";export{hideSecrets,redactError};
