import{DATE_OR_DATE_TIME_PATTERN,DATE_PATTERN,DATE_TIME_PATTERN,ID_PATTERN,incidentSchema}from"./chunk-ADLKOYML.js";import{startsWithVerb}from"./chunk-AIPBYYMX.js";import{findSections,hasSectionText,isPublicSummary,normalizeTitle,purposeOf,scanBody,sectionNames,sectionText,synonymsOf}from"./chunk-ILYKWTEB.js";import{timelineProblems}from"./chunk-RZG2UVQH.js";import{lineColumnAt,parseSimpleYaml,placeAt}from"./chunk-5WHMHVD3.js";import{OPEN_STATUSES}from"./chunk-LSTPURO6.js";import{oneLine}from"./chunk-VFPMQ3N4.js";import{daysInMonth,expectedZone,isCalendarDate,isValidTimeZone,localDate,parseInstant,zoneRulesInUse}from"./chunk-DK44U6KR.js";import{lineColumn,splitFrontmatter}from"./chunk-TH2VRG7C.js";import{DocumentError}from"./chunk-5CLGW2AY.js";var ANNOTATIONS=new Set(["$schema","$id","title","description","examples","$comment"]),ASSERTIONS=new Set(["type","enum","const","pattern","format","minLength","required","properties","additionalProperties","items","uniqueItems","if","then"]),TYPES=new Set(["string","number","integer","boolean","object","array","null"]),FORMATS=new Set(["uri"]),PATTERN_PHRASES=new Map([[DATE_TIME_PATTERN,"ISO 8601 with an offset like 2017-01-06T22:50:26Z"],[DATE_PATTERN,"a date like 2017-01-11 (YYYY-MM-DD)"],[DATE_OR_DATE_TIME_PATTERN,"a date like 2017-01-11 or a date-time with an offset like 2017-01-11T18:00:00Z"],[ID_PATTERN,"the start date and a lower-case slug like 2017-01-06-db2kafka-outage-from-oom-kills"],[incidentSchema.properties.timezone.pattern,"an IANA time zone like Europe/Berlin or UTC"]]),CALENDAR_PATTERNS=new Set([DATE_PATTERN,DATE_OR_DATE_TIME_PATTERN]),MONTHS=["January","February","March","April","May","June","July","August","September","October","November","December"],monthName=date=>`${MONTHS[Number(date.slice(5,7))-1]} ${date.slice(0,4)}`,daysIn=date=>daysInMonth(Number(date.slice(0,4)),Number(date.slice(5,7))),FORMAT_PHRASES={uri:"an absolute URL like https://tracker.example.com/browse/OPS-12"},TYPE_PHRASES={string:"a string",number:"a number",integer:"a whole number",boolean:"true or false",object:"a mapping (key: value lines)",array:"a list",null:"an empty value"},checked=new WeakSet;function assertSupportedSchema(schema,at2="#"){if(checked.has(schema))return;let fail=what=>{throw new Error(`schema-check: unsupported ${what} at ${at2}; teach src/core/model/schema-check.ts about it`)};(typeof schema!="object"||schema===null||Array.isArray(schema))&&fail("schema (not an object)");for(let[keyword,value]of Object.entries(schema)){let here=`${at2}/${keyword}`;if(!ANNOTATIONS.has(keyword))switch(ASSERTIONS.has(keyword)||fail(`keyword "${keyword}"`),keyword){case"type":{let types=Array.isArray(value)?value:[value];(types.length===0||!types.every(t=>typeof t=="string"&&TYPES.has(t)))&&fail(`type ${JSON.stringify(value)}`);break}case"enum":(!Array.isArray(value)||value.length===0)&&fail("enum (not a non-empty array)");break;case"pattern":typeof value!="string"&&fail("pattern (not a string)"),new RegExp(value,"u");break;case"format":(typeof value!="string"||!FORMATS.has(value))&&fail(`format ${JSON.stringify(value)}`);break;case"minLength":(!Number.isInteger(value)||value<0)&&fail("minLength (not a non-negative integer)");break;case"required":(!Array.isArray(value)||!value.every(k=>typeof k=="string"))&&fail("required (not a list of names)");break;case"additionalProperties":typeof value!="boolean"&&fail("additionalProperties (only true or false are supported)");break;case"uniqueItems":typeof value!="boolean"&&fail("uniqueItems (not true or false)");break;case"properties":(typeof value!="object"||value===null||Array.isArray(value))&&fail("properties (not an object)");for(let[name,sub]of Object.entries(value))assertSupportedSchema(sub,`${here}/${name}`);break;case"items":Array.isArray(value)&&fail("items (tuple form)"),assertSupportedSchema(value,here);break;case"if":case"then":assertSupportedSchema(value,here);break}}checked.add(schema)}assertSupportedSchema(incidentSchema);forEachPattern(incidentSchema,(pattern,at2)=>{if(!PATTERN_PHRASES.has(pattern))throw new Error(`schema-check: no message phrase for the pattern at ${at2}; add it to PATTERN_PHRASES in src/core/model/schema-check.ts`)});function forEachPattern(schema,fn,at2="#"){typeof schema.pattern=="string"&&fn(schema.pattern,at2);let props=schema.properties;for(let[name,sub]of Object.entries(props??{}))forEachPattern(sub,fn,`${at2}/properties/${name}`);for(let key of["items","if","then"]){let sub=schema[key];sub&&forEachPattern(sub,fn,`${at2}/${key}`)}}function checkSchema(schema,data,options={}){assertSupportedSchema(schema);let findings=[],ctx={options,rootName:options.rootName??"frontmatter",out:findings,probing:!1,because:void 0};return visit(planOf(schema),data,[],ctx),sortFindings(data,findings)}var STEPS=new Set(["enum","const","pattern","format","minLength","required","properties","additionalProperties","items","uniqueItems","if"]),plans=new WeakMap;function planOf(schema){let plan=plans.get(schema);if(plan)return plan;let type=schema.type,types=type===void 0?void 0:Array.isArray(type)?type:[type],step=(keyword,arg)=>keyword==="pattern"?{keyword,arg,re:compiled(arg),calendar:CALENDAR_PATTERNS.has(arg)}:keyword==="enum"?{keyword,arg,set:new Set(arg)}:{keyword,arg},props=schema.properties,known=Object.keys(props??{}),ifSchema=schema.if,thenSchema=schema.then,open=schema.additionalProperties!==!1&&props!==void 0;return plan={types:types?.reduce((bits,t)=>bits|(TYPE_BITS[t]??0),0),expectedType:types?types.filter(t=>t!=="null"||types.length===1).map(t=>TYPE_PHRASES[t]).join(" or "):"",steps:Object.entries(schema).filter(([keyword])=>STEPS.has(keyword)).map(([keyword,arg])=>step(keyword,arg)),props:props&&new Map(Object.entries(props).map(([key,sub])=>[key,planOf(sub)])),items:schema.items===void 0?void 0:planOf(schema.items),ifThen:ifSchema&&thenSchema?{if:planOf(ifSchema),then:planOf(thenSchema),because:condition(ifSchema)}:void 0,open,closed:schema.additionalProperties===!1,expectedKeys:known.length?`expected one of ${known.join(", ")}`:"expected no keys"},plans.set(schema,plan),plan}function add(ctx,path,kind,message,part="value"){ctx.out.push(ctx.probing?PROBED:{path:path.slice(),part,kind,message:message()})}var PROBED={path:[],part:"value",kind:"const",message:""};function visit(plan,value,path,ctx){if(plan.types!==void 0&&(typeBits(value)&plan.types)===0){typeFinding(plan,value,path,ctx);return}let steps=plan.steps;for(let s=0;s<steps.length;s++){let step=steps[s],arg=step.arg;switch(step.keyword){case"enum":(typeof value=="object"&&value!==null?!someEqual(arg,value):!step.set.has(value))&&enumFinding(arg,value,path,ctx);break;case"const":deepEqual(arg,value)||constFinding(arg,value,path,ctx);break;case"pattern":if(typeof value!="string")break;step.re.test(value)?step.calendar&&!isCalendarDate(value.slice(0,10))&&calendarFinding(value,path,ctx):patternFinding(arg,value,path,ctx);break;case"format":typeof value=="string"&&!matchesFormat(arg,value)&&formatFinding(arg,value,path,ctx);break;case"minLength":typeof value=="string"&&fewerCodePoints(value,arg)&&minLengthFinding(arg,value,path,ctx);break;case"required":if(isObject(value)){let keys=arg;for(let k=0;k<keys.length;k++)Object.hasOwn(value,keys[k])||requiredFinding(keys[k],path,ctx)}break;case"properties":isObject(value)&&properties(plan,value,path,ctx);break;case"additionalProperties":arg===!1&&plan.props===void 0&&isObject(value)&&unknownKeys(plan,value,path,ctx);break;case"items":if(Array.isArray(value)){let inner=innerWalk(ctx);for(let i=0;i<value.length;i++)path.push(i),visit(plan.items,value[i],path,inner),path.pop()}break;case"uniqueItems":arg===!0&&Array.isArray(value)&&uniqueItems(value,path,ctx);break;case"if":plan.ifThen&&ifThen(plan.ifThen,value,path,ctx);break}}}function someEqual(allowed,value){return allowed.some(a=>deepEqual(a,value))}function typeFinding(plan,value,path,ctx){add(ctx,path,"type",()=>value===null?`Unexpected empty ${pathName(path,ctx.rootName)}, expected ${plan.expectedType}`:`Unexpected type ${typeName(value)} for ${pathName(path,ctx.rootName)}, expected ${plan.expectedType}`)}function enumFinding(allowed,value,path,ctx){let shown=allowed.length>1?allowed.filter(a=>a!==null):allowed;add(ctx,path,"enum",()=>`Unexpected ${describeValue(pathName(path,ctx.rootName),value)}, expected one of ${shown.map(plain).join(", ")}`)}function constFinding(expected,value,path,ctx){add(ctx,path,"const",()=>`Unexpected ${describeValue(pathName(path,ctx.rootName),value)}, expected ${plain(expected)}`)}function patternFinding(pattern,value,path,ctx){add(ctx,path,"pattern",()=>`Unexpected ${pathName(path,ctx.rootName)} ${quote(value)}, expected ${PATTERN_PHRASES.get(pattern)??`a string matching /${pattern}/`}`)}function calendarFinding(value,path,ctx){add(ctx,path,"pattern",()=>`Unexpected date ${value.slice(0,10)} in ${pathName(path,ctx.rootName)}, expected a day that exists (${monthName(value)} has ${daysIn(value)} days)`)}function formatFinding(format,value,path,ctx){add(ctx,path,"format",()=>`Unexpected ${pathName(path,ctx.rootName)} ${quote(value)}, expected ${FORMAT_PHRASES[format]}`)}function minLengthFinding(min,value,path,ctx){add(ctx,path,"minLength",()=>value===""&&min===1?`Unexpected empty ${pathName(path,ctx.rootName)}, expected a non-empty string`:`Unexpected ${pathName(path,ctx.rootName)} ${quote(value)}, expected at least ${min} characters`)}function requiredFinding(key,path,ctx){let where=()=>path.length===0?"":` in ${pathName(path,ctx.rootName)}`;add(ctx,path,"required",()=>`Missing required field ${key}${where()}${ctx.because??""}`)}function uniqueItems(value,path,ctx){value.forEach((item,i)=>{value.slice(0,i).some(earlier=>deepEqual(earlier,item))&&add(ctx,[...path,i],"uniqueItems",()=>`Unexpected duplicate ${quote(item)} in ${pathName(path,ctx.rootName)}, expected each item once`)})}function ifThen(plan,value,path,ctx){let probe={options:ctx.options,rootName:ctx.rootName,out:[],probing:!0,because:void 0};visit(plan.if,value,path,probe),probe.out.length===0&&visit(plan.then,value,path,{...ctx,options:thenOptions(ctx.options),because:ctx.probing?void 0:plan.because})}function innerWalk(ctx){return ctx.because===void 0?ctx:{...ctx,because:void 0}}function properties(plan,value,path,ctx){let props=plan.props,unlisted=plan.closed||plan.open&&!!ctx.options.reportUnlistedKeys&&!ctx.probing,inner=innerWalk(ctx);for(let key of Object.keys(value)){let sub=props.get(key);if(sub===void 0){unlisted&&unknownKey(plan,key,path,ctx);continue}path.push(key),visit(sub,value[key],path,inner),path.pop()}}function thenOptions(options){let then=thenOptionsOf.get(options);return then||thenOptionsOf.set(options,then={...options,reportUnlistedKeys:!1}),then}var thenOptionsOf=new WeakMap;function unknownKeys(plan,value,path,ctx){for(let key of Object.keys(value))plan.props?.has(key)||unknownKey(plan,key,path,ctx)}function unknownKey(plan,key,path,ctx){let where=()=>path.length===0?"":` in ${pathName(path,ctx.rootName)}`;add(ctx,[...path,key],"unknown",()=>`Unexpected key ${quote(key)}${where()}, ${plan.expectedKeys}`,"key")}function fewerCodePoints(s,n){return s.length<n?!0:s.length>=2*n?!1:[...s].length<n}function condition(ifSchema){let props=ifSchema.properties,parts=Object.entries(props??{}).filter(([,sub])=>Object.hasOwn(sub,"const")).map(([key,sub])=>`${key} is ${plain(sub.const)}`);return parts.length?` (${parts.join(" and ")})`:void 0}function sortFindings(data,findings){return findings.map((finding,index)=>({finding,index})).sort((a,b)=>comparePaths(data,a.finding,b.finding)||a.index-b.index).map(({finding})=>finding)}function comparePaths(data,a,b){let node=data;for(let i=0;;i++){let aEnd=i>=a.path.length,bEnd=i>=b.path.length;if(aEnd||bEnd)return aEnd&&bEnd?rank(a.part)-rank(b.part):aEnd?-1:1;let sa=a.path[i],sb=b.path[i];if(sa!==sb)return order(node,sa)-order(node,sb)||String(sa).localeCompare(String(sb));node=isObject(node)||Array.isArray(node)?node[sa]:void 0}}var rank=part=>part==="key"?0:1;function order(node,segment){if(Array.isArray(node)&&typeof segment=="number")return segment;if(isObject(node)&&typeof segment=="string"){let i=Object.keys(node).indexOf(segment);if(i!==-1)return i}return Number.MAX_SAFE_INTEGER}function isObject(value){return typeof value=="object"&&value!==null&&!Array.isArray(value)}var TYPE_BITS={string:1,number:2,integer:4,boolean:8,object:16,array:32,null:64};function typeBits(value){switch(typeof value){case"string":return TYPE_BITS.string;case"number":return(Number.isFinite(value)?TYPE_BITS.number:0)|(Number.isInteger(value)?TYPE_BITS.integer:0);case"boolean":return TYPE_BITS.boolean;case"object":return value===null?TYPE_BITS.null:Array.isArray(value)?TYPE_BITS.array:TYPE_BITS.object;default:return 0}}function typeName(value){return value===null?"null":Array.isArray(value)?"list":typeof value=="object"?"mapping":typeof value}function describeValue(name,value){return value===null?`empty ${name}`:typeof value=="object"?`type ${typeName(value)} for ${name}`:`${name} ${quote(value)}`}function quote(value){return typeof value=="string"?JSON.stringify(value.length>60?`${value.slice(0,57)}...`:value):typeof value=="object"&&value!==null?typeName(value):String(value)}function plain(value){return typeof value=="string"?value:value===null?"null":typeof value=="object"?JSON.stringify(value):String(value)}function pathName(path,rootName="frontmatter"){if(path.length===0)return rootName;let out="";for(let segment of path)typeof segment=="number"?out+=`[${segment}]`:/^[A-Za-z_][\w-]*$/.test(segment)?out+=out?`.${segment}`:segment:out+=`[${JSON.stringify(segment)}]`;return out}function matchesFormat(format,value){if(format==="uri"){if(!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(value))return!1;try{return new URL(value),!0}catch{return!1}}return!1}function deepEqual(a,b){if(a===b)return!0;if(Array.isArray(a)||Array.isArray(b))return Array.isArray(a)&&Array.isArray(b)&&a.length===b.length&&a.every((x,i)=>deepEqual(x,b[i]));if(isObject(a)&&isObject(b)){let ka=Object.keys(a);return ka.length===Object.keys(b).length&&ka.every(k=>Object.hasOwn(b,k)&&deepEqual(a[k],b[k]))}return!1}var patterns=new Map;function compiled(pattern){let re=patterns.get(pattern);return re||patterns.set(pattern,re=new RegExp(pattern,"u")),re}function check(ctx){let findings=checkSchema(incidentSchema,ctx.data,{reportUnlistedKeys:!0}).map(f=>({path:f.path,part:f.part,message:f.message,...f.kind==="unknown"?{severity:"warning"}:{}})),severity=ctx.data.severity,levels=ctx.config.severities;typeof severity=="string"&&severity!==""&&!levels.includes(severity)&&findings.push({path:["severity"],part:"value",message:`Unexpected severity ${JSON.stringify(severity)}, expected one of ${levels.join(", ")}`});for(let f of sortFindings(ctx.data,findings))ctx.report({message:f.message,path:f.path,part:f.part,...f.severity?{severity:f.severity}:{}})}var file=(frontmatter,body=`## Summary

Checkout returned errors for 20 minutes after a deploy.
`)=>`---
${frontmatter}---

${body}`,HEAD=`id: 2026-03-01-checkout-errors
title: Checkout errors after deploy
kind: incident
severity: SEV-2
status: investigating
timezone: Europe/Berlin
`,STATUS_LIST="investigating, identified, monitoring, resolved, closed",TOP_KEYS=Object.keys(incidentSchema.properties).join(", "),examples=[{text:file(`${HEAD}services:
  - checkout
public: false
roles:
  incident_commander: Alice
  subject_matter_experts:
    - Bob
impact:
  summary: Some customers could not check out.
  figures:
    - label: Failed checkouts
      value: 1200
timeline:
  - at: 2026-03-01T09:15:00+01:00
    kind: started
    text: Checkout error rate rises after the 09:10 deploy.
  - at: 2026-03-01T09:35Z
    approx: true
    kind: recovered
    by: Alice
    text: Deploy rolled back.
action_items:
  - id: AI-1
    title: Add a canary stage to checkout deploys
    type: prevent
    owner: Alice
    due: 2026-03-15
    status: wont-do
    reason: Superseded by the new deploy pipeline.
    issue: https://tracker.example.com/browse/OPS-12
postmortem:
  owner: Alice
  meeting: 2026-03-04
  status: draft
`),messages:[]},{text:file(`${HEAD}services:
public: ~
roles:
  incident_commander: Alice
  deputy: null
  scribe:
  subject_matter_experts: ~
impact:
timeline:
  - at: 2026-03-01T09:15:00+01:00
    kind: started
    by:
    approx: ~
    text: Checkout error rate rises after the 09:10 deploy.
action_items:
  - id: AI-1
    title: Add a canary stage to checkout deploys
    type:
    owner:
    due: ~
    status: open
    reason:
    issue:
postmortem:
  owner: null
  due:
  meeting:
  status:
no_action_items:
`),messages:[]},{text:file(`${HEAD.replace("title: Checkout errors after deploy","title:")}timeline:
  - at: ~
    kind: started
    text: Error rate rises.
action_items:
  - id: AI-1
    title: Drop the canary stage
    status: wont-do
    reason:
`),messages:["3:7 error Unexpected empty title, expected a string","9:9 error Unexpected empty timeline[0].at, expected a string","16:12 error Unexpected empty action_items[0].reason, expected a string"]},{text:file(HEAD.replace("status: investigating","status: fixed")),messages:[`6:9 error Unexpected status "fixed", expected one of ${STATUS_LIST}`]},{text:file(HEAD.replace("title: Checkout errors after deploy","title: 42")+`public: yes
`),messages:["3:8 error Unexpected type number for title, expected a string","8:9 error Unexpected type string for public, expected true or false"]},{text:file(`${HEAD}owner: Alice
roles:
  incident_commander: Alice
  scribes: Peter
`),messages:[`8:1 warning Unexpected key "owner", expected one of ${TOP_KEYS}`,'11:3 warning Unexpected key "scribes" in roles, expected one of incident_commander, deputy, scribe, communications_liaison, investigation_coordinator, subject_matter_experts']},{text:file(HEAD.replace(`severity: SEV-2
`,"").replace(`timezone: Europe/Berlin
`,"")),messages:["2:1 error Missing required field severity","2:1 error Missing required field timezone"]},{text:file(`${HEAD}timeline:
  - at: 2026-03-01T09:15:00+01:00
    kind: started
    text: Error rate rises.
  - at: 2026-03-01 09:20
    kind: detected
    text: Alert fires.
  - at: 2026-03-01T09:25:00+01:00
    kind: paged
    text: On-call paged.
`),messages:['12:9 error Unexpected timeline[1].at "2026-03-01 09:20", expected ISO 8601 with an offset like 2017-01-06T22:50:26Z','16:11 error Unexpected timeline[2].kind "paged", expected one of started, detected, acknowledged, declared, mitigated, recovered, resolved, note, action, decision, finding, question, comms, todo, evidence, role, status, severity, reopened']},{text:file(HEAD.replace("severity: SEV-2","severity: SEV-9")),messages:['5:11 error Unexpected severity "SEV-9", expected one of SEV-1, SEV-2, SEV-3, SEV-4, SEV-5']},{text:file(`${HEAD}action_items:
  - id: AI-1
    title: Add a canary stage
    type: fix
    due: 15 March
  - id: AI-2
    title: Rewrite checkout
    status: wont-do
    assignee: Bob
`),messages:['11:11 error Unexpected action_items[0].type "fix", expected one of prevent, detect, mitigate, process, other','12:10 error Unexpected action_items[0].due "15 March", expected a date like 2017-01-11 (YYYY-MM-DD)',"13:5 error Missing required field reason in action_items[1] (status is wont-do)",'16:5 warning Unexpected key "assignee" in action_items[1], expected one of id, title, type, owner, due, status, reason, issue']},{text:file(`${HEAD}action_items:
  - id: AI-1
    title: Add a canary stage
    due: 2100-02-29
  - id: AI-2
    title: Add a leap-day test
    due: 2000-02-29
postmortem:
  due: 2026-02-30
  meeting: 2026-04-31T10:00:00Z
`),messages:["11:10 error Unexpected date 2100-02-29 in action_items[0].due, expected a day that exists (February 2100 has 28 days)","16:8 error Unexpected date 2026-02-30 in postmortem.due, expected a day that exists (February 2026 has 28 days)","17:12 error Unexpected date 2026-04-31 in postmortem.meeting, expected a day that exists (April 2026 has 30 days)"]}],rule={id:"frontmatter-schema",kind:"format",doc:"The frontmatter matches the incident schema (fields, types, allowed values, time formats) and uses a configured severity; unknown keys warn.",check,examples};var rule2={id:"id-matches-file",doc:"The id in the frontmatter is the file name without .md, since commands find incidents by file name.",kind:"format",check(ctx){if(typeof ctx.data.id!="string")return;let name=(ctx.file.split(/[\\/]/).pop()??"").replace(/\.md$/i,"");ctx.data.id!==name&&ctx.report({message:`Unexpected id "${ctx.data.id}", expected "${name}" (the file name)`,path:["id"]})},examples:[{text:`---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: investigating
timezone: Europe/Berlin
---
`,file:"incidents/2026-03-01-checkout-fails-for-eu-customers.md",messages:[]},{text:`---
id: 2026-03-01-checkout-fails
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: investigating
timezone: Europe/Berlin
---
`,file:"incidents/2026-03-01-checkout-fails-for-eu-customers.md",messages:['2:5 error Unexpected id "2026-03-01-checkout-fails", expected "2026-03-01-checkout-fails-for-eu-customers" (the file name)']},{text:`---
# Copied from last week's incident; the id was not updated.
id: "2026-02-22-payments-timeouts"
title: Payments time out
kind: incident
severity: SEV-3
status: closed
timezone: UTC
---
`,file:"incidents/2026-03-01-payments-time-out.md",messages:['3:5 error Unexpected id "2026-02-22-payments-timeouts", expected "2026-03-01-payments-time-out" (the file name)']}]};function asRecord(value){return typeof value=="object"&&value!==null&&!Array.isArray(value)?value:void 0}function asArray(value){return Array.isArray(value)?value:[]}function bodyStart(text){let{line}=lineColumn(text,splitFrontmatter(text).fmEnd);return{line:line+1,column:1}}function isWritten(ctx,section,templateSection2){if(!section.hasContent)return!1;let guidance=ctx.template&&templateSection2?templateText(ctx.template.text,templateSection2):"";if(guidance==="")return hasSectionText(ctx.text,section);let own=sectionText(ctx.text,section);return own!==""&&own!==guidance}var templateTexts=new WeakMap;function templateText(text,section){let own=templateTexts.get(section);return own===void 0&&templateTexts.set(section,own=sectionText(text,section)),own}function templateSection(ctx,canonical,within){if(!ctx.template)return;if(within)return findSections(within(ctx.template.body),canonical)[0];let byName=templateSections.get(ctx.template.body);return byName||templateSections.set(ctx.template.body,byName=new Map),byName.has(canonical)||byName.set(canonical,findSections(ctx.template.body.sections,canonical,isPublicSummary)[0]),byName.get(canonical)}var templateSections=new WeakMap;function at(section){return{line:section.heading.line,column:section.heading.column}}function headingHint(canonical,depth=2){let synonyms=synonymsOf(canonical).slice(0,2);return`"${"#".repeat(depth)} ${canonical}"${synonyms.length?` (or ${synonyms.join(", ")})`:""}`}var SCHEMA_AT=new RegExp(DATE_TIME_PATTERN),MONTHS2=["January","February","March","April","May","June","July","August","September","October","November","December"];function whyNot(at2){let[year,month,day]=at2.slice(0,10).split("-").map(Number),days=daysInMonth(year,month);return day>days?`Unexpected date ${at2.slice(0,10)} in time "${at2}", expected a day that exists (${MONTHS2[month-1]} ${year} has ${days} days)`:`Unexpected time "${at2}", expected an ISO 8601 date-time with at most 9 digits of fractional seconds`}function isBlank(text){let first=text.charCodeAt(0);return first>32&&first<127?!1:text.trim()===""}var rule3={id:"timeline-times",doc:"Timeline times are real instants: the schema pattern lets through days that do not exist, like February 30.",kind:"format",check(ctx){asArray(ctx.data.timeline).forEach((entry,i)=>{let e=asRecord(entry);e&&(typeof e.at=="string"&&parseInstant(e.at)===void 0&&SCHEMA_AT.test(e.at)&&ctx.report({message:whyNot(e.at),path:["timeline",i,"at"]}),typeof e.text=="string"&&e.text!==""&&isBlank(e.text)&&ctx.report({message:"Unexpected blank text, expected what happened, in a sentence or two",path:["timeline",i,"text"]}))})},examples:[{text:`---
id: 2026-02-28-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: investigating
timezone: Europe/Berlin
timeline:
  - at: 2026-02-28T23:50:00+01:00
    kind: started
    text: Checkout errors start.
  - at: 2024-02-29T00:10:00+01:00
    kind: note
    text: Same errors as the leap-day incident two years ago.
---
`,messages:[]},{text:`---
id: 2026-02-28-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: closed
timezone: Europe/Berlin
timeline:
  - at: 2026-02-28T23:50:00+01:00
    kind: started
    text: Checkout errors start.
  - at: 2026-02-29T00:10:00+01:00
    kind: detected
    text: Alert fires.
  - at: 2026-04-31T09:00:00Z
    kind: resolved
    text: Fixed.
  - at: 2100-02-29T09:00:00Z
    kind: note
    text: A century is a leap year only every fourth time.
---
`,messages:['12:9 error Unexpected date 2026-02-29 in time "2026-02-29T00:10:00+01:00", expected a day that exists (February 2026 has 28 days)','15:9 error Unexpected date 2026-04-31 in time "2026-04-31T09:00:00Z", expected a day that exists (April 2026 has 30 days)','18:9 error Unexpected date 2100-02-29 in time "2100-02-29T09:00:00Z", expected a day that exists (February 2100 has 28 days)']},{text:`---
id: 2026-02-28-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: investigating
timezone: Europe/Berlin
timeline:
  - at: 2026-02-28T23:50:00.1234567890+01:00
    kind: started
    text: Checkout errors start.
  - at: 2026-02-28T23:55:00+01:00
    kind: note
    text: "  "
---
`,messages:['9:9 error Unexpected time "2026-02-28T23:50:00.1234567890+01:00", expected an ISO 8601 date-time with at most 9 digits of fractional seconds',"14:11 error Unexpected blank text, expected what happened, in a sentence or two"]}]};var SHAPE=new RegExp(incidentSchema.properties.timezone.pattern),rule4={id:"timezone-known",doc:"The time zone is an IANA name of a zone that exists (Europe/Berlin, UTC), not an abbreviation like PST or a made-up name.",kind:"format",check(ctx){let tz=ctx.data.timezone;typeof tz!="string"||!SHAPE.test(tz)||isValidTimeZone(tz)||ctx.report({message:`Unexpected time zone "${tz}", expected ${expectedZone(tz)}`,path:["timezone"]})},examples:[{text:`---
id: 2026-03-01-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: investigating
timezone: America/Los_Angeles
---
`,messages:[]},{text:`---
id: 2026-03-01-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: investigating
timezone: PST
---
`,messages:['7:11 error Unexpected time zone "PST", expected an IANA name such as America/Los_Angeles']},{text:`---
id: 2026-03-01-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: investigating
timezone: Mars/Olympus
---
`,messages:['7:11 error Unexpected time zone "Mars/Olympus", expected an IANA name such as Europe/Berlin or UTC']},{text:`---
id: 2026-03-01-checkout-errors
title: Checkout errors
kind: incident
severity: SEV-3
status: investigating
timezone: IST
---
`,messages:['7:11 error Unexpected time zone "IST", expected an IANA name such as Asia/Kolkata, Asia/Jerusalem or Europe/Dublin']}]};var rule5={id:"timeline-order",doc:"Milestones come in order (started, detected, acknowledged; declared after detected; started, mitigated, recovered, resolved), each at most once (mitigated, recovered and resolved once per resolution), and no entry is in the future.",kind:"postmortem",live:!0,check(ctx){for(let p of timelineProblems(asArray(ctx.data.timeline),ctx.now))ctx.report({message:p.message,path:["timeline",p.index,p.type==="twice"?"kind":"at"]})},examples:[{text:`---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: closed
timezone: Europe/Berlin
timeline:
  - at: 2026-03-01T13:50:00+01:00
    kind: started
    text: Checkout errors start.
  - at: 2026-03-01T13:05:00Z
    kind: detected
    text: Error-rate alert fires.
  - at: 2026-03-01T14:05:00+01:00
    kind: acknowledged
    text: On-call acknowledges.
  - at: 2026-03-01T14:05:00+01:00
    kind: declared
    text: SEV-2 declared.
  - at: 2026-03-01T14:30:00+01:00
    kind: mitigated
    text: Deploy rolled back.
  - at: 2026-03-01T14:35:00+01:00
    kind: resolved
    text: Error rate back to normal.
---
`,messages:[]},{text:`---
id: 2017-01-06-db2kafka-outage
title: db2kafka outage
kind: incident
severity: SEV-2
status: closed
timezone: UTC
timeline:
  - at: 2017-01-06T22:50:26Z
    kind: started
    text: First OOM kill.
  - at: 2017-01-06T23:20:00Z
    kind: detected
    text: First page.
  - at: 2017-01-06T22:45:00Z
    kind: mitigated
    text: Memory limit raised (time typed wrong).
  - at: 2017-01-06T23:15:00Z
    kind: declared
    text: SEV-2 declared.
  - at: 2017-01-07T00:11:00Z
    kind: resolved
    text: Call closed.
---
`,messages:["15:9 error Unexpected mitigated at 2017-01-06T22:45:00Z before started at 2017-01-06T22:50:26Z, expected milestones in order: started, mitigated, recovered, resolved","18:9 error Unexpected declared at 2017-01-06T23:15:00Z before detected at 2017-01-06T23:20:00Z, expected declared at or after detected"]},{text:`---
id: 2017-01-06-db2kafka-outage
title: db2kafka outage
kind: incident
severity: SEV-2
status: monitoring
timezone: UTC
timeline:
  - at: 2017-01-06T22:40:00Z
    kind: resolved
    text: Call closed (time typed wrong).
  - at: 2017-01-06T22:50:26Z
    kind: started
    text: First OOM kill.
  - at: 2017-01-07T00:11:00Z
    kind: resolved
    text: Call closed.
---
`,messages:["12:9 warning Unexpected resolved at 2017-01-06T22:40:00Z before started at 2017-01-06T22:50:26Z, expected milestones in order: started, mitigated, recovered, resolved","16:11 warning Unexpected second resolved at 2017-01-07T00:11:00Z, expected resolved once per resolution (first at 2017-01-06T22:40:00Z; after a reopened entry it may come again)"]},{text:`---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: resolved
timezone: UTC
timeline:
  - at: 2026-03-01T10:00:00Z
    kind: started
    text: Checkout errors start.
  - at: 2026-03-01T10:05:00Z
    kind: detected
    text: Error-rate alert fires.
  - at: 2026-03-01T10:30:00Z
    kind: mitigated
    text: Deploy rolled back.
  - at: 2026-03-01T11:00:00Z
    kind: resolved
    text: Error rate back to normal.
  - at: 2026-03-01T12:00:00Z
    kind: reopened
    text: Errors are back.
  - at: 2026-03-01T12:02:00Z
    kind: detected
    text: Error-rate alert fires again.
  - at: 2026-03-01T12:30:00Z
    kind: mitigated
    text: Second rollback.
  - at: 2026-03-01T13:00:00Z
    kind: resolved
    text: Error rate back to normal.
  - at: 2026-03-10T12:05:00Z
    kind: note
    text: Written with a clock five minutes ahead.
---
`,messages:["25:11 warning Unexpected second detected at 2026-03-01T12:02:00Z, expected each milestone once (first at 2026-03-01T10:05:00Z)","33:9 warning Unexpected note at 2026-03-10T12:05:00Z in the future, expected a time already past (a minute of clock skew is allowed)"]}]};function isDeclared(data){return typeof data.status=="string"&&data.status!=="investigating"?!0:asArray(data.timeline).some(entry=>asRecord(entry)?.kind==="declared")}var rule6={id:"roles",doc:"A declared incident has an incident commander, and the two most severe levels also a scribe.",kind:"postmortem",live:!0,check(ctx){if(!isDeclared(ctx.data))return;let roles=asRecord(ctx.data.roles);if(ctx.data.roles!==void 0&&ctx.data.roles!==null&&!roles)return;(roles?.incident_commander===void 0||roles.incident_commander===null)&&ctx.report({message:"Missing incident commander, expected roles.incident_commander once the incident is declared",path:["roles"],part:"key"});let severity=ctx.data.severity;typeof severity=="string"&&ctx.config.severities.slice(0,2).includes(severity)&&(roles?.scribe===void 0||roles.scribe===null)&&ctx.report({message:`Missing scribe, expected roles.scribe for a ${severity} incident`,path:["roles"],part:"key"})},examples:[{text:`---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: identified
timezone: Europe/Berlin
roles:
  incident_commander: alice
  scribe: bob
---
`,messages:[]},{text:`---
id: 2026-03-01-search-is-slow
title: Search is slow
kind: incident
severity: SEV-3
status: investigating
timezone: Europe/Berlin
timeline:
  - at: 2026-03-01T09:15:00+01:00
    kind: started
    text: Search latency rises.
---
`,messages:[]},{text:`---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-1
status: investigating
timezone: Europe/Berlin
roles:
  deputy: carol
timeline:
  - at: 2026-03-01T14:05:00+01:00
    kind: declared
    text: SEV-1 declared.
---
`,messages:["8:1 warning Missing incident commander, expected roles.incident_commander once the incident is declared","8:1 warning Missing scribe, expected roles.scribe for a SEV-1 incident"]},{text:`---
id: 2026-03-01-search-is-slow
title: Search is slow
kind: drill
severity: SEV-3
status: closed
timezone: Europe/Berlin
---
`,messages:["2:1 error Missing incident commander, expected roles.incident_commander once the incident is declared"]}]};var SUGGESTED_VERB={prevent:"Add",detect:"Alert",mitigate:"Automate",process:"Write"},isPending=status=>status!=="done"&&status!=="wont-do",rule7={id:"action-items",doc:"Action items have unique ids, verb-first titles, and an owner and due date until done; a closed incident has some, or no_action_items says why not.",kind:"postmortem",check(ctx){let items=asArray(ctx.data.action_items);items.length===0&&ctx.data.status==="closed"&&(ctx.data.no_action_items===void 0||ctx.data.no_action_items===null)&&ctx.report({message:"Missing action items, expected at least one, or no_action_items: <why none>",path:["action_items"],part:"key"});let seen=new Map;items.forEach((entry,i)=>{let item=asRecord(entry);if(!item)return;let name=typeof item.id=="string"?item.id:`#${i+1}`;if(typeof item.id=="string"){let first=seen.get(item.id);if(first===void 0)seen.set(item.id,i);else{let line=ctx.lineOf(["action_items",first,"id"]);ctx.report({message:`Unexpected duplicate action item id "${item.id}", expected unique ids${line?` (first at line ${line})`:""}`,path:["action_items",i,"id"]})}}if(typeof item.title=="string"&&item.title.trim()!==""&&!startsWithVerb(item.title)){let verb=SUGGESTED_VERB[String(item.type)]??"Write";ctx.report({message:`Unexpected action item title "${item.title}", expected it to start with a verb, like "${verb} ..."`,path:["action_items",i,"title"]})}isPending(item.status)&&((item.owner===void 0||item.owner===null)&&ctx.report({message:`Missing owner for action item ${name}, expected owner: <the one person responsible>`,path:["action_items",i]}),(item.due===void 0||item.due===null)&&ctx.report({message:`Missing due date for action item ${name}, expected due: YYYY-MM-DD`,path:["action_items",i]}))})},examples:[{text:`---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: closed
timezone: Europe/Berlin
action_items:
  - id: AI-1
    title: Add a canary stage to the checkout deploy
    type: prevent
    owner: dave
    due: 2026-03-15
    status: open
  - id: AI-2
    title: Upgrade the payment client
    type: prevent
    due: 2026-03-04
    status: done
---
`,messages:[]},{text:`---
id: 2026-03-01-search-is-slow
title: Search is slow
kind: drill
severity: SEV-4
status: closed
timezone: Europe/Berlin
no_action_items: A drill of the existing runbook; it worked as written.
---
`,messages:[]},{text:`---
id: 2026-03-01-search-is-slow
title: Search is slow
kind: incident
severity: SEV-4
status: closed
timezone: Europe/Berlin
action_items: []
---
`,messages:["8:1 error Missing action items, expected at least one, or no_action_items: <why none>"]},{text:`---
id: 2026-03-01-search-is-slow
title: Search is slow
kind: incident
severity: SEV-4
status: closed
timezone: Europe/Berlin
action_items:
no_action_items:
---
`,messages:["8:1 error Missing action items, expected at least one, or no_action_items: <why none>"]},{text:`---
id: 2017-01-06-db2kafka-outage
title: db2kafka outage
kind: incident
severity: SEV-2
status: resolved
timezone: UTC
action_items:
  - id: AI-1
    title: Runbook for Mesos
    type: process
    owner: peter
    due: 2017-01-11
  - id: AI-1
    title: Back off db2kafka restarts exponentially
    type: prevent
    status: in-progress
---
`,messages:['10:12 warning Unexpected action item title "Runbook for Mesos", expected it to start with a verb, like "Write ..."',"14:5 warning Missing owner for action item AI-1, expected owner: <the one person responsible>","14:5 warning Missing due date for action item AI-1, expected due: YYYY-MM-DD",'14:9 warning Unexpected duplicate action item id "AI-1", expected unique ids (first at line 9)']}]};var DATE=new RegExp(DATE_PATTERN),REVIEWED=new Set(["approved","published"]);function today(now,timezone){(now!==todaysNow||todays.size>1e3)&&(todays.clear(),todaysNow=now);let zone=typeof timezone=="string"?timezone:void 0,date=todays.get(zone);return date===void 0&&(date=zone!==void 0&&isValidTimeZone(zone)?localDate(now,zone):new Date(now).toISOString().slice(0,10),todays.set(zone,date)),date}var todaysNow,todays=new Map,rule8={id:"postmortem-process",doc:"A closed incident names its post-mortem owner; a post-mortem past its due date should be approved or published.",kind:"postmortem",check(ctx){let pm=asRecord(ctx.data.postmortem);if(ctx.data.postmortem!==void 0&&ctx.data.postmortem!==null&&!pm)return;ctx.data.status==="closed"&&(pm?.owner===void 0||pm.owner===null)&&ctx.report({message:"Missing post-mortem owner, expected postmortem.owner once the incident is closed",path:["postmortem"],part:"key"});let due=pm?.due;if(typeof due=="string"&&DATE.test(due)&&!REVIEWED.has(pm?.status)&&due<today(ctx.now,ctx.data.timezone)){let still=typeof pm?.status=="string"?`still ${pm.status}`:"not yet approved";ctx.report({message:`Unexpected post-mortem ${still} after its due date ${due}, expected it approved or published`,path:["postmortem","due"],severity:"warning"})}},examples:[{text:`---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: closed
timezone: Europe/Berlin
postmortem:
  owner: alice
  due: 2026-03-06
  status: published
---
`,messages:[]},{text:`---
id: 2026-03-05-search-is-slow
title: Search is slow
kind: incident
severity: SEV-3
status: resolved
timezone: Europe/Berlin
postmortem: { owner: alice, due: 2026-03-10, status: draft }
---
`,messages:[]},{text:`---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: resolved
timezone: Europe/Berlin
postmortem: { owner: alice, due: 2026-03-06, status: in-review }
---
`,messages:["8:34 warning Unexpected post-mortem still in-review after its due date 2026-03-06, expected it approved or published"]},{text:`---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: closed
timezone: Europe/Berlin
postmortem:
  due: 2026-03-09
---
`,messages:["8:1 error Missing post-mortem owner, expected postmortem.owner once the incident is closed","9:8 warning Unexpected post-mortem not yet approved after its due date 2026-03-09, expected it approved or published"]}]};var RECOMMENDED="Lessons learned";function written(ctx,section,template){return isWritten(ctx,section,template)||section.children.some(child=>written(ctx,child,void 0))}function checkSection(ctx,name,severity){let found=findSections(ctx.body.sections,name,isPublicSummary),template=templateSection(ctx,name);if(found.some(section=>written(ctx,section,template)))return;let[first]=found;ctx.report(first?{message:`Unexpected empty section "${name}", expected ${purposeOf(name)}`,...at(first),severity}:{message:`Missing section "${name}", expected a heading such as ${headingHint(name)}`,...bodyStart(ctx.text),severity})}var FRONTMATTER=`---
id: 2017-01-06-db2kafka-outage
title: db2kafka outage
kind: incident
severity: SEV-2
status: closed
timezone: UTC
---
`,rule9={id:"required-sections",doc:"The post-mortem has the configured sections (Summary, Impact, Root cause and contributing factors, ...) written, under their names or synonyms; Lessons learned is recommended.",kind:"postmortem",check(ctx){let required=ctx.config.required_sections;for(let name of required)checkSection(ctx,name);let recommended=sectionNames(RECOMMENDED);required.some(name=>recommended.has(normalizeTitle(name)))||checkSection(ctx,RECOMMENDED,"warning")},examples:[{text:`${FRONTMATTER}
## Summary

db2kafka was OOM-killed in a loop until the Mesos hosts froze; log entries could not be created
for 75 minutes.

## Impact

1% of customers got errors on the incident details page; 8 support requests.

## Root cause

### Trigger

More traffic pushed db2kafka over its 512 MB memory limit.

### Contributing factors

Restarts had no backoff.

## How we resolved the incident

Raised the memory limit to 2 GB and rebooted the replicas.

## What went well

The Mesos expert joined although not on call.

## What didn't go so well

No SLA for db2kafka, so the on-call waited to declare.

## Lessons learned

Restarting a failing service at once can take down its host.
`,messages:[]},{text:`${FRONTMATTER}
## TL;DR

db2kafka was OOM-killed in a loop until the Mesos hosts froze.

## Impact

<!-- Who was affected and how, for how long; numbers where you have them (also in \`impact.figures\`). -->

## Resolution

Raised the memory limit to 2 GB and rebooted the replicas.

## What went well

## What went wrong

No SLA for db2kafka.

## Public summary

### Root cause

A backend service ran out of memory.
`,messages:['9:1 error Missing section "Root cause and contributing factors", expected a heading such as "## Root cause and contributing factors" (or Root cause, Contributing factors)','9:1 warning Missing section "Lessons learned", expected a heading such as "## Lessons learned" (or Lessons, Learnings)','14:1 error Unexpected empty section "Impact", expected what happened to whom','22:1 error Unexpected empty section "What went well", expected what helped the response']},{text:`${FRONTMATTER}
## Summary

db2kafka was OOM-killed in a loop until the Mesos hosts froze.

## What went wrong

<!-- Filled in below, after the timeline. -->

## Impact

1% of customers got errors on the incident details page.

## Root cause and contributing factors

### Trigger

More traffic pushed db2kafka over its 512 MB memory limit.

## Resolution

### Steps

#### On the Mesos hosts

Raised the memory limit to 2 GB and rebooted the replicas.

## What went well

The Mesos expert joined although not on call.

## What went wrong

No SLA for db2kafka.

## Impact

<!-- A second Impact heading, left from the template. -->

## Lessons learned

Restarting a failing service at once can take down its host.
`,messages:[]},{text:`${FRONTMATTER}
## Summary

db2kafka was OOM-killed in a loop until the Mesos hosts froze.

## Impact

## Root cause

More traffic pushed db2kafka over its 512 MB memory limit.

## Resolution

Raised the memory limit to 2 GB.

## What went well

The Mesos expert joined although not on call.

## What went wrong

No SLA for db2kafka.

## Lessons learned

Restarting a failing service at once can take down its host.

## Impact

<!-- Who was affected and how. -->
`,messages:['14:1 error Unexpected empty section "Impact", expected what happened to whom']},{text:FRONTMATTER.replace("status: closed","status: resolved"),messages:['9:1 warning Missing section "Summary", expected a heading such as "## Summary" (or Overview, TL;DR)','9:1 warning Missing section "Impact", expected a heading such as "## Impact" (or Customer impact, Business impact)','9:1 warning Missing section "Root cause and contributing factors", expected a heading such as "## Root cause and contributing factors" (or Root cause, Contributing factors)','9:1 warning Missing section "Resolution", expected a heading such as "## Resolution" (or Recovery, Resolution and recovery)','9:1 warning Missing section "What went well", expected a heading such as "## What went well" (or Things that went well, What worked)',`9:1 warning Missing section "What went wrong", expected a heading such as "## What went wrong" (or What didn't go so well, What didn't go well)`,'9:1 warning Missing section "Lessons learned", expected a heading such as "## Lessons learned" (or Lessons, Learnings)']}]};var PUBLIC="Public summary",PARTS=["What happened","What we are doing about this"],templatePublic=body=>findSections(body.sections,PUBLIC)[0]?.children??[],FRONTMATTER2=`---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: closed
timezone: Europe/Berlin
public: true
---
`,rule10={id:"public-summary",doc:"A public incident (public: true) has a Public summary with a short summary, What happened, and What we are doing about this.",kind:"postmortem",check(ctx){if(ctx.data.public!==!0)return;let section=findSections(ctx.body.sections,PUBLIC)[0];if(!section){ctx.report({message:`Missing section "${PUBLIC}", expected a heading such as ${headingHint(PUBLIC)} since the incident is public`,...bodyStart(ctx.text)});return}let template=ctx.template&&findSections(ctx.template.body.sections,PUBLIC)[0],summaries=findSections(section.children,"Summary"),summaryTemplate=templateSection(ctx,"Summary",templatePublic);!isWritten(ctx,section,template)&&!summaries.some(s=>isWritten(ctx,s,summaryTemplate))&&ctx.report({message:`Missing public summary text, expected ${purposeOf(PUBLIC)} under its heading (or in a "### Summary")`,...at(section)});for(let name of PARTS)check2(ctx,section,name)},examples:[{text:`${FRONTMATTER2}
## Summary

A configuration change made EU payments fail; rolled back after 45 minutes.

## Public summary

### Summary

On March 1 from 12:50 to 13:35 UTC, some customers in Europe could not complete checkout. The
issue is resolved.

### What happened

A configuration change made payment requests from Europe fail. We undid the change.

### What we're doing about it

Payment configuration changes now roll out to a small share of traffic first.
`,messages:[]},{text:FRONTMATTER2.replace("public: true","public: false"),messages:[]},{text:`${FRONTMATTER2}
## Summary

A configuration change made EU payments fail; rolled back after 45 minutes.
`,messages:['10:1 error Missing section "Public summary", expected a heading such as "## Public summary" (or Public post-mortem, Customer summary) since the incident is public']},{text:`${FRONTMATTER2.replace("status: closed","status: resolved")}
## Public post-mortem

<!-- Written for customers: no internal names, hostnames or people. Reviewed before publishing.
     Put a short summary here (what customers saw, when, now resolved), then fill in the two sections below. -->

### What happened

### Next steps

Payment configuration changes now roll out to a small share of traffic first.
`,messages:['11:1 warning Missing public summary text, expected a short summary for customers under its heading (or in a "### Summary")','16:1 warning Unexpected empty section "What happened", expected what customers experienced and why, in plain language']},{text:`${FRONTMATTER2}
## Public summary

On March 1 from 12:50 to 13:35 UTC, some customers in Europe could not complete checkout.

### What happened

A configuration change made payment requests from Europe fail. We undid the change.
`,messages:[`11:1 error Missing section "What we are doing about this" in the public summary, expected a heading such as "### What we are doing about this" (or What we're doing about it, What are we doing about this)`]}]};function check2(ctx,section,name){let found=findSections(section.children,name);if(found.length===0){ctx.report({message:`Missing section "${name}" in the public summary, expected a heading such as ${headingHint(name,section.heading.depth+1)}`,...at(section)});return}let template=templateSection(ctx,name,templatePublic);found.some(s=>isWritten(ctx,s,template))||ctx.report({message:`Unexpected empty section "${name}", expected ${purposeOf(name)}`,...at(found[0])})}var FRONTMATTER3=`---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: resolved
timezone: Europe/Berlin
public: true
roles:
  incident_commander: Alice Example
timeline:
  - at: 2026-03-01T12:50:00+01:00
    kind: started
    by: bob
    text: Error rate up on checkout
---
`,rule11={id:"public-leak",doc:"The public output of a public incident (render --audience public, status-update, publish) holds no names, secrets, emails, internal hosts or redact: terms.",kind:"format",check(ctx){if(ctx.publicLeaks)for(let leak of ctx.publicLeaks)if(leak.file===ctx.file&&leak.line!==void 0)ctx.report({message:leak.message,line:leak.line,column:leak.column??1});else{let where=leak.file?` (${leak.file}${leak.line?`:${leak.line}`:""})`:"";ctx.report({message:`${leak.message}${where}`,...bodyStart(ctx.text)})}},examples:[{text:`${FRONTMATTER3}
## Public summary

On March 1 from 12:50 to 13:35 CET, some customers could not complete checkout.
`,messages:[]},{text:`${FRONTMATTER3.replace("public: true","public: false")}
## Public summary

ALICE EXAMPLE rolled back db-7.internal.acme.
`,messages:[]},{text:`${FRONTMATTER3}
## Public summary

Alice **Example** rolled back the change; Bob and bob@acme.com kept watch on
https://grafana.internal.acme/d/checkout and 10.0.0.7.
`,messages:['20:1 error Unexpected name "Alice Example" in public output (render --audience public line 3), expected no names of people ("Alice Example" is in roles.incident_commander; a vendor or team goes in allow: in .incident.yml)','20:43 error Unexpected name "bob" in public output (render --audience public line 3), expected no names of people ("bob" is in timeline[0].by; a vendor or team goes in allow: in .incident.yml)','20:51 error Unexpected name "bob" in public output (render --audience public line 3), expected no names of people ("bob" is in timeline[0].by; a vendor or team goes in allow: in .incident.yml)',`20:51 error Unexpected email address "bob@acme.com" in public output (render --audience public line 3), expected no email addresses or internal hosts (the company's own public domains go in public_domains: in .incident.yml)`,`21:1 error Unexpected internal URL "https://grafana.internal.acme" in public output (render --audience public line 4), expected no email addresses or internal hosts (the company's own public domains go in public_domains: in .incident.yml)`,'21:46 error Unexpected private IP address "10.0.0.7" in public output (render --audience public line 4), expected no secrets or internal addresses']}]};var RULES=[rule,rule2,rule3,rule4,rule5,rule6,rule7,rule8,rule9,rule10,rule11];async function loadPublicCheck(){let check3=await import("./public-check-RKUWK3FU.js");return check3.useZoneRules?.(zoneRulesInUse()),check3}var PUBLIC_LEAK="public-leak",UNREADABLE="frontmatter-yaml";async function validateText(input){return(await checkText(input)).diagnostics}async function checkText(input){let{file:file2,text}=input,split,data,simple,parsed;try{if(split=splitFrontmatter(text,file2),simple=parseSimpleYaml(text.slice(split.fmStart,split.fmEnd),{places:!0}),data=simple?.data,!data){let{parseIncidentText}=await import("./document-SLXNF6AU.js");parsed=parseIncidentText(text,file2),data=parsed.data}}catch(error){if(!(error instanceof DocumentError))throw error;return{diagnostics:[{file:file2,line:error.line??1,column:error.column??1,severity:"error",message:oneLine(error.message),ruleId:UNREADABLE}]}}let where=(path,part)=>simple?simplePlaceOf(text,split.fmStart,simple,path,part):placeOf(parsed,path,part),diagnostics=[],status=data.status,body=scanBody(text,split.bodyStart);body.exact||(body=(await import("./remark-sections-BT7ZH4NN.js")).remarkBody(text));let rules=input.rules??RULES,publicLeaks=data.public===!0&&rules.some(r=>r.id===PUBLIC_LEAK)?await renderedLeaks({file:file2,text,split,data,body,config:input.config,now:input.now,templates:input.publicTemplates}):void 0,rule12,base,ctx={file:file2,text,data,body,config:input.config,now:input.now,template:input.template===void 0?void 0:await templateOf(input.template),publicLeaks,lineOf:path=>where(path,"value").line,report(r){let severity=r.severity==="warning"?"warning":base,{line,column}=r.line!==void 0?{line:r.line,column:r.column??1}:where(r.path??[],r.part??"value");diagnostics.push({file:file2,line,column,severity,message:oneLine(r.message),ruleId:rule12.id})}};for(rule12 of rules){let severity=severityFor(rule12,status);severity&&(base=severity,rule12.check(ctx))}return{diagnostics:diagnostics.sort((a,b)=>a.line-b.line||a.column-b.column),data}}async function renderedLeaks(input){let{publicLeaks}=await loadPublicCheck();try{return await publicLeaks(input)}catch(error){let why=error instanceof Error?error.message:String(error);return[{file:input.file,line:1,column:1,message:`Unexpected ${oneLine(why)} while rendering the public output, expected an incident the public templates can render (see the frontmatter-schema findings)`}]}}var lastTemplate;async function templateOf(text){if(lastTemplate?.text!==text){let body=scanBody(text,0);body.exact||(body=(await import("./remark-sections-BT7ZH4NN.js")).remarkBody(text)),lastTemplate={text,body}}return lastTemplate}function severityFor(rule12,status){return rule12.kind==="format"||status==="closed"?"error":status==="resolved"?"warning":OPEN_STATUSES.includes(status)||typeof status!="string"?rule12.live?"warning":void 0:"warning"}function simplePlaceOf(text,fmStart,doc,path,part){let offset=0;for(let depth=path.length;depth>0;depth--){let place=placeAt(doc,path.slice(0,depth));if(place){offset=part==="key"&&depth===path.length&&place.key!==void 0?place.key:place.value;break}}let first=lineColumn(text,fmStart).line,{line,column}=lineColumnAt(doc,offset);return{line:first+line,column:column+1}}function placeOf(parsed,path,part){for(let depth=path.length;depth>0;depth--){let parent=parsed.doc.getIn(path.slice(0,depth-1),!0),key=path[depth-1],item=findItem(parent,key);if(!item)continue;let offset=(part==="key"&&depth===path.length&&item.key?item.key:item.value??item.key)?.range?.[0];if(offset!==void 0)return lineColumn(parsed.text,parsed.split.fmStart+offset)}return lineColumn(parsed.text,parsed.split.fmStart)}function findItem(parent,key){let items=parent?.items;if(items){if(typeof key=="number"){let node=items[key];return node===void 0?void 0:{key:void 0,value:node}}for(let pair of items)if(pair?.key&&pair.key.value===key)return{key:pair.key,value:pair.value}}}export{today,RULES,UNREADABLE,validateText,checkText,severityFor};
