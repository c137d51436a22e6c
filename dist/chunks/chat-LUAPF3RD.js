import{markdownTree}from"./chunk-V2EI55G4.js";import"./chunk-5TFFURAC.js";import"./chunk-QS3HKEDW.js";import"./chunk-267KHAW3.js";import"./chunk-DGEAYRIZ.js";import"./chunk-XAVHEFSG.js";import"./chunk-X367COAG.js";import"./chunk-ZH3WGIJU.js";import"./chunk-A2EJQX32.js";function markdownChat(markdown){let text=blocks(markdownTree(markdown).children,"");return text?text+`
`:""}function blocks(nodes,indent){return nodes.map(n=>block(n,indent)).filter(s=>s!=="").join(`

${indent}`)}function block(node,indent){switch(node.type){case"heading":return`*${inline(node.children).trim()}*`;case"paragraph":return inline(node.children).split(`
`).join(`
${indent}`);case"list":{let start=node.start??1;return node.children.map((item,i)=>{let marker=node.ordered?`${start+i}. `:"\u2022 ",inner=indent+" ".repeat(marker.length),body=item.children.map(c=>block(c,inner)).join(node.spread||item.spread?`

${inner}`:`
${inner}`);return marker+body}).join(node.spread?`

${indent}`:`
${indent}`)}case"blockquote":return blocks(node.children,"").split(`
`).map(l=>`> ${l}`.trimEnd()).join(`
${indent}`);case"code":return["```",...node.value.split(`
`),"```"].join(`
${indent}`);case"table":return["```",...tableLines(node),"```"].join(`
${indent}`);case"thematicBreak":return"---";case"html":return/^<!--[\s\S]*-->$/.test(node.value.trim())?"":node.value;case"definition":return"";default:return inline([node])}}function inline(nodes){return nodes.map(node=>{switch(node.type){case"text":return node.value;case"strong":return`*${inline(node.children)}*`;case"emphasis":return`_${inline(node.children)}_`;case"delete":return`~${inline(node.children)}~`;case"inlineCode":return`\`${node.value}\``;case"break":return`
`;case"link":{let label=inline(node.children),url=node.url.replace(/^mailto:/,"");return label===url||label===""?url:`${label} (${url})`}case"image":return node.alt?`${node.alt} (${node.url})`:node.url;case"linkReference":case"imageReference":return"children"in node?inline(node.children):node.alt??"";case"html":return/^<!--/.test(node.value)?"":node.value;default:return"children"in node?inline(node.children):"value"in node?String(node.value):""}}).join("")}function tableLines(table){let rows=table.children.map(row=>row.children.map(cell=>inline(cell.children))),widths=rows[0]?.map((_,i)=>Math.max(...rows.map(r=>[...r[i]??""].length)))??[];return rows.map(r=>r.map((c,i)=>c+" ".repeat(widths[i]-[...c].length)).join("  ").trimEnd())}export{markdownChat};
