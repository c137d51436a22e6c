function textTable(rows,indent=""){let widths=[];for(let row of rows)row.forEach((cell,i)=>widths[i]=Math.max(widths[i]??0,[...cell].length));return rows.map(row=>indent+row.map((cell,i)=>i===row.length-1?cell:cell+" ".repeat(widths[i]-[...cell].length)).join("  ").trimEnd()).join(`
`)}var oneLine=value=>value==null?"":String(value).replace(/\s+/g," ").trim();export{textTable,oneLine};
