import{changedSince}from"./chunk-4K2X6XHX.js";import"./chunk-YZC4KT4U.js";import"./chunk-YW2I4MNI.js";import"./chunk-A2EJQX32.js";export{changedSince};
