import{fileAtBase}from"./chunk-3D3YHIOG.js";import"./chunk-YZC4KT4U.js";import"./chunk-YW2I4MNI.js";import"./chunk-A2EJQX32.js";export{fileAtBase};
