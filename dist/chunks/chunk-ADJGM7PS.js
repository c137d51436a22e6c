import{DocumentError}from"./chunk-5CLGW2AY.js";var OPEN=/^\uFEFF?---[ \t]*\r?\n/,CLOSE=/^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;function splitFrontmatter(text,file){let open=OPEN.exec(text);if(!open)throw new DocumentError("Unexpected start of file, expected a frontmatter block opened by a `---` line",file,1,1);let fmStart=open[0].length,close=closingLine(text,fmStart);if(!close)throw new DocumentError("Unexpected end of file, expected a `---` line closing the frontmatter opened here",file,1,1);return{fmStart,fmEnd:close.index,bodyStart:close.index+close.length,eol:open[0].endsWith(`\r
`)?`\r
`:`
`}}function closingLine(text,from){if(text.indexOf("\r",from)!==-1||text.indexOf("\u2028",from)!==-1||text.indexOf("\u2029",from)!==-1){CLOSE.lastIndex=from;let close=CLOSE.exec(text);return close?{index:close.index,length:close[0].length}:void 0}for(let at=from;;){if(text.startsWith("---",at)||text.startsWith("...",at)){let end=at+3;for(;text.charCodeAt(end)===32||text.charCodeAt(end)===9;)end++;if(end===text.length)return{index:at,length:end-at};if(text.charCodeAt(end)===10)return{index:at,length:end+1-at}}let nl=text.indexOf(`
`,at);if(nl===-1)return;at=nl+1}}function beforeComments(text,lineStart){let pos=lineStart;for(;pos>0;){let prev=text.lastIndexOf(`
`,pos-2)+1;if(!text.slice(prev,pos).trimStart().startsWith("#"))break;pos=prev}return pos}function lineColumn(text,offset){let line=1,lineStart=0;for(let i=text.indexOf(`
`);i!==-1&&i<offset;i=text.indexOf(`
`,i+1))line++,lineStart=i+1;return{line,column:offset-lineStart+1}}export{splitFrontmatter,beforeComments,lineColumn};
