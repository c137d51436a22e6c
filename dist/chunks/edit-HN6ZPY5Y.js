import{insertInSeq,setIn}from"./chunk-FIEJKRKQ.js";import"./chunk-T5NQKA4X.js";import"./chunk-SLX5WFB5.js";import"./chunk-EOCWPG3S.js";import"./chunk-A2EJQX32.js";export{insertInSeq,setIn};
