var SCHEMA_DIR=".casefile",INCIDENT_SCHEMA_FILE=`${SCHEMA_DIR}/incident.schema.json`,CONFIG_SCHEMA_FILE=`${SCHEMA_DIR}/config.schema.json`,GITIGNORE_ENTRIES=["node_modules/","/site/"];function withGitignoreEntries(existing){let lines=new Set((existing??"").split(/\r?\n/).map(l=>l.trim().replace(/^\/|\/$/g,""))),missing=GITIGNORE_ENTRIES.filter(entry=>!lines.has(entry.replace(/^\/|\/$/g,"")));if(!missing.length)return;let eol=existing?.includes(`\r
`)?`\r
`:`
`;return`${existing?existing.endsWith(`
`)?`${existing}${eol}`:`${existing}${eol}${eol}`:""}# Casefile: npm's install and the site incident publish writes${eol}${missing.join(eol)}${eol}`}var REMARKRC=`${JSON.stringify({plugins:["casefile/remark"]},null,2)}
`,REMARK_CONFIG_FILES=[".remarkrc",".remarkrc.json",".remarkrc.cjs",".remarkrc.mjs",".remarkrc.js",".remarkrc.yaml",".remarkrc.yml"],RECOMMENDED_EXTENSIONS=["unifiedjs.vscode-remark","redhat.vscode-yaml"];function withRecommendedExtensions(existing){if(existing===void 0)return{text:`${JSON.stringify({recommendations:RECOMMENDED_EXTENSIONS},null,2)}
`};let data;try{data=JSON.parse(existing)}catch{return{unreadable:!0}}if(typeof data!="object"||data===null||Array.isArray(data))return{unreadable:!0};let record=data,current=record.recommendations??[];if(!Array.isArray(current))return{unreadable:!0};let missing=RECOMMENDED_EXTENSIONS.filter(id=>!current.some(c=>typeof c=="string"&&c.toLowerCase()===id));return missing.length?{text:`${JSON.stringify({...record,recommendations:[...current,...missing]},null,2)}
`}:{}}var configSchemaLine=schemaPath=>`# yaml-language-server: $schema=${schemaPath}
`;export{INCIDENT_SCHEMA_FILE,CONFIG_SCHEMA_FILE,withGitignoreEntries,REMARKRC,REMARK_CONFIG_FILES,withRecommendedExtensions,configSchemaLine};
