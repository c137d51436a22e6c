import{execFileSync}from"./chunk-YZC4KT4U.js";import{join}from"./chunk-YW2I4MNI.js";function changedSince(root,base,dir="."){let git=(...args)=>execFileSync("git",args,{cwd:root,encoding:"utf8",stdio:["ignore","pipe","pipe"]}),mergeBase;try{mergeBase=git("merge-base",base,"HEAD").trim()}catch{return}return[...git("diff","--name-only","--diff-filter=ACMR",mergeBase,"--",dir).split(`
`),...git("ls-files","--others","--exclude-standard","--",dir).split(`
`)].filter(Boolean).map(n=>join(root,n))}export{changedSince};
