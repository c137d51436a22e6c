(function (top, lane) { return top === globalThis ? lane : lane.call(module.exports, module.exports, require, module, __filename, __dirname); })(this, function (exports, require, module, __filename, __dirname) {
"use strict";var __create=Object.create;var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __getProtoOf=Object.getPrototypeOf,__hasOwnProp=Object.prototype.hasOwnProperty;var __commonJS=(cb,mod)=>function(){try{return mod||(0,cb[__getOwnPropNames(cb)[0]])((mod={exports:{}}).exports,mod),mod.exports}catch(e){throw mod=0,e}};var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:!0})},__copyProps=(to,from,except,desc)=>{if(from&&typeof from=="object"||typeof from=="function")for(let key2 of __getOwnPropNames(from))!__hasOwnProp.call(to,key2)&&key2!==except&&__defProp(to,key2,{get:()=>from[key2],enumerable:!(desc=__getOwnPropDesc(from,key2))||desc.enumerable});return to};var __toESM=(mod,isNodeMode,target)=>(target=mod!=null?__create(__getProtoOf(mod)):{},__copyProps(isNodeMode||!mod||!mod.__esModule?__defProp(target,"default",{value:mod,enumerable:!0}):target,mod)),__toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:!0}),mod);var require_document=__commonJS({"hand-over:../core/document/document.ts"(){throw{[Symbol.for("casefile.hand-over")]:"../core/document/document.ts"}}});var require_document2=__commonJS({"hand-over:../document/document.ts"(){throw{[Symbol.for("casefile.hand-over")]:"../document/document.ts"}}});var require_remark_sections=__commonJS({"hand-over:../markdown/remark-sections.ts"(){throw{[Symbol.for("casefile.hand-over")]:"../markdown/remark-sections.ts"}}});var require_public_check=__commonJS({"hand-over:../publish/public-check.ts"(){throw{[Symbol.for("casefile.hand-over")]:"../publish/public-check.ts"}}});var require_git_changed=__commonJS({"hand-over:../io/git-changed.ts"(){throw{[Symbol.for("casefile.hand-over")]:"../io/git-changed.ts"}}});var validate_exports={};__export(validate_exports,{codeCacheReady:()=>codeCacheReady,main:()=>main,run:()=>run});module.exports=__toCommonJS(validate_exports);var UsageError=class extends Error{name="UsageError"},DocumentError=class extends Error{constructor(message,file2,line,column){super(message);this.file=file2;this.line=line;this.column=column}file;line;column;name="DocumentError";describe(){return this.file?`${this.line?`${this.file}:${this.line}${this.column?`:${this.column}`:""}`:this.file}: ${this.message}`:this.message}},CommandError=class extends Error{name="CommandError"},SilentExit=class extends Error{constructor(code){super(`exit ${code}`);this.code=code}code;name="SilentExit"};var DOCS_URL="https://github.com/casefile/casefile/blob/main/docs/",ruleUrl=ruleId=>`${DOCS_URL}rules/${ruleId}.md`;var FORMATS=["pretty","json","github"];function summarize(files,diagnostics){let errors=diagnostics.filter(d=>d.severity==="error").length;return{files,errors,warnings:diagnostics.length-errors}}function formatPretty(diagnostics,summary){return diagnostics.map(prettyLine).join("")+prettyTotal(summary)}var prettyLine=d=>`${d.file}:${d.line}:${d.column} ${d.severity==="error"?"error  ":"warning"} ${d.message}  ${d.ruleId}
`;function prettyTotal(summary){let counts=[summary.errors&&`${summary.errors} error${summary.errors===1?"":"s"}`,summary.warnings&&`${summary.warnings} warning${summary.warnings===1?"":"s"}`].filter(Boolean),files=`${summary.files} file${summary.files===1?"":"s"}`;return`${counts.length?`${counts.join(", ")} in ${files}`:`${files} checked, no problems`}
`}function readPretty(file2,printed){let diagnostics=[];for(let line of printed.split(`
`)){if(line==="")continue;let m=line.startsWith(`${file2}:`)?PRETTY.exec(line.slice(file2.length+1)):null;if(!m)return null;diagnostics.push({file:file2,line:Number(m[1]),column:Number(m[2]),severity:m[3]==="error  "?"error":"warning",message:m[4],ruleId:m[5]})}return diagnostics}var PRETTY=/^(\d+):(\d+) (error  |warning) (.*)  (\S+)$/,oneLine=message=>/[\r\n]/.test(message)?message.replace(/\r\n?|\n/g,"\\n"):message;function formatJson(diagnostics,summary){return JSON.stringify({...summary,diagnostics:diagnostics.map(d=>({...d,url:ruleUrl(d.ruleId)}))},null,2)+`
`}function formatGithub(diagnostics){let ordered=[...diagnostics].sort((a,b)=>a.severity===b.severity?0:a.severity==="error"?-1:1);return ordered.map(d=>workflowCommand(d.severity,{file:d.file,line:d.line,col:d.column,title:d.ruleId},d.message)).join(`
`)+(ordered.length?`
`:"")}function workflowCommand(name,properties2,message){let props=Object.entries(properties2).filter(([,v])=>v!==void 0).map(([k,v])=>`${k}=${property(String(v))}`);return`::${name}${props.length?" "+props.join(","):""}::${data(message)}`}var data=s=>s.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),property=s=>data(s).replace(/:/g,"%3A").replace(/,/g,"%2C");var import_node_fs10=require("node:fs"),import_node_path10=require("node:path");var import_node_path=require("node:path"),UNNORMAL_DIR=/\/\/|\/\.\.?(?:\/|$)|.\/$/,SEGMENT=/^(?!\.\.?$)[^/]+$/;function childPath(dir,...names){return import_node_path.sep!=="/"||dir.charCodeAt(0)!==47||UNNORMAL_DIR.test(dir)||!names.every(n=>SEGMENT.test(n))?(0,import_node_path.join)(dir,...names):(dir==="/"?"":dir)+"/"+names.join("/")}var withSep=dir=>dir.endsWith(import_node_path.sep)?dir:dir+import_node_path.sep;var SPECIAL_KEYS=new Set(["true","True","TRUE","false","False","FALSE","null","Null","NULL"]);function quickFields(text,keys){let lines=frontmatterLines(text);if(!lines)return;let out2={},seen=new Set,sawKey=!1;for(let i=0;i<lines.length;i++){let first=lines.first(i);if(first===35||first===-1)continue;if(first===32||first===45){if(!sawKey)return;continue}let m=/^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/.exec(lines.at(i));if(!m)return;sawKey=!0;let key2=m[1];if(key2.length<=5&&SPECIAL_KEYS.has(key2)||seen.has(key2)||key2==="__proto__")return;if(seen.add(key2),!keys.has(key2)){let c=m[2]?.charCodeAt(0),quoted=c===34||c===39;if((quoted||c===91||c===123)&&!closedOnLine(m[2])||c!==void 0&&(ODD_START.has(c)||c===45&&m[2].charCodeAt(1)===32||!quoted&&m[2].includes(": ")))return;continue}let inline=stripComment(m[2]??""),value;if(inline!==""){if(value=inlineValue(inline),isContinued(lines,i))return}else{let{items,end}=blockSequence(lines,i+1);value=items,i=end-1}if(value===void 0)return;out2[key2]=value}return sawKey?out2:void 0}var Lines=class{starts=[];ends=[];text;constructor(text){this.text=text}get length(){return this.starts.length}at(k){return this.text.slice(this.starts[k],this.ends[k])}first(k){return this.starts[k]===this.ends[k]?-1:this.text.charCodeAt(this.starts[k])}};function frontmatterLines(text){let start=text.startsWith("\uFEFF")?1:0;if(!text.startsWith("---",start))return;let lines=new Lines(text),pos=text.indexOf(`
`,start);if(pos===-1||!/^[ \t]*\r?$/.test(text.slice(start+3,pos)))return;let done=()=>{let fm=text.slice(start,pos+1);return fm.indexOf("\u2028")!==-1||fm.indexOf("\u2029")!==-1||fm.indexOf("\r")!==-1&&/\r(?!\n)/.test(fm)?void 0:lines};for(;;){let next=text.indexOf(`
`,pos+1);if(next===-1)return/^(?:---|\.\.\.)[ \t]*\r?$/.test(text.slice(pos+1))?done():void 0;let from=pos+1,to=text.charCodeAt(next-1)===13?next-1:next,c=text.charCodeAt(from);if((c===45||c===46)&&/^(?:---|\.\.\.)[ \t]*$/.test(text.slice(from,to)))return done();lines.starts.push(from),lines.ends.push(to),pos=next}}function blockSequence(lines,from){let items=[],indent,i=from;for(;i<lines.length;i++){let line=lines.at(i);if(/^[ \t]*(?:#|$)/.test(line)){if(line.includes("	")&&/^ *\t/.test(line))return{items:void 0,end:i};continue}let m=/^( *)- (.*)$/.exec(line);if(!m){if(/^[ -]/.test(line))return{items:void 0,end:i};break}if(indent===void 0)indent=m[1];else if(indent!==m[1])return{items:void 0,end:i};let text=stripComment(m[2]),value=text===""?null:inlineValue(text);if(value===void 0||Array.isArray(value))return{items:void 0,end:i};items.push(value)}return{items:items.length?items:null,end:i}}var ESCAPES={'"':'"',"\\":"\\","/":"/",t:"	",n:`
`};function inlineValue(s){let c=s[0];if(c==='"'){if(!/^"(?:[^"\\]|\\["\\/tn])*"$/.test(s))return;let inner=s.slice(1,-1);return inner.includes("\\")?inner.replace(/\\(.)/g,(_,e)=>ESCAPES[e]):inner}if(c==="'")return/^'(?:[^']|'')*'$/.test(s)?s.slice(1,-1).replace(/''/g,"'"):void 0;if(c==="["){let inner=/^\[([^[\]{}"'#]*)\]$/.exec(s)?.[1];if(inner===void 0)return;let parts=inner.split(",").map(trim);parts.length&&parts[parts.length-1]===""&&parts.pop();let values=parts.map(p=>p===""?void 0:plain(p));return values.every(v=>v!==void 0&&!Array.isArray(v))?values:void 0}return plain(s)}var ODD_START=new Set([..."&*!%@`,?:"].map(ch=>ch.charCodeAt(0))),INDICATORS=new Set([..."&*!|>{}%@`,?:-[]#'\""].map(ch=>ch.charCodeAt(0))),IS_INDICATOR=new Uint8Array(128);for(let c of INDICATORS)IS_INDICATOR[c]=1;var isDigit=c=>c>=48&&c<=57,NOT_PLAIN=/: |\t| #|:$/;function plain(s){return NOT_PLAIN.test(s)?void 0:plainScalar(s)}function plainScalar(s){let c=s.charCodeAt(0);if(!(isDigit(c)||c===43||c===46||c===45&&isDigit(s.charCodeAt(1)))){if(c<128&&IS_INDICATOR[c]===1)return;let n=s.length;return n!==4&&n!==5&&n!==1?s:s==="null"||s==="Null"||s==="NULL"||s==="~"?null:s==="true"||s==="True"||s==="TRUE"?!0:s==="false"||s==="False"||s==="FALSE"?!1:s}if(isDigit(c)){let k=1;for(;isDigit(s.charCodeAt(k));)k++;let d=s.charCodeAt(k);if(k<s.length&&d!==46&&d!==101&&d!==69&&d!==120&&d!==111)return s}if(INTEGER.test(s))return Number.isSafeInteger(Number(s))?Number(s):void 0;if(!OTHER_NUMBER.test(s))return FLOAT.test(s)?Number(s):s}var INTEGER=/^[-+]?\d+$/,OTHER_NUMBER=/^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?(?:\.inf|\.Inf|\.INF)$|^\.(?:nan|NaN|NAN)$/,FLOAT=/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;function trim(s){let start=0,end=s.length;for(;start<end&&(s.charCodeAt(start)===32||s.charCodeAt(start)===9);)start++;for(;end>start&&(s.charCodeAt(end-1)===32||s.charCodeAt(end-1)===9);)end--;return start===0&&end===s.length?s:s.slice(start,end)}function stripComment(s){let t=trim(s);if(t.startsWith("#"))return"";if(t.startsWith('"')||t.startsWith("'")){let close=t[0]==="'"?t.search(/'(?!')(?:[ \t]+#.*)?$/):t.lastIndexOf('"');if(close<=0)return t;let rest=t.slice(close+1);return rest===""||/^[ \t]+#/.test(rest)?t.slice(0,close+1):t}let hash=t.indexOf("#")===-1?-1:t.search(/[ \t]#/);return hash===-1?t:trim(t.slice(0,hash))}function closedOnLine(value){let t=stripComment(value);if(t[0]==='"')return/^"(?:[^"\\]|\\.)*"$/.test(t);if(t[0]==="'")return/^'(?:[^']|'')*'$/.test(t);let depth=0;for(let k=0;k<t.length;k++){let c=t.charCodeAt(k);c===91||c===123?depth++:(c===93||c===125)&&depth--}return depth===0}function isContinued(lines,i){for(let j=i+1;j<lines.length;j++){let l=lines.at(j);if(/^[ \t]*(?:#|$)/.test(l))continue;let c=l.charCodeAt(0);return c===32||c===9||c===45}return!1}var MILESTONE_KINDS=["started","detected","acknowledged","declared","mitigated","recovered","resolved"],OTHER_KINDS=["note","action","decision","finding","question","comms","todo","evidence","role","status","severity","reopened"],ENTRY_KINDS=[...MILESTONE_KINDS,...OTHER_KINDS],STATUSES=["investigating","identified","monitoring","resolved","closed"],OPEN_STATUSES=["investigating","identified","monitoring"],INCIDENT_KINDS=["incident","drill"],DEFAULT_SEVERITIES=["SEV-1","SEV-2","SEV-3","SEV-4","SEV-5"],SINGLE_ROLES=["incident_commander","deputy","scribe","communications_liaison","investigation_coordinator"],ACTION_TYPES=["prevent","detect","mitigate","process","other"],ACTION_STATUSES=["open","in-progress","done","wont-do"],POSTMORTEM_STATUSES=["draft","in-review","approved","published"],REVIEW_DECISIONS=["requested","approved","rejected","published"];var THREAD_STATUSES=["open","closed"];var EVIDENCE_STREAMS=["stdout","stderr"];var UPDATE_STATUSES=["investigating","identified","monitoring","resolved"],COMPONENT_STATUSES=["operational","under_maintenance","degraded_performance","partial_outage","major_outage"];var SCHEMA_ID="https://casefile.dev/schema/incident.schema.json",DATE="\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])",TIME="(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?",OFFSET="(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)",DATE_PATTERN=`^${DATE}$`,DATE_TIME_PATTERN=`^${DATE}T${TIME}${OFFSET}$`,DATE_OR_DATE_TIME_PATTERN=`^${DATE}(?:T${TIME}${OFFSET})?$`,ID_PATTERN=`^${DATE}-[a-z0-9]+(?:-[a-z0-9]+)*$`,nonEmptyString={type:"string",minLength:1},person=description=>({...nonEmptyString,description}),people=description=>({type:"array",description,items:person("A person."),uniqueItems:!0}),ROLE_DOCS={incident_commander:"Incident commander: drives the incident to resolution, gathers data, decides, delegates all diagnosis and repair.",deputy:"Deputy (backup IC): keeps the IC focused, follows up on time-boxed tasks, tracks follow-ups.",scribe:"Scribe: writes findings, actions and TODOs into the timeline as they happen.",communications_liaison:"Communications liaison: keeps customers and stakeholders informed (status page, social media).",investigation_coordinator:"Investigation coordinator: reports every 30 minutes on symptoms, what is confirmed, open questions and who works on each."},roleProperties=Object.fromEntries(SINGLE_ROLES.map(role=>[role,person(ROLE_DOCS[role])])),milestoneList=MILESTONE_KINDS.join(", "),timelineEntry={type:"object",description:"One timestamped event.",required:["at","kind","text"],additionalProperties:!1,properties:{at:{type:"string",pattern:DATE_TIME_PATTERN,description:"When it happened: ISO 8601 with an explicit offset, e.g. 2017-01-06T22:50:26Z or 2026-03-01T09:15:00+01:00.",examples:["2017-01-06T22:50:26Z","2026-03-01T09:15:00+01:00"]},kind:{enum:ENTRY_KINDS,description:`What the entry records. Milestones (${milestoneList}) drive the metrics: started = impact began, recovered = impact ended, resolved = incident over. Set them explicitly; they are never guessed from the text.`},by:person("Who did or said it, if known."),text:{...nonEmptyString,description:"What happened, in a sentence or two."},approx:{type:"boolean",description:"true when the time is an estimate rather than a recorded time."},source:{type:"string",format:"uri",description:"The GitHub issue comment that wrote the entry (IssueOps), e.g. https://github.com/acme/ops/issues/12#issuecomment-123. Its id keeps a re-delivered comment from being logged twice; editing the comment amends the entry, deleting it removes the entry."}}},actionItem={type:"object",description:"A follow-up that came out of the incident or its post-mortem.",required:["id","title"],additionalProperties:!1,properties:{id:{...nonEmptyString,description:"Short id, made when the item was added so that no other clone can pick it, and never changed, e.g. AI-k7m2q (AI-1 in older files).",examples:["AI-k7m2q","AI-1"]},title:{...nonEmptyString,description:'Verb first: what will be done, e.g. "Add exponential backoff to restarts".'},type:{enum:ACTION_TYPES,description:"prevent: stop it happening again; detect: notice sooner; mitigate: reduce impact or recover faster; process: how we work; other."},owner:person("The one person responsible for getting it done."),due:{type:"string",pattern:DATE_PATTERN,description:"Due date, YYYY-MM-DD."},status:{enum:ACTION_STATUSES,description:"Progress. wont-do needs a reason."},reason:{...nonEmptyString,description:"Why it was dropped (required when status is wont-do)."},issue:{type:"string",format:"uri",description:"Link to the tracker issue."}},if:{required:["status"],properties:{status:{const:"wont-do"}}},then:{required:["reason"],properties:{reason:{...nonEmptyString,description:"Why it was dropped."}}}},dateTime=description=>({type:"string",pattern:DATE_TIME_PATTERN,description}),threadUpdate={type:"object",description:"Progress or a finding on the thread.",required:["at","text"],additionalProperties:!1,properties:{at:dateTime("When it was reported: ISO 8601 with an explicit offset."),by:person("Who reported it."),text:{...nonEmptyString,description:"What was found or done, with the raw data or a link to it."}}},thread={type:"object",description:"One question the responders are trying to answer (seed 004): who works on it, what they found, the answer.",required:["question","status"],additionalProperties:!1,properties:{id:{...nonEmptyString,description:"Thread id, made when it was opened so that no other clone can pick it, and never changed: incident thread <incident> update <id>.",examples:["k7m2q"]},number:{type:"integer",description:"Thread number, in files from before thread ids (unique within this incident)."},question:{...nonEmptyString,description:'The question, e.g. "Is the latency in the metadata tier?".'},owner:person("Who is investigating it. No owner: interesting, but nobody is looking into it."),status:{enum:THREAD_STATUSES,description:"open while being investigated; closed once answered (the answer is required then)."},opened:dateTime("When the question was raised."),updates:{type:"array",description:"Findings and progress, oldest first.",items:threadUpdate},answer:{...nonEmptyString,description:"What was found: the answer to the question."},closed:dateTime("When the thread was closed.")},if:{required:["status"],properties:{status:{const:"closed"}}},then:{required:["answer"],properties:{answer:{...nonEmptyString,description:"What was found."}}}},evidenceItem={type:"object",description:"A file saved before service was restored (seed 000): where it is, its hash, who captured it and how.",required:["file","sha256","size","at"],additionalProperties:!1,properties:{file:{...nonEmptyString,description:"The saved copy, relative to the incident file: <id>/evidence/<time>-<name>. Markdown links from the body work with it."},sha256:{type:"string",minLength:64,description:"SHA-256 of the file (64 hex digits); incident evidence <id> verify re-checks it."},size:{type:"integer",description:"Size in bytes."},at:dateTime("When it was captured."),by:person("Who captured it."),source:{...nonEmptyString,description:"The file it was copied from, relative to the repository root (evidence add)."},command:{...nonEmptyString,description:"The command whose output this is (evidence run), as typed."},shell:{type:"boolean",description:"true when the command ran through a shell (--shell)."},stream:{enum:EVIDENCE_STREAMS,description:"Which output of the command this file holds."},exit_code:{type:"integer",description:"The exit code of the command."},timed_out:{type:"boolean",description:"true when the command was stopped at its time limit (output may be partial)."},note:{...nonEmptyString,description:"What it is and why it matters, in a sentence."},scrubbed:{type:["integer","boolean"],if:{type:"boolean"},then:{const:!1},description:"How many secrets were replaced by [REDACTED:<kind>] before the file was saved, or false when it was saved as it was (--no-scrub). Absent: none found."}}};function nullableOptionals(schema){let node=schema,props=node.properties,required=new Set(node.required??[]);for(let[key2,sub]of Object.entries(props??{})){if(!required.has(key2)){let type=sub.type;type!==void 0?sub.type=[...Array.isArray(type)?type:[type],"null"]:Array.isArray(sub.enum)&&(sub.enum=[...sub.enum,null])}nullableOptionals(sub)}for(let key2 of["items","then"])typeof node[key2]=="object"&&nullableOptionals(node[key2]);return schema}var incidentSchema=nullableOptionals({$schema:"http://json-schema.org/draft-07/schema#",$id:SCHEMA_ID,title:"Casefile incident",description:"Frontmatter of an incident file (incidents/<id>.md), format version 1.",type:"object",required:["id","title","kind","severity","status","timezone"],additionalProperties:!0,properties:{id:{type:"string",pattern:ID_PATTERN,description:"YYYY-MM-DD-<slug>, from the start date and the title; also the file name.",examples:["2017-01-06-db2kafka-outage-from-oom-kills"]},title:{...nonEmptyString,description:"Short, specific title."},kind:{enum:INCIDENT_KINDS,description:"incident, or drill for a practice incident (never counted in metrics)."},severity:{...nonEmptyString,description:"Severity level. SEV-1 (worst) to SEV-5 by default; a repository can configure its own levels.",examples:DEFAULT_SEVERITIES},status:{enum:STATUSES,description:"Where the incident stands. closed once the post-mortem is done."},timezone:{type:"string",pattern:"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$",description:"IANA time zone the team reads times in, e.g. Europe/Berlin. Timeline times still carry their own offset.",examples:["UTC","America/Los_Angeles","Europe/Berlin"]},services:{type:"array",description:"Services affected.",items:{...nonEmptyString,description:"A service name."},uniqueItems:!0},public:{type:"boolean",description:"true if a public summary is published for customers."},roles:{type:"object",description:"Who held each incident role (one person each; record handoffs in the timeline).",additionalProperties:!1,properties:{...roleProperties,subject_matter_experts:people("Subject-matter experts who took part.")}},impact:{type:"object",description:"Customer and business impact.",properties:{summary:{type:"string",description:"Who was affected, how, and for how long."},figures:{type:"array",description:"Measured impact, one figure each.",items:{type:"object",description:"One measured figure.",required:["label","value"],additionalProperties:!1,properties:{label:{...nonEmptyString,description:'What was measured, e.g. "Support requests raised".'},value:{type:["string","number"],description:'The figure: a number or a string such as "2%".'}}}}}},timeline:{type:"array",description:"Events in order. Equal times keep their written order.",items:timelineEntry},action_items:{type:"array",description:"Follow-ups, each with an owner and a due date.",items:actionItem},threads:{type:"array",description:"Investigation threads: the open questions, who works on each, findings and answers (incident thread).",items:thread},evidence:{type:"array",description:"Evidence files saved under <id>/evidence/ next to this file, with their hashes (incident evidence).",items:evidenceItem},updates:{type:"array",description:"Public updates for the status page (incident status-update --post), oldest first. Leak-checked before they are written: no names, hosts or secrets.",items:{type:"object",description:"One public update.",required:["at","status","text"],additionalProperties:!1,properties:{at:dateTime("When it was posted: ISO 8601 with an explicit offset."),status:{enum:UPDATE_STATUSES,description:"The incident's status as the update tells customers: investigating, identified, monitoring or resolved."},text:{...nonEmptyString,description:"What customers read (Markdown; links only http, https and mailto)."},by:person("Who posted it (never published).")}}},component_status:{enum:COMPONENT_STATUSES,description:"The state the status page shows for the affected services while the incident is open, instead of the one status_page.severity_map gives for its severity."},no_action_items:{type:"string",minLength:1,description:"Why this incident has no action items: a closed incident needs either action items or this reason."},import:{type:"object",description:"Where an imported incident came from (incident import): the source, its id there (importing again updates this file), a link, what the source said at the last import (a field changed here since is kept) and every field of the source that has no place above, as it was.",required:["source","source_id"],properties:{source:{...nonEmptyString,description:"The tool it came from: pagerduty, incident-io, statuspage, opsgenie, slack, csv."},source_id:{type:["string","number"],description:"Its id in that tool."},url:{type:"string",description:"Its page in that tool."},last:{type:"object",description:"The mapped values as the source gave them at the last import."},fields:{type:"object",description:"The source's fields that are not mapped, as they were."}}},postmortem:{type:"object",description:"The post-mortem process: one owner, a meeting, a review status.",additionalProperties:!1,properties:{owner:person("The one person who owns the post-mortem."),due:{type:"string",pattern:DATE_PATTERN,description:"When the post-mortem report is due, YYYY-MM-DD."},meeting:{type:"string",pattern:DATE_OR_DATE_TIME_PATTERN,description:"Post-mortem meeting: a date, or a date-time with an explicit offset."},status:{enum:POSTMORTEM_STATUSES,description:"Review state of the post-mortem report."},approvals:{type:"array",description:"The review, step by step (incident review): who requested, approved, rejected or published it, and when.",items:{type:"object",description:"One review step.",required:["by","at","decision"],additionalProperties:!1,properties:{by:person("Who took the step."),at:dateTime("When: ISO 8601 with an explicit offset."),decision:{enum:REVIEW_DECISIONS,description:"requested (draft -> in-review), approved, rejected (back to draft), published."},note:{...nonEmptyString,description:"What the reviewer said; a rejection says why."}}}}}}}});var MONTH_DAYS=[31,28,31,30,31,30,31,31,30,31,30,31];function isLeapYear(year){return year%4===0&&year%100!==0||year%400===0}function daysInMonth(year,month){return month===2&&isLeapYear(year)?29:MONTH_DAYS[month-1]??0}function isCalendarDate(text){if(text.length!==10||text.charCodeAt(4)!==45||text.charCodeAt(7)!==45)return!1;let year=digitsAt(text,0,4),month=digitsAt(text,5,2),day=digitsAt(text,8,2);return year>=0&&month>=0&&day>=1&&day<=daysInMonth(year,month)}function twoDigitsAt(text,at2){let a=text.charCodeAt(at2)-48,b=text.charCodeAt(at2+1)-48;return a>=0&&a<=9&&b>=0&&b<=9?a*10+b:-1}function digitsAt(text,at2,n){let value=0;for(let i=at2;i<at2+n;i++){let c=text.charCodeAt(i);if(!(c>=48&&c<=57))return-1;value=value*10+c-48}return value}var ANNOTATIONS=new Set(["$schema","$id","title","description","examples","$comment"]),ASSERTIONS=new Set(["type","enum","const","pattern","format","minLength","required","properties","additionalProperties","items","uniqueItems","if","then"]),TYPES=new Set(["string","number","integer","boolean","object","array","null"]),FORMATS2=new Set(["uri"]),PATTERN_PHRASES=new Map([[DATE_TIME_PATTERN,"ISO 8601 with an offset like 2017-01-06T22:50:26Z"],[DATE_PATTERN,"a date like 2017-01-11 (YYYY-MM-DD)"],[DATE_OR_DATE_TIME_PATTERN,"a date like 2017-01-11 or a date-time with an offset like 2017-01-11T18:00:00Z"],[ID_PATTERN,"the start date and a lower-case slug like 2017-01-06-db2kafka-outage-from-oom-kills"],[incidentSchema.properties.timezone.pattern,"an IANA time zone like Europe/Berlin or UTC"]]),CALENDAR_PATTERNS=new Set([DATE_PATTERN,DATE_OR_DATE_TIME_PATTERN]),MONTHS=["January","February","March","April","May","June","July","August","September","October","November","December"],monthName=date=>`${MONTHS[Number(date.slice(5,7))-1]} ${date.slice(0,4)}`,daysIn=date=>daysInMonth(Number(date.slice(0,4)),Number(date.slice(5,7))),FORMAT_PHRASES={uri:"an absolute URL like https://tracker.example.com/browse/OPS-12"},TYPE_PHRASES={string:"a string",number:"a number",integer:"a whole number",boolean:"true or false",object:"a mapping (key: value lines)",array:"a list",null:"an empty value"},checked=new WeakSet;function assertSupportedSchema(schema,at2="#"){if(checked.has(schema))return;let fail=what=>{throw new Error(`schema-check: unsupported ${what} at ${at2}; teach src/core/model/schema-check.ts about it`)};(typeof schema!="object"||schema===null||Array.isArray(schema))&&fail("schema (not an object)");for(let[keyword,value]of Object.entries(schema)){let here=`${at2}/${keyword}`;if(!ANNOTATIONS.has(keyword))switch(ASSERTIONS.has(keyword)||fail(`keyword "${keyword}"`),keyword){case"type":{let types=Array.isArray(value)?value:[value];(types.length===0||!types.every(t=>typeof t=="string"&&TYPES.has(t)))&&fail(`type ${JSON.stringify(value)}`);break}case"enum":(!Array.isArray(value)||value.length===0)&&fail("enum (not a non-empty array)");break;case"pattern":typeof value!="string"&&fail("pattern (not a string)"),new RegExp(value,"u");break;case"format":(typeof value!="string"||!FORMATS2.has(value))&&fail(`format ${JSON.stringify(value)}`);break;case"minLength":(!Number.isInteger(value)||value<0)&&fail("minLength (not a non-negative integer)");break;case"required":(!Array.isArray(value)||!value.every(k=>typeof k=="string"))&&fail("required (not a list of names)");break;case"additionalProperties":typeof value!="boolean"&&fail("additionalProperties (only true or false are supported)");break;case"uniqueItems":typeof value!="boolean"&&fail("uniqueItems (not true or false)");break;case"properties":(typeof value!="object"||value===null||Array.isArray(value))&&fail("properties (not an object)");for(let[name,sub]of Object.entries(value))assertSupportedSchema(sub,`${here}/${name}`);break;case"items":Array.isArray(value)&&fail("items (tuple form)"),assertSupportedSchema(value,here);break;case"if":case"then":assertSupportedSchema(value,here);break}}checked.add(schema)}assertSupportedSchema(incidentSchema);forEachPattern(incidentSchema,(pattern,at2)=>{if(!PATTERN_PHRASES.has(pattern))throw new Error(`schema-check: no message phrase for the pattern at ${at2}; add it to PATTERN_PHRASES in src/core/model/schema-check.ts`)});function forEachPattern(schema,fn,at2="#"){typeof schema.pattern=="string"&&fn(schema.pattern,at2);let props=schema.properties;for(let[name,sub]of Object.entries(props??{}))forEachPattern(sub,fn,`${at2}/properties/${name}`);for(let key2 of["items","if","then"]){let sub=schema[key2];sub&&forEachPattern(sub,fn,`${at2}/${key2}`)}}function checkSchema(schema,data2,options={}){assertSupportedSchema(schema);let findings=[],ctx={options,rootName:options.rootName??"frontmatter",out:findings,probing:!1,because:void 0};return visit(planOf(schema),data2,[],ctx),sortFindings(data2,findings)}var STEPS=new Set(["enum","const","pattern","format","minLength","required","properties","additionalProperties","items","uniqueItems","if"]),plans=new WeakMap;function planOf(schema){let plan=plans.get(schema);if(plan)return plan;let type=schema.type,types=type===void 0?void 0:Array.isArray(type)?type:[type],step=(keyword,arg)=>keyword==="pattern"?{keyword,arg,re:compiled(arg),calendar:CALENDAR_PATTERNS.has(arg)}:keyword==="enum"?{keyword,arg,set:new Set(arg)}:{keyword,arg},props=schema.properties,known2=Object.keys(props??{}),ifSchema=schema.if,thenSchema=schema.then,open=schema.additionalProperties!==!1&&props!==void 0;return plan={types:types?.reduce((bits,t)=>bits|(TYPE_BITS[t]??0),0),expectedType:types?types.filter(t=>t!=="null"||types.length===1).map(t=>TYPE_PHRASES[t]).join(" or "):"",steps:Object.entries(schema).filter(([keyword])=>STEPS.has(keyword)).map(([keyword,arg])=>step(keyword,arg)),props:props&&new Map(Object.entries(props).map(([key2,sub])=>[key2,planOf(sub)])),items:schema.items===void 0?void 0:planOf(schema.items),ifThen:ifSchema&&thenSchema?{if:planOf(ifSchema),then:planOf(thenSchema),because:condition(ifSchema)}:void 0,open,closed:schema.additionalProperties===!1,expectedKeys:known2.length?`expected one of ${known2.join(", ")}`:"expected no keys"},plans.set(schema,plan),plan}function add(ctx,path,kind,message,part="value"){ctx.out.push(ctx.probing?PROBED:{path:path.slice(),part,kind,message:message()})}var PROBED={path:[],part:"value",kind:"const",message:""};function visit(plan,value,path,ctx){if(plan.types!==void 0&&(typeBits(value)&plan.types)===0){typeFinding(plan,value,path,ctx);return}let steps=plan.steps;for(let s=0;s<steps.length;s++){let step=steps[s],arg=step.arg;switch(step.keyword){case"enum":(typeof value=="object"&&value!==null?!someEqual(arg,value):!step.set.has(value))&&enumFinding(arg,value,path,ctx);break;case"const":deepEqual(arg,value)||constFinding(arg,value,path,ctx);break;case"pattern":if(typeof value!="string")break;step.re.test(value)?step.calendar&&!isCalendarDate(value.slice(0,10))&&calendarFinding(value,path,ctx):patternFinding(arg,value,path,ctx);break;case"format":typeof value=="string"&&!matchesFormat(arg,value)&&formatFinding(arg,value,path,ctx);break;case"minLength":typeof value=="string"&&fewerCodePoints(value,arg)&&minLengthFinding(arg,value,path,ctx);break;case"required":if(isObject(value)){let keys=arg;for(let k=0;k<keys.length;k++)Object.hasOwn(value,keys[k])||requiredFinding(keys[k],path,ctx)}break;case"properties":isObject(value)&&properties(plan,value,path,ctx);break;case"additionalProperties":arg===!1&&plan.props===void 0&&isObject(value)&&unknownKeys(plan,value,path,ctx);break;case"items":if(Array.isArray(value)){let inner=innerWalk(ctx);for(let i=0;i<value.length;i++)path.push(i),visit(plan.items,value[i],path,inner),path.pop()}break;case"uniqueItems":arg===!0&&Array.isArray(value)&&uniqueItems(value,path,ctx);break;case"if":plan.ifThen&&ifThen(plan.ifThen,value,path,ctx);break}}}function someEqual(allowed,value){return allowed.some(a=>deepEqual(a,value))}function typeFinding(plan,value,path,ctx){add(ctx,path,"type",()=>value===null?`Unexpected empty ${pathName(path,ctx.rootName)}, expected ${plan.expectedType}`:`Unexpected type ${typeName(value)} for ${pathName(path,ctx.rootName)}, expected ${plan.expectedType}`)}function enumFinding(allowed,value,path,ctx){let shown=allowed.length>1?allowed.filter(a=>a!==null):allowed;add(ctx,path,"enum",()=>`Unexpected ${describeValue(pathName(path,ctx.rootName),value)}, expected one of ${shown.map(plain2).join(", ")}`)}function constFinding(expected,value,path,ctx){add(ctx,path,"const",()=>`Unexpected ${describeValue(pathName(path,ctx.rootName),value)}, expected ${plain2(expected)}`)}function patternFinding(pattern,value,path,ctx){add(ctx,path,"pattern",()=>`Unexpected ${pathName(path,ctx.rootName)} ${quote(value)}, expected ${PATTERN_PHRASES.get(pattern)??`a string matching /${pattern}/`}`)}function calendarFinding(value,path,ctx){add(ctx,path,"pattern",()=>`Unexpected date ${value.slice(0,10)} in ${pathName(path,ctx.rootName)}, expected a day that exists (${monthName(value)} has ${daysIn(value)} days)`)}function formatFinding(format,value,path,ctx){add(ctx,path,"format",()=>`Unexpected ${pathName(path,ctx.rootName)} ${quote(value)}, expected ${FORMAT_PHRASES[format]}`)}function minLengthFinding(min,value,path,ctx){add(ctx,path,"minLength",()=>value===""&&min===1?`Unexpected empty ${pathName(path,ctx.rootName)}, expected a non-empty string`:`Unexpected ${pathName(path,ctx.rootName)} ${quote(value)}, expected at least ${min} characters`)}function requiredFinding(key2,path,ctx){let where=()=>path.length===0?"":` in ${pathName(path,ctx.rootName)}`;add(ctx,path,"required",()=>`Missing required field ${key2}${where()}${ctx.because??""}`)}function uniqueItems(value,path,ctx){value.forEach((item,i)=>{value.slice(0,i).some(earlier=>deepEqual(earlier,item))&&add(ctx,[...path,i],"uniqueItems",()=>`Unexpected duplicate ${quote(item)} in ${pathName(path,ctx.rootName)}, expected each item once`)})}function ifThen(plan,value,path,ctx){let probe={options:ctx.options,rootName:ctx.rootName,out:[],probing:!0,because:void 0};visit(plan.if,value,path,probe),probe.out.length===0&&visit(plan.then,value,path,{...ctx,options:thenOptions(ctx.options),because:ctx.probing?void 0:plan.because})}function innerWalk(ctx){return ctx.because===void 0?ctx:{...ctx,because:void 0}}function properties(plan,value,path,ctx){let props=plan.props,unlisted=plan.closed||plan.open&&!!ctx.options.reportUnlistedKeys&&!ctx.probing,inner=innerWalk(ctx);for(let key2 of Object.keys(value)){let sub=props.get(key2);if(sub===void 0){unlisted&&unknownKey(plan,key2,path,ctx);continue}path.push(key2),visit(sub,value[key2],path,inner),path.pop()}}function thenOptions(options){let then=thenOptionsOf.get(options);return then||thenOptionsOf.set(options,then={...options,reportUnlistedKeys:!1}),then}var thenOptionsOf=new WeakMap;function unknownKeys(plan,value,path,ctx){for(let key2 of Object.keys(value))plan.props?.has(key2)||unknownKey(plan,key2,path,ctx)}function unknownKey(plan,key2,path,ctx){let where=()=>path.length===0?"":` in ${pathName(path,ctx.rootName)}`;add(ctx,[...path,key2],"unknown",()=>`Unexpected key ${quote(key2)}${where()}, ${plan.expectedKeys}`,"key")}function fewerCodePoints(s,n){return s.length<n?!0:s.length>=2*n?!1:[...s].length<n}function condition(ifSchema){let props=ifSchema.properties,parts=Object.entries(props??{}).filter(([,sub])=>Object.hasOwn(sub,"const")).map(([key2,sub])=>`${key2} is ${plain2(sub.const)}`);return parts.length?` (${parts.join(" and ")})`:void 0}function sortFindings(data2,findings){return findings.map((finding,index)=>({finding,index})).sort((a,b)=>comparePaths(data2,a.finding,b.finding)||a.index-b.index).map(({finding})=>finding)}function comparePaths(data2,a,b){let node=data2;for(let i=0;;i++){let aEnd=i>=a.path.length,bEnd=i>=b.path.length;if(aEnd||bEnd)return aEnd&&bEnd?rank(a.part)-rank(b.part):aEnd?-1:1;let sa=a.path[i],sb=b.path[i];if(sa!==sb)return order(node,sa)-order(node,sb)||String(sa).localeCompare(String(sb));node=isObject(node)||Array.isArray(node)?node[sa]:void 0}}var rank=part=>part==="key"?0:1;function order(node,segment){if(Array.isArray(node)&&typeof segment=="number")return segment;if(isObject(node)&&typeof segment=="string"){let i=Object.keys(node).indexOf(segment);if(i!==-1)return i}return Number.MAX_SAFE_INTEGER}function isObject(value){return typeof value=="object"&&value!==null&&!Array.isArray(value)}var TYPE_BITS={string:1,number:2,integer:4,boolean:8,object:16,array:32,null:64};function typeBits(value){switch(typeof value){case"string":return TYPE_BITS.string;case"number":return(Number.isFinite(value)?TYPE_BITS.number:0)|(Number.isInteger(value)?TYPE_BITS.integer:0);case"boolean":return TYPE_BITS.boolean;case"object":return value===null?TYPE_BITS.null:Array.isArray(value)?TYPE_BITS.array:TYPE_BITS.object;default:return 0}}function typeName(value){return value===null?"null":Array.isArray(value)?"list":typeof value=="object"?"mapping":typeof value}function describeValue(name,value){return value===null?`empty ${name}`:typeof value=="object"?`type ${typeName(value)} for ${name}`:`${name} ${quote(value)}`}function quote(value){return typeof value=="string"?JSON.stringify(value.length>60?`${value.slice(0,57)}...`:value):typeof value=="object"&&value!==null?typeName(value):String(value)}function plain2(value){return typeof value=="string"?value:value===null?"null":typeof value=="object"?JSON.stringify(value):String(value)}function pathName(path,rootName="frontmatter"){if(path.length===0)return rootName;let out2="";for(let segment of path)typeof segment=="number"?out2+=`[${segment}]`:/^[A-Za-z_][\w-]*$/.test(segment)?out2+=out2?`.${segment}`:segment:out2+=`[${JSON.stringify(segment)}]`;return out2}function matchesFormat(format,value){if(format==="uri"){if(!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(value))return!1;try{return new URL(value),!0}catch{return!1}}return!1}function deepEqual(a,b){if(a===b)return!0;if(Array.isArray(a)||Array.isArray(b))return Array.isArray(a)&&Array.isArray(b)&&a.length===b.length&&a.every((x,i)=>deepEqual(x,b[i]));if(isObject(a)&&isObject(b)){let ka=Object.keys(a);return ka.length===Object.keys(b).length&&ka.every(k=>Object.hasOwn(b,k)&&deepEqual(a[k],b[k]))}return!1}var patterns=new Map;function compiled(pattern){let re=patterns.get(pattern);return re||patterns.set(pattern,re=new RegExp(pattern,"u")),re}function check(ctx){let findings=checkSchema(incidentSchema,ctx.data,{reportUnlistedKeys:!0}).map(f=>({path:f.path,part:f.part,message:f.message,...f.kind==="unknown"?{severity:"warning"}:{}})),severity=ctx.data.severity,levels=ctx.config.severities;typeof severity=="string"&&severity!==""&&!levels.includes(severity)&&findings.push({path:["severity"],part:"value",message:`Unexpected severity ${JSON.stringify(severity)}, expected one of ${levels.join(", ")}`});for(let f of sortFindings(ctx.data,findings))ctx.report({message:f.message,path:f.path,part:f.part,...f.severity?{severity:f.severity}:{}})}var file=(frontmatter,body=`## Summary

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
`,file:"incidents/2026-03-01-payments-time-out.md",messages:['3:5 error Unexpected id "2026-02-22-payments-timeouts", expected "2026-03-01-payments-time-out" (the file name)']}]};var ABBREVIATIONS={UTC:{offset:0},GMT:{offset:0,also:["UTC","Europe/London"]},Z:{offset:0},PST:{offset:-480,region:"America/Los_Angeles"},PDT:{offset:-420,region:"America/Los_Angeles"},PT:{region:"America/Los_Angeles"},MST:{offset:-420,region:"America/Denver",also:["America/Phoenix"]},MDT:{offset:-360,region:"America/Denver"},MT:{region:"America/Denver"},CST:{offset:-360,region:"America/Chicago"},CDT:{offset:-300,region:"America/Chicago"},CT:{region:"America/Chicago"},EST:{offset:-300,region:"America/New_York"},EDT:{offset:-240,region:"America/New_York"},ET:{region:"America/New_York"},ADT:{offset:-180,region:"America/Halifax"},NST:{offset:-210,region:"America/St_Johns"},NDT:{offset:-150,region:"America/St_Johns"},AKST:{offset:-540,region:"America/Anchorage"},AKDT:{offset:-480,region:"America/Anchorage"},HST:{offset:-600,region:"Pacific/Honolulu"},BRT:{offset:-180,region:"America/Sao_Paulo"},ART:{offset:-180,region:"America/Argentina/Buenos_Aires"},WET:{offset:0,region:"Europe/Lisbon"},WEST:{offset:60,region:"Europe/Lisbon"},BST:{offset:60,region:"Europe/London"},CET:{offset:60,region:"Europe/Berlin",also:["Europe/Paris","Europe/Amsterdam"]},CEST:{offset:120,region:"Europe/Berlin",also:["Europe/Paris","Europe/Amsterdam"]},EET:{offset:120,region:"Europe/Athens",also:["Europe/Helsinki","Europe/Kyiv"]},EEST:{offset:180,region:"Europe/Athens",also:["Europe/Helsinki","Europe/Kyiv"]},MSK:{offset:180,region:"Europe/Moscow"},WAT:{offset:60,region:"Africa/Lagos"},CAT:{offset:120,region:"Africa/Maputo"},SAST:{offset:120,region:"Africa/Johannesburg"},EAT:{offset:180,region:"Africa/Nairobi"},PKT:{offset:300,region:"Asia/Karachi"},NPT:{offset:345,region:"Asia/Kathmandu"},ICT:{offset:420,region:"Asia/Bangkok"},WIB:{offset:420,region:"Asia/Jakarta"},SGT:{offset:480,region:"Asia/Singapore"},HKT:{offset:480,region:"Asia/Hong_Kong"},AWST:{offset:480,region:"Australia/Perth"},JST:{offset:540,region:"Asia/Tokyo"},KST:{offset:540,region:"Asia/Seoul"},ACST:{offset:570,region:"Australia/Adelaide",also:["Australia/Darwin"]},ACDT:{offset:630,region:"Australia/Adelaide"},AEST:{offset:600,region:"Australia/Sydney",also:["Australia/Brisbane"]},AEDT:{offset:660,region:"Australia/Sydney"},NZST:{offset:720,region:"Pacific/Auckland"},NZDT:{offset:780,region:"Pacific/Auckland"}},AMBIGUOUS={IST:[{where:"India",offset:330,region:"Asia/Kolkata"},{where:"Israel",offset:120,region:"Asia/Jerusalem"},{where:"Ireland",offset:60,region:"Europe/Dublin"}],AST:[{where:"Atlantic",offset:-240,region:"America/Halifax"},{where:"Arabia",offset:180,region:"Asia/Riyadh"}],SST:[{where:"Samoa",offset:-660,region:"Pacific/Pago_Pago"},{where:"Singapore",offset:480,region:"Asia/Singapore"}]},POSIX={EST5EDT:"America/New_York",CST6CDT:"America/Chicago",MST7MDT:"America/Denver",PST8PDT:"America/Los_Angeles",MET:"Europe/Berlin"};var AREAS=new Set(["Africa","America","Antarctica","Arctic","Asia","Atlantic","Australia","Europe","Indian","Pacific"]);function hasIanaForm(timeZone){if(timeZone==="UTC")return!0;let parts=timeZone.split("/");return parts[0]==="Etc"?parts.length===2&&isZoneWord(parts[1],!1):AREAS.has(parts[0])&&(parts.length===2||parts.length===3)&&isZoneWord(parts[1],!0)&&(parts.length===2||isZoneWord(parts[2],!0))}function hasZoneFileForm(timeZone){let parts=timeZone.split("/"),c=timeZone.charCodeAt(0);return parts.length<=3&&(c>=65&&c<=90||c>=97&&c<=122)&&parts.every(part=>isZoneWord(part,!0))}function isZoneWord(word,underscore){if(word==="")return!1;for(let i=0;i<word.length;i++){let c=word.charCodeAt(i);if(!(c>=65&&c<=90||c>=97&&c<=122||c>=48&&c<=57||c===43||c===45||underscore&&c===95))return!1}return!0}function expectedZone(timeZone){return`an IANA name such as ${zoneExamples(timeZone)}`}function zoneExamples(timeZone){let upper=timeZone.toUpperCase(),known2=ABBREVIATIONS[upper],names=[];if(known2)names=[...known2.region?[known2.region]:[],...known2.also??(known2.region?[]:["UTC"])];else if(AMBIGUOUS[upper])names=AMBIGUOUS[upper].map(c=>c.region);else if(POSIX[upper])names=[POSIX[upper]];else try{let canonical=new Intl.DateTimeFormat("en-US",{timeZone}).resolvedOptions().timeZone;canonical!==timeZone&&hasIanaForm(canonical)&&(names=[canonical])}catch{}return names.length===0&&(names=["Europe/Berlin","UTC"]),names.length===1?names[0]:`${names.slice(0,-1).join(", ")} or ${names[names.length-1]}`}var CLOCK=new RegExp("^(?:(\\d{4})-(\\d{2})-(\\d{2})(?:T|\\s+))?(?:(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?)?|(\\d{2})(\\d{2}))(?:\\s*([ap])\\.?m\\b\\.?)?(?:\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{1,5}))?$","i");var formatters=new Map;function formatter(timeZone){let f=formatters.get(timeZone);return f||formatters.set(timeZone,f=new Intl.DateTimeFormat("en-US",{timeZone,year:"numeric",timeZoneName:"longOffset"})),f}var NAMED_RANGE=864e13-2*864e5,digit=(s,i)=>{let d=s.charCodeAt(i)-48;return d>=0&&d<=9?d:NaN},twoDigits=(s,i)=>digit(s,i)*10+digit(s,i+1);function offsetFromName(timeZone,whole){if(!(Math.abs(whole)<=NAMED_RANGE))return;let text=formatter(timeZone).format(whole),at2=text.lastIndexOf("GMT")+3;if(at2<3)return;let rest=text.length-at2;if(rest===0)return 0;if(rest!==6&&rest!==9)return;let sign=text.charCodeAt(at2);if(sign!==43&&sign!==45||text.charCodeAt(at2+3)!==58)return;let seconds=twoDigits(text,at2+1)*3600+twoDigits(text,at2+4)*60;if(rest===9){if(text.charCodeAt(at2+6)!==58)return;seconds+=twoDigits(text,at2+7)}if(!Number.isNaN(seconds))return seconds===0?0:Math.round((sign===45?-seconds:seconds)*1e3/6e4)}var MINUTE=6e4,HOUR=60*MINUTE,DAY=24*HOUR;function partsValid(p){return p.month>=1&&p.month<=12&&p.day>=1&&p.day<=daysInMonth(p.year,p.month)&&p.hour<=23&&p.minute<=59&&p.second<=59}function parseWritten(text,into){if(typeof text!="string")return;let sep5=text.charCodeAt(10);if(text.charCodeAt(4)!==45||text.charCodeAt(7)!==45||sep5!==84&&sep5!==32||text.charCodeAt(13)!==58)return;let parts=into??{year:0,month:0,day:0,hour:0,minute:0,second:0,ms:0,offset:void 0};if(parts.year=digitsAt(text,0,4),parts.month=twoDigitsAt(text,5),parts.day=twoDigitsAt(text,8),parts.hour=twoDigitsAt(text,11),parts.minute=twoDigitsAt(text,14),parts.second=0,parts.offset=void 0,parts.year<0||parts.month<0||parts.day<0||parts.hour<0||parts.minute<0)return;let i=16,ms=0;if(text.charCodeAt(i)===58){if(parts.second=twoDigitsAt(text,i+1),parts.second<0)return;if(i+=3,text.charCodeAt(i)===46||text.charCodeAt(i)===44){let end2=i+1;for(;digitsAt(text,end2,1)>=0;)end2++;if(end2===i+1||end2-i-1>9)return;for(let k=i+1;k<i+4;k++)ms=ms*10+(k<end2?digitsAt(text,k,1):0);i=end2}}if(!partsValid(parts))return;if(parts.ms=ms,i===text.length)return parts;let sign=text.charCodeAt(i);if(sign===90)return parts.offset=0,i+1===text.length?parts:void 0;if(sign!==43&&sign!==45)return;let oh=twoDigitsAt(text,i+1),om=0,end=i+3;if(end<text.length&&(text.charCodeAt(end)===58&&end++,om=twoDigitsAt(text,end),end+=2),!(oh<0||om<0||end!==text.length||oh>23||om>59))return parts.offset=(sign===45?-1:1)*(oh*60+om),parts}function wallMs(p){if(p.year>=100&&p.year<=9999&&p.month>=1&&p.month<=12)return daysFromCivil(p.year,p.month,p.day)*DAY+p.hour*HOUR+p.minute*MINUTE+p.second*1e3;if(p.year>=100)return Date.UTC(p.year,p.month-1,p.day,p.hour,p.minute,p.second);let d=new Date(Date.UTC(2e3,p.month-1,p.day,p.hour,p.minute,p.second));return d.setUTCFullYear(p.year),d.getTime()}function daysFromCivil(year,month,day){let y=month<=2?year-1:year,era=Math.floor(y/400),yearOfEra=y-era*400,dayOfYear=Math.floor((153*(month>2?month-3:month+9)+2)/5)+day-1,dayOfEra=yearOfEra*365+Math.floor(yearOfEra/4)-Math.floor(yearOfEra/100)+dayOfYear;return era*146097+dayOfEra-719468}var scratch={year:0,month:0,day:0,hour:0,minute:0,second:0,ms:0,offset:void 0};function parseInstant(at2){let w=parseWritten(at2,scratch);if(!(!w||w.offset===void 0))return wallMs(w)+w.ms-w.offset*MINUTE}var formatters2=new Map;function formatter2(timeZone){let f=formatters2.get(timeZone);return f||(f=new Intl.DateTimeFormat("en-US",{timeZone,hourCycle:"h23",era:"short",year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric"}),formatters2.set(timeZone,f)),f}var intlZoneRules={isValid(timeZone){try{return formatter2(timeZone),!0}catch{return!1}},offsetMinutes(timeZone,epochMs){let whole=Math.floor(epochMs/1e3)*1e3;return offsetFromName(timeZone,whole)??offsetFromParts(timeZone,whole)},isUtc:timeZone=>formatter2(timeZone).resolvedOptions().timeZone==="UTC"};function offsetFromParts(timeZone,whole){let out2={},bc=!1;for(let{type,value}of formatter2(timeZone).formatToParts(whole))type==="era"?bc=value==="BC":type!=="literal"&&(out2[type]=Number(value));let wall=wallMs({year:bc?1-out2.year:out2.year,month:out2.month,day:out2.day,hour:out2.hour%24,minute:out2.minute,second:out2.second});return Math.round((wall-whole)/MINUTE)}var zoneRules=intlZoneRules;function useZoneRules(rules){zoneRules=rules}function isValidTimeZone(timeZone){return typeof timeZone=="string"&&hasIanaForm(timeZone)&&zoneRules.isValid(timeZone)}function offsetMinutes(timeZone,epochMs){return fixedOffset(timeZone)??zoneRules.offsetMinutes(timeZone,epochMs)}function fixedOffset(timeZone){let sign=timeZone.charCodeAt(0);if(sign!==43&&sign!==45)return;let minutes=digitsAt(timeZone,1,2)*60+digitsAt(timeZone,4,2);return sign===45?-minutes:minutes}function localParts(epochMs,timeZone){let whole=Math.floor(epochMs/1e3)*1e3,d=new Date(whole+offsetMinutes(timeZone,whole)*MINUTE);return{year:d.getUTCFullYear(),month:d.getUTCMonth()+1,day:d.getUTCDate(),hour:d.getUTCHours(),minute:d.getUTCMinutes(),second:d.getUTCSeconds()}}function localDate(epochMs,timeZone){return dateOf(localParts(epochMs,timeZone))}function dateOf({year,month,day}){return`${year}-${String(month).padStart(2,"0")}-${String(day).padStart(2,"0")}`}var OPEN=/^\uFEFF?---[ \t]*\r?\n/,CLOSE=/^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;function splitFrontmatter(text,file2){let open=OPEN.exec(text);if(!open)throw new DocumentError("Unexpected start of file, expected a frontmatter block opened by a `---` line",file2,1,1);let fmStart=open[0].length,close=closingLine(text,fmStart);if(!close)throw new DocumentError("Unexpected end of file, expected a `---` line closing the frontmatter opened here",file2,1,1);return{fmStart,fmEnd:close.index,bodyStart:close.index+close.length,eol:open[0].endsWith(`\r
`)?`\r
`:`
`}}function closingLine(text,from){if(text.indexOf("\r",from)!==-1||text.indexOf("\u2028",from)!==-1||text.indexOf("\u2029",from)!==-1){CLOSE.lastIndex=from;let close=CLOSE.exec(text);return close?{index:close.index,length:close[0].length}:void 0}for(let at2=from;;){if(text.startsWith("---",at2)||text.startsWith("...",at2)){let end=at2+3;for(;text.charCodeAt(end)===32||text.charCodeAt(end)===9;)end++;if(end===text.length)return{index:at2,length:end-at2};if(text.charCodeAt(end)===10)return{index:at2,length:end+1-at2}}let nl=text.indexOf(`
`,at2);if(nl===-1)return;at2=nl+1}}function lineColumn(text,offset){let line=1,lineStart=0;for(let i=text.indexOf(`
`);i!==-1&&i<offset;i=text.indexOf(`
`,i+1))line++,lineStart=i+1;return{line,column:offset-lineStart+1}}var COMMENT=/<!--[\s\S]*?-->/g;function buildSections(textLength,headings,blocks){let roots=[],open=[];for(let block of blocks){if(block===-2)continue;if(block===-1){let top=open[open.length-1];top&&(top.hasContent=!0);continue}let heading=headings[block];for(;open.length&&open[open.length-1].heading.depth>=heading.depth;)open.pop().contentEnd=heading.start;let section={heading,contentStart:heading.end,contentEnd:textLength,hasContent:!1,children:[]},parent=open[open.length-1];parent?(parent.hasContent=!0,parent.children.push(section)):roots.push(section),open.push(section)}return roots}var SPECIAL=/[\\`&<!\[\]*_\r\n]/g,ASCII_PUNCTUATION=/[!-/:-@[-`{-~]/,ENTITY=/&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y,NAMED={amp:"&",lt:"<",gt:">",quot:'"',apos:"'",nbsp:"\xA0",copy:"\xA9",reg:"\xAE",trade:"\u2122",hellip:"\u2026",mdash:"\u2014",ndash:"\u2013",lsquo:"\u2018",rsquo:"\u2019",ldquo:"\u201C",rdquo:"\u201D",laquo:"\xAB",raquo:"\xBB",middot:"\xB7",bull:"\u2022",times:"\xD7",divide:"\xF7",deg:"\xB0",plusmn:"\xB1",para:"\xB6",sect:"\xA7",euro:"\u20AC",pound:"\xA3",yen:"\xA5",cent:"\xA2",larr:"\u2190",rarr:"\u2192",uarr:"\u2191",darr:"\u2193",harr:"\u2194",rArr:"\u21D2",lArr:"\u21D0",le:"\u2264",ge:"\u2265",ne:"\u2260",asymp:"\u2248",micro:"\xB5",shy:"\xAD",ensp:"\u2002",emsp:"\u2003",thinsp:"\u2009",zwj:"\u200D",zwnj:"\u200C"},AUTOLINK=/<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f]*)>/y,EMAIL=/<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y,INLINE_HTML=/<(?:[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|\/[A-Za-z][A-Za-z0-9-]*\s*>|!--(?:>|->|[\s\S]*?-->)|\?[\s\S]*?\?>|![A-Za-z][^>]*>|!\[CDATA\[[\s\S]*?\]\]>)/y,LINK_TAIL=/\(\s*(?:<(?:[^<>\n\\]|\\.)*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+)?(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)/y,isWhite=ch=>ch===""||/\s/.test(ch),isPunct=ch=>/[\p{P}\p{S}]/u.test(ch);function inlineText(s){if(SPECIAL.lastIndex=0,!SPECIAL.test(s))return{text:s,sure:!0};let out2=[],brackets=[],sure=!0,i=0;for(;i<s.length;){SPECIAL.lastIndex=i;let m=SPECIAL.exec(s),j=m?m.index:s.length;if(j>i&&out2.push({text:s.slice(i,j),plain:!0}),!m)break;i=j;let c=s[i];if(c===`
`||c==="\r"){let prev=out2[out2.length-1],trailing="";if(prev?.plain){let kept=prev.text.replace(/[ \t]+$/,"");trailing=prev.text.slice(kept.length),prev.text=kept}let eol=c==="\r"&&s[i+1]===`
`?`\r
`:c;for(out2.push({text:trailing.length>=2&&!trailing.includes("	")?"":eol}),i+=eol.length;s[i]===" "||s[i]==="	";)i++}else if(c==="\\"){let next=s[i+1]??"";if(next===`
`||next==="\r")for(out2.push({text:""}),i+=next==="\r"&&s[i+2]===`
`?3:2;s[i]===" "||s[i]==="	";)i++;else ASCII_PUNCTUATION.test(next)?(out2.push({text:next}),i+=2):(out2.push({text:"\\"}),i++)}else if(c==="`"){let n=1;for(;s[i+n]==="`";)n++;let end=closingTicks(s,i+n,n);if(end<0)out2.push({text:s.slice(i,i+n)}),i+=n;else{let code=s.slice(i+n,end),head=/^(?: |\r\n|\r|\n)/.exec(code)?.[0],tail=/(?: |\r\n|\r|\n)$/.exec(code)?.[0];head&&tail&&/[^ \r\n]/.test(code)&&(code=code.slice(head.length,code.length-tail.length)),out2.push({text:code}),i=end+n}}else if(c==="&"){ENTITY.lastIndex=i;let e=ENTITY.exec(s);if(!e){out2.push({text:"&"}),i++;continue}let code=e[1]?parseInt(e[1],16):e[2]?parseInt(e[2],10):-1,value;code>=0?value=code===0||code>1114111||code>=55296&&code<=57343?"\uFFFD":String.fromCodePoint(code):value=NAMED[e[3]],value===void 0&&(sure=!1,value=e[0]),out2.push({text:value}),i=ENTITY.lastIndex}else if(c==="<"){let link=sticky(AUTOLINK,s,i)??sticky(EMAIL,s,i),html=link?void 0:sticky(INLINE_HTML,s,i);link?out2.push({text:link[1]}):out2.push({text:html?html[0]:"<"}),i+=link?link[0].length:html?html[0].length:1}else if(c==="!")s[i+1]==="["?(brackets.push(out2.length),out2.push({text:"![",bracket:2,active:!0}),i+=2):(out2.push({text:"!"}),i++);else if(c==="[")brackets.push(out2.length),out2.push({text:"[",bracket:1,active:!0}),i++;else if(c==="]"){let b=brackets.pop(),tail=b===void 0?null:sticky(LINK_TAIL,s,i+1);if(b!==void 0&&tail&&out2[b].active){let image=out2[b].bracket===2;emphasis(out2,b+1);let label=join2(out2,b+1);if(out2.length=b,out2.push({text:label}),!image)for(let k of brackets)out2[k].bracket===1&&(out2[k].active=!1);i+=1+tail[0].length}else out2.push({text:"]"}),i++}else{let n=1;for(;s[i+n]===c;)n++;let before=i>0?s[i-1]:"",after=s[i+n]??"",left=!isWhite(after)&&(!isPunct(after)||isWhite(before)||isPunct(before)),right=!isWhite(before)&&(!isPunct(before)||isWhite(after)||isPunct(after)),star=c==="*";out2.push({text:c,delim:c.charCodeAt(0),left:n,open:star?left:left&&(!right||isPunct(before)),close:star?right:right&&(!left||isPunct(after))}),i+=n}}return emphasis(out2,0),{text:join2(out2,0),sure}}function sticky(re,s,at2){return re.lastIndex=at2,re.exec(s)}function closingTicks(s,from,n){for(let i=s.indexOf("`",from);i>=0;i=s.indexOf("`",i)){let k=0;for(;s[i+k]==="`";)k++;if(k===n)return i;i+=k}return-1}function emphasis(out2,from){for(let c=from;c<out2.length;c++){let closer=out2[c];if(!(!closer.delim||!closer.close))for(;closer.left>0;){let o=c-1;for(;o>=from;o--){let op=out2[o];if(!(op.delim!==closer.delim||!op.open||!op.left)&&!((op.close||closer.open)&&closer.left%3!==0&&(op.left+closer.left)%3===0))break}if(o<from)break;let opener=out2[o],use=opener.left>=2&&closer.left>=2?2:1;opener.left-=use,closer.left-=use;for(let k=o+1;k<c;k++)out2[k].delim&&(out2[k].open=out2[k].close=!1)}}}function join2(out2,from){let text="";for(let k=from;k<out2.length;k++){let piece=out2[k];text+=piece.delim?piece.text.repeat(piece.left):piece.text}return text}var TAB=9,SPACE=32,QUOTE=62,HASH=35,STAR=42,PLUS=43,DASH=45,LT=60,EQUALS=61,UNDERSCORE=95,BACKTICK=96,TILDE=126,BRACKET=91,DOT=46,PAREN=41,ONE=49,NONE=0,PARAGRAPH=1,FENCE=2,CODE=3,HTML=4,isSpace=c=>c===SPACE||c===TAB,isDigit2=c=>c>=48&&c<=57,RAW_NAMES=new Set(["pre","script","style","textarea"]),BLOCK_NAMES=new Set(["address","article","aside","base","basefont","blockquote","body","caption","center","col","colgroup","dd","details","dialog","dir","div","dl","dt","fieldset","figcaption","figure","footer","form","frame","frameset","h1","h2","h3","h4","h5","h6","head","header","hr","html","iframe","legend","li","link","main","menu","menuitem","nav","noframes","ol","optgroup","option","p","param","search","section","summary","table","tbody","td","tfoot","th","thead","title","tr","track","ul"]),TAG_NAME=/<(\/?)([A-Za-z][A-Za-z0-9-]*)/y,OPEN_TAG_LINE=/<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'/=<>`]+|'[^'\r\n]*'|"[^"\r\n]*"))?)*[ \t]*\/?>[ \t]*(?=[\r\n]|$)/y,CLOSE_TAG_LINE=/<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>[ \t]*(?=[\r\n]|$)/y,RAW_END=/<\/(?:pre|script|style|textarea)>/i,DEFINITION_START=/\[(?:[^\\[\]]|\\.)+\]:/y,FRONTMATTER_OPEN=/^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/,Scanner=class{constructor(text){this.text=text}text;exact=!0;headings=[];nodes=[];stack=[];maybeDefinitions=!1;lineStart=0;lineNo=0;le=0;p=0;col=0;tabEnd=-1;flow=NONE;fenceMarker=0;fenceSize=0;htmlKind=0;tagEnd=0;htmlNode=-1;htmlFrom=0;htmlEnd=0;paraNode=-1;paraLine=0;paraColumn=0;paraStart=0;paraEnd=0;paraDefinition=!1;run(bodyStart2){let text=this.text;this.checkFrontmatter(bodyStart2);let ls=bodyStart2;ls===0&&text.charCodeAt(0)===65279&&(ls=1),this.lineNo=lineNumber(text,ls);let cr=text.indexOf("\r",ls);for(;ls<text.length;){let le=text.indexOf(`
`,ls);le<0&&(le=text.length),cr>=0&&(cr<ls&&(cr=text.indexOf("\r",ls)),cr>=0&&cr<le&&(le=cr)),this.line(ls,le),ls=le+(text.charCodeAt(le)===13&&text.charCodeAt(le+1)===10?2:1),this.lineNo++}return this.closeFlow(),{headings:this.headings,sections:this.sections(),exact:this.exact}}checkFrontmatter(bodyStart2){let text=this.text,open=FRONTMATTER_OPEN.exec(text);if(bodyStart2===0){open&&(this.exact=!1);return}let e=bodyStart2;text.charCodeAt(e-1)===10&&e--,text.charCodeAt(e-1)===13&&e--;let s=e;for(;s>0&&text.charCodeAt(s-1)!==10&&text.charCodeAt(s-1)!==13;)s--;(!open||s<open[0].length||!/^---[ \t]*$/.test(text.slice(s,e)))&&(this.exact=!1)}peek(){return this.tabEnd>=0?SPACE:this.p<this.le?this.text.charCodeAt(this.p):-1}advance(){this.p++,this.col++}spaces(max){let n=0;for(;n<max;){if(this.tabEnd>=0||this.text.charCodeAt(this.p)===TAB&&this.p<this.le)this.tabEnd<0&&(this.tabEnd=(this.col&-4)+4),this.col++,this.col===this.tabEnd&&(this.tabEnd=-1,this.p++);else if(this.p<this.le&&this.text.charCodeAt(this.p)===SPACE)this.advance();else break;n++}return n}restore(p,col,tabEnd){this.p=p,this.col=col,this.tabEnd=tabEnd}blank(){for(let i=this.p;i<this.le;i++)if(!isSpace(this.text.charCodeAt(i)))return!1;return!0}indent(){let{p,col,tabEnd}=this,n=this.spaces(1/0);return this.restore(p,col,tabEnd),n}line(ls,le){this.lineStart=ls,this.le=le,this.p=ls,this.col=0,this.tabEnd=-1;let stack=this.stack,continued=0,sibling=!1;for(;continued<stack.length;){let c=stack[continued],{p,col,tabEnd}=this;if(c.quote){if(this.spaces(3),this.peek()!==QUOTE){this.restore(p,col,tabEnd);break}this.advance(),this.spaces(1),continued++;continue}if(this.blank()){c.furtherBlank||=c.initialBlank,continued++;continue}let further=c.furtherBlank;if(c.furtherBlank=c.initialBlank=!1,!further&&isSpace(this.peek())){if(this.spaces(c.size)===c.size){continued++;continue}this.restore(p,col,tabEnd)}let pre=this.spaces(3);this.listItem(c,pre,!1)?(continued++,this.closeFlow(),stack.length=continued,sibling=!0):this.restore(p,col,tabEnd);break}let lazy=!1;if(!sibling&&continued===stack.length&&(this.flow===FENCE||this.flow===HTML)){this.leaf(!1,continued);return}let interrupt=!sibling&&continued===stack.length&&(this.flow===PARAGRAPH||this.flow===CODE),opened=!1;for(;;){let{p,col,tabEnd}=this,pre=this.spaces(3),container;if(this.peek()===QUOTE?(this.advance(),this.spaces(1),container={quote:!0,ordered:!1,marker:0,size:0,initialBlank:!1,furtherBlank:!1}):container=this.listItem(void 0,pre,interrupt),!container){this.restore(p,col,tabEnd);break}opened||(opened=!0,this.closeFlow(),stack.length=continued),stack.length===0&&this.nodes.push(-1),stack.push(container)}!opened&&!sibling&&(lazy=continued<stack.length),this.leaf(lazy,continued)}listItem(sibling,pre,interrupt){if(sibling?.quote)return;let text=this.text,c=this.peek(),start=this.p,ordered,marker;if(c===STAR||c===PLUS||c===DASH){if(sibling&&(sibling.ordered||sibling.marker!==c)||c!==PLUS&&this.thematicBreak())return;ordered=!1,marker=c,this.advance()}else if(isDigit2(c)){if(sibling&&!sibling.ordered||interrupt&&c!==ONE)return;let i=this.p;for(;i<this.le&&isDigit2(text.charCodeAt(i))&&i-this.p<9;)i++;let d=text.charCodeAt(i);if(interrupt&&i-this.p>1||(sibling?d!==sibling.marker:d!==DOT&&d!==PAREN))return;ordered=!0,marker=d,this.col+=i+1-this.p,this.p=i+1}else return;let width=this.p-start,size,initialBlank=!1;if(this.blank()){if(interrupt)return;initialBlank=!0,size=pre+width+1}else{let{p,col,tabEnd}=this,n=this.spaces(5);if(n===0)return;n===5?(this.restore(p,col,tabEnd),this.spaces(1),size=pre+width+1):size=pre+width+n}let item=sibling??{quote:!1,ordered,marker,size,initialBlank,furtherBlank:!1};return item.size=size,item.initialBlank=initialBlank,item}thematicBreak(){let text=this.text,marker=this.peek(),n=0;for(let i=this.p;i<this.le;i++){let c=text.charCodeAt(i);if(c===marker)n++;else if(!isSpace(c))return!1}return n>=3}leaf(lazy,continued){if(lazy){if(this.flow===PARAGRAPH&&!this.blank()&&this.continuesParagraph(!0))return;this.closeFlow(),this.stack.length=continued}switch(this.flow){case FENCE:this.closingFence()&&(this.flow=NONE);return;case HTML:if((this.htmlKind===6||this.htmlKind===7)&&this.blank()){this.closeFlow();return}this.htmlEnd=this.le,this.htmlKind<=5&&this.htmlEnds(this.p,0)&&this.closeFlow();return;case CODE:if(this.blank()||this.indent()>=4)return;this.closeFlow();break;case PARAGRAPH:if(this.blank()){this.closeFlow();return}if(this.continuesParagraph(!1))return;this.closeFlow();break}this.flowStart(lazy)}continuesParagraph(lazy){let{p,col,tabEnd}=this;if(this.spaces(1/0)<4){let c=this.peek();if(!lazy&&(c===EQUALS||c===DASH)&&this.setextUnderline(c))return!0;if(lazy&&c===LT&&this.htmlStart(!1)===7&&(this.exact=!1),this.interrupts(c))return this.restore(p,col,tabEnd),!1}return this.paraEnd=this.le,!0}interrupts(c){switch(c){case HASH:return this.atxSize()>0;case BACKTICK:case TILDE:return this.fenceOpen(c)>0;case LT:return this.htmlStart(!0)>0;case STAR:case DASH:case UNDERSCORE:return this.thematicBreak();default:return!1}}flowStart(lazy){if(this.blank())return;let root=this.stack.length===0;if(this.spaces(1/0)>=4){this.flow=lazy?NONE:CODE,root&&this.nodes.push(-1);return}let c=this.peek();if(c===HASH){let depth=this.atxSize();if(depth>0){root&&this.atxHeading(depth);return}}else if(c===BACKTICK||c===TILDE){let size=this.fenceOpen(c);if(size>0){this.flow=FENCE,this.fenceMarker=c,this.fenceSize=size,root&&this.nodes.push(-1);return}}else if(c===LT){let kind=this.htmlStart(!1);if(kind>0){this.flow=HTML,this.htmlKind=kind,this.htmlFrom=this.p,this.htmlEnd=this.le,this.htmlNode=root?this.nodes.push(-1)-1:-1,kind<=5&&this.htmlEnds(this.htmlContentStart(kind),kind===5?0:2)&&this.closeFlow();return}}else if((c===STAR||c===DASH||c===UNDERSCORE)&&this.thematicBreak()){root&&this.nodes.push(-1);return}if(this.flow=PARAGRAPH,this.paraDefinition=!1,c===BRACKET){DEFINITION_START.lastIndex=this.p;let label=this.text.indexOf("]",this.p);(DEFINITION_START.test(this.text)||label<0||label>this.le)&&(this.maybeDefinitions=this.paraDefinition=!0)}root&&(this.paraNode=this.nodes.push(-1)-1,this.paraLine=this.lineNo,this.paraColumn=this.p-this.lineStart+1,this.paraStart=this.p,this.paraEnd=this.le)}closeFlow(){this.flow===HTML&&this.htmlNode>=0&&(this.text.slice(this.htmlFrom,this.htmlEnd).replace(COMMENT,"").trim()===""&&(this.nodes[this.htmlNode]=-2),this.htmlNode=-1),this.flow=NONE,this.paraNode=-1}atxSize(){let text=this.text,i=this.p;for(;i<this.le&&text.charCodeAt(i)===HASH;)i++;let n=i-this.p;return n<=6&&(i===this.le||isSpace(text.charCodeAt(i)))?n:0}atxHeading(depth){let start=this.p;this.nodes.push(this.headings.length),this.headings.push({depth,text:this.inline(atxContent(this.text,start+depth,this.le)),line:this.lineNo,column:start-this.lineStart+1,start,end:this.le})}setextUnderline(marker){let text=this.text,i=this.p;for(;i<this.le&&text.charCodeAt(i)===marker;)i++;for(;i<this.le&&isSpace(text.charCodeAt(i));)i++;if(i<this.le)return!1;if(this.paraDefinition&&this.paraNode>=0&&(this.exact=!1),this.paraNode>=0){let raw=text.slice(this.paraStart,this.paraEnd).replace(/[ \t]+$/,"");this.nodes[this.paraNode]=this.headings.length,this.headings.push({depth:marker===EQUALS?1:2,text:this.inline(raw),line:this.paraLine,column:this.paraColumn,start:this.paraStart,end:this.le})}return this.flow=NONE,this.paraNode=-1,!0}inline(raw){let{text,sure}=inlineText(raw);return sure||(this.exact=!1),text.trim()}fenceOpen(marker){let text=this.text,i=this.p;for(;i<this.le&&text.charCodeAt(i)===marker;)i++;let size=i-this.p;return size<3||marker===BACKTICK&&text.slice(i,this.le).includes("`")?0:size}closingFence(){let text=this.text;if(this.spaces(3)===3&&isSpace(this.peek()))return!1;let i=this.p;for(;i<this.le&&text.charCodeAt(i)===this.fenceMarker;)i++;if(i-this.p<this.fenceSize)return!1;for(;i<this.le&&isSpace(text.charCodeAt(i));)i++;return i===this.le}htmlStart(interrupt){let text=this.text,p=this.p,next=text.charCodeAt(p+1);if(next===33){if(text.startsWith("<!--",p))return 2;if(text.startsWith("<![CDATA[",p))return 5;let c2=text.charCodeAt(p+2)|32;return p+2<this.le&&c2>=97&&c2<=122?4:0}if(next===63)return 3;TAG_NAME.lastIndex=p;let m=TAG_NAME.exec(text);if(!m||TAG_NAME.lastIndex>this.le)return 0;let after=this.tagEnd=TAG_NAME.lastIndex,c=after<this.le?text.charCodeAt(after):-1;if(c!==-1&&c!==47&&c!==62&&!isSpace(c))return 0;let closing=m[1]==="/",name=m[2].toLowerCase();if(c!==47&&!closing&&RAW_NAMES.has(name))return 1;if(BLOCK_NAMES.has(name))return c!==47||text.charCodeAt(after+1)===62?6:0;if(interrupt)return 0;let line=closing?CLOSE_TAG_LINE:OPEN_TAG_LINE;return line.lastIndex=p,line.test(text)?7:0}htmlContentStart(kind){switch(kind){case 1:return this.tagEnd;case 2:return this.p+4;case 3:return this.p+2;case 4:return this.p+3;default:return this.p+9}}htmlEnds(from,state){let text=this.text,kind=this.htmlKind;if(kind===1)return RAW_END.test(text.slice(from,this.le));for(let i=from;i<this.le;){let c=text.charCodeAt(i);if(state===1)c===DASH?(state=2,i++):state=0;else if(state===2){if(c===62)return!0;c===DASH&&kind===2?i++:state=0}else if(state===3)c===93?(state=2,i++):state=0;else{if(c===DASH&&kind===2)state=1;else{if(c===62&&kind===4)return!0;c===63&&kind===3?state=2:c===93&&kind===5&&(state=3)}i++}}return!1}sections(){return this.maybeDefinitions&&this.headings.some(h=>h.text.includes("["))&&(this.exact=!1),buildSections(this.text.length,this.headings,this.nodes)}};function atxContent(text,from,to){let a=from,b=to;for(;a<b&&isSpace(text.charCodeAt(a));)a++;for(;b>a&&isSpace(text.charCodeAt(b-1));)b--;let h=b;for(;h>a&&text.charCodeAt(h-1)===HASH;)h--;if(h<b&&(h===a||isSpace(text.charCodeAt(h-1))))for(b=h===a?a:h-1;b>a&&isSpace(text.charCodeAt(b-1));)b--;return text.slice(a,b)}function lineNumber(text,at2){let line=1;for(let i=text.indexOf(`
`);i>=0&&i<at2;i=text.indexOf(`
`,i+1))line++;for(let i=text.indexOf("\r");i>=0&&i<at2;i=text.indexOf("\r",i+1))text.charCodeAt(i+1)!==10&&line++;return line}function scanBody(text,bodyStart2){return new Scanner(text).run(bodyStart2)}function normalizeTitle(title){let normal=normalized.get(title);return normal===void 0&&(normalized.size>1e4&&normalized.clear(),normalized.set(title,normal=normalize(title))),normal}var normalized=new Map;function normalize(title){return title.toLowerCase().replaceAll("&"," and ").replaceAll("/"," ").replace(NON_ASCII.test(title)?/[\p{P}\p{S}]+/gu:ASCII_PUNCTUATION_AND_SYMBOLS,"").replace(/\s+/g," ").trim()}var NON_ASCII=/[^\0-\x7f]/,ASCII_PUNCTUATION_AND_SYMBOLS=/[!-/:-@[-`{-~]+/g;function sectionText(text,section){let end=section.children[0]?.heading.start??section.contentEnd;return text.slice(section.contentStart,end).replace(COMMENT,"").replace(/\s+/g," ").trim()}function hasSectionText(text,section){let end=section.children[0]?.heading.start??section.contentEnd,own=text.slice(section.contentStart,end);return/\S/.test(own.includes("<!--")?own.replace(COMMENT,""):own)}var SECTION_SYNONYMS={summary:["Overview","TL;DR","TLDR","Executive summary","Incident summary"],impact:["Customer impact","Business impact","Customer and business impact","User impact"],"root cause and contributing factors":["Root cause","Contributing factors","Root causes","Causes","Cause","Root cause analysis","Why it happened"],resolution:["Recovery","Resolution and recovery","How we resolved it","How we resolved the incident","Mitigation","Remediation"],"what went well":["Things that went well","What worked"],"what went wrong":["What didn't go so well","What didn't go well","What went badly","Things that went wrong","What could have gone better"],"lessons learned":["Lessons","Learnings","Takeaways"],"public summary":["Public post-mortem","Customer summary","External summary"],"what happened":[],"what we are doing about this":["What we're doing about it","What are we doing about this","Next steps","Follow-up"]},SECTION_PURPOSES={summary:"what happened, how long it lasted and how it was resolved",impact:"what happened to whom","root cause and contributing factors":"what failed, why, and what made it worse",resolution:"what stopped the impact and what restored service","what went well":"what helped the response","what went wrong":"what slowed detection, response or recovery","lessons learned":"what the team now knows that it did not before","public summary":"a short summary for customers","what happened":"what customers experienced and why, in plain language","what we are doing about this":"the changes that prevent a repeat, without internal detail"};function groupOf(name){let key2=normalizeTitle(name);return SECTION_SYNONYMS[key2]?key2:Object.entries(SECTION_SYNONYMS).find(([,synonyms])=>synonyms.some(s=>normalizeTitle(s)===key2))?.[0]??key2}function sectionNames(name){let names=namesMemo.get(name);if(!names){let key2=groupOf(name);names=new Set([normalizeTitle(name),key2,...(SECTION_SYNONYMS[key2]??[]).map(normalizeTitle)]),namesMemo.set(name,names)}return names}var namesMemo=new Map;function synonymsOf(name){let own=normalizeTitle(name),key2=groupOf(name);return[...key2===own?[]:[key2.charAt(0).toUpperCase()+key2.slice(1)],...(SECTION_SYNONYMS[key2]??[]).filter(s=>normalizeTitle(s)!==own)]}function purposeOf(name){return SECTION_PURPOSES[groupOf(name)]??"some text"}function flatten(sections,skip){let out2=[],walk=list=>{for(let section of list)skip?.(section)||(out2.push(section),walk(section.children))};return walk(sections),out2}function findSections(sections,canonical,skip){let names=sectionNames(canonical),found2=[];for(let{section,title}of titled(sections,skip))names.has(title)&&found2.push(section);return found2}var titledMemo=new WeakMap;function titled(sections,skip){let bySkip=titledMemo.get(sections);bySkip||titledMemo.set(sections,bySkip=new Map);let list=bySkip.get(skip);return list||(list=flatten(sections,skip).map(section=>({section,title:normalizeTitle(section.heading.text)})),bySkip.set(skip,list)),list}var isPublicSummary=section=>sectionNames("Public summary").has(normalizeTitle(section.heading.text));function asRecord(value){return typeof value=="object"&&value!==null&&!Array.isArray(value)?value:void 0}function asArray(value){return Array.isArray(value)?value:[]}function bodyStart(text){let{line}=lineColumn(text,splitFrontmatter(text).fmEnd);return{line:line+1,column:1}}function isWritten(ctx,section,templateSection2){if(!section.hasContent)return!1;let guidance=ctx.template&&templateSection2?templateText(ctx.template.text,templateSection2):"";if(guidance==="")return hasSectionText(ctx.text,section);let own=sectionText(ctx.text,section);return own!==""&&own!==guidance}var templateTexts=new WeakMap;function templateText(text,section){let own=templateTexts.get(section);return own===void 0&&templateTexts.set(section,own=sectionText(text,section)),own}function templateSection(ctx,canonical,within){if(!ctx.template)return;if(within)return findSections(within(ctx.template.body),canonical)[0];let byName=templateSections.get(ctx.template.body);return byName||templateSections.set(ctx.template.body,byName=new Map),byName.has(canonical)||byName.set(canonical,findSections(ctx.template.body.sections,canonical,isPublicSummary)[0]),byName.get(canonical)}var templateSections=new WeakMap;function at(section){return{line:section.heading.line,column:section.heading.column}}function headingHint(canonical,depth=2){let synonyms=synonymsOf(canonical).slice(0,2);return`"${"#".repeat(depth)} ${canonical}"${synonyms.length?` (or ${synonyms.join(", ")})`:""}`}var SCHEMA_AT=new RegExp(DATE_TIME_PATTERN),MONTHS2=["January","February","March","April","May","June","July","August","September","October","November","December"];function whyNot(at2){let[year,month,day]=at2.slice(0,10).split("-").map(Number),days=daysInMonth(year,month);return day>days?`Unexpected date ${at2.slice(0,10)} in time "${at2}", expected a day that exists (${MONTHS2[month-1]} ${year} has ${days} days)`:`Unexpected time "${at2}", expected an ISO 8601 date-time with at most 9 digits of fractional seconds`}function isBlank(text){let first=text.charCodeAt(0);return first>32&&first<127?!1:text.trim()===""}var rule3={id:"timeline-times",doc:"Timeline times are real instants: the schema pattern lets through days that do not exist, like February 30.",kind:"format",check(ctx){asArray(ctx.data.timeline).forEach((entry,i)=>{let e=asRecord(entry);e&&(typeof e.at=="string"&&parseInstant(e.at)===void 0&&SCHEMA_AT.test(e.at)&&ctx.report({message:whyNot(e.at),path:["timeline",i,"at"]}),typeof e.text=="string"&&e.text!==""&&isBlank(e.text)&&ctx.report({message:"Unexpected blank text, expected what happened, in a sentence or two",path:["timeline",i,"text"]}))})},examples:[{text:`---
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
`,messages:['7:11 error Unexpected time zone "IST", expected an IANA name such as Asia/Kolkata, Asia/Jerusalem or Europe/Dublin']}]};var CLOCK_SKEW_MS=6e4,ONCE=new Set(["started","detected","acknowledged","declared"]),PER_CYCLE=new Set(["mitigated","recovered","resolved"]),CHAINS=[{kinds:["started","detected","acknowledged"],expected:"milestones in order: started, detected, acknowledged"},{kinds:["detected","declared"],expected:"declared at or after detected"},{kinds:["started","mitigated","recovered","resolved"],expected:"milestones in order: started, mitigated, recovered, resolved"}];function timelineProblems(timeline,now){let entries=[];for(let index=0;index<timeline.length;index++){let raw=timeline[index];if(typeof raw!="object"||raw===null||Array.isArray(raw))continue;let{kind,at:at2}=raw;if(typeof kind!="string")continue;let text=typeof at2=="string"?at2:String(at2);entries.push({index,kind,at:text,ms:typeof at2=="string"?parseInstant(at2):void 0})}let ordered=inOrder(entries)?entries:entries.slice().sort(byTime),problems=[],once=new Map,cycles=[new Map];for(let e of ordered){if(e.kind==="reopened"){cycles.push(new Map);continue}let scope=ONCE.has(e.kind)?once:PER_CYCLE.has(e.kind)?cycles[cycles.length-1]:void 0;if(!scope)continue;let first=scope.get(e.kind);if(!first){scope.set(e.kind,e);continue}let expected=ONCE.has(e.kind)?`each milestone once (first at ${first.at})`:`${e.kind} once per resolution (first at ${first.at}; after a reopened entry it may come again)`;problems.push({type:"twice",index:e.index,other:first.index,key:key("twice",first,e),message:`Unexpected second ${e.kind} at ${e.at}, expected ${expected}`})}let keys=new Set;for(let cycle of cycles)for(let chain of CHAINS){let previous;for(let kind of chain.kinds){let found2=once.get(kind)??cycle.get(kind);if(found2?.ms===void 0)continue;let[a,b]=[previous,found2];if(previous=b,a===void 0||a.ms<=b.ms)continue;let k=key("order",a,b);keys.has(k)||(keys.add(k),problems.push({type:"order",index:Math.max(a.index,b.index),other:Math.min(a.index,b.index),key:k,message:`Unexpected ${b.kind} at ${b.at} before ${a.kind} at ${a.at}, expected ${chain.expected}`}))}}if(now!==void 0)for(let e of entries)e.ms===void 0||e.ms<=now+CLOCK_SKEW_MS||problems.push({type:"future",index:e.index,key:key("future",e),message:`Unexpected ${e.kind} at ${e.at} in the future, expected a time already past (a minute of clock skew is allowed)`});return problems}var byTime=(a,b)=>(a.ms??1/0)-(b.ms??1/0)||a.index-b.index;function inOrder(entries){for(let i=1;i<entries.length;i++)if(byTime(entries[i-1],entries[i])>0)return!1;return!0}function key(type,...entries){return[type,...entries.flatMap(e=>[e.kind,e.at])].join("	")}var rule5={id:"timeline-order",doc:"Milestones come in order (started, detected, acknowledged; declared after detected; started, mitigated, recovered, resolved), each at most once (mitigated, recovered and resolved once per resolution), and no entry is in the future.",kind:"postmortem",live:!0,check(ctx){for(let p of timelineProblems(asArray(ctx.data.timeline),ctx.now))ctx.report({message:p.message,path:["timeline",p.index,p.type==="twice"?"kind":"at"]})},examples:[{text:`---
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
`,messages:["25:11 warning Unexpected second detected at 2026-03-01T12:02:00Z, expected each milestone once (first at 2026-03-01T10:05:00Z)","33:9 warning Unexpected note at 2026-03-10T12:05:00Z in the future, expected a time already past (a minute of clock skew is allowed)"]}]};function isDeclared(data2){return typeof data2.status=="string"&&data2.status!=="investigating"?!0:asArray(data2.timeline).some(entry=>asRecord(entry)?.kind==="declared")}var rule6={id:"roles",doc:"A declared incident has an incident commander, and the two most severe levels also a scribe.",kind:"postmortem",live:!0,check(ctx){if(!isDeclared(ctx.data))return;let roles=asRecord(ctx.data.roles);if(ctx.data.roles!==void 0&&ctx.data.roles!==null&&!roles)return;(roles?.incident_commander===void 0||roles.incident_commander===null)&&ctx.report({message:"Missing incident commander, expected roles.incident_commander once the incident is declared",path:["roles"],part:"key"});let severity=ctx.data.severity;typeof severity=="string"&&ctx.config.severities.slice(0,2).includes(severity)&&(roles?.scribe===void 0||roles.scribe===null)&&ctx.report({message:`Missing scribe, expected roles.scribe for a ${severity} incident`,path:["roles"],part:"key"})},examples:[{text:`---
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
`,messages:["2:1 error Missing incident commander, expected roles.incident_commander once the incident is declared"]}]};var IMPERATIVE_VERBS=new Set(["accept","add","adjust","adopt","agree","alert","align","allow","analyse","analyze","announce","apply","approve","archive","ask","assess","assign","audit","automate","avoid","back","backfill","backport","block","brief","build","bump","cache","calculate","cap","capture","change","check","clarify","clean","clear","close","collect","communicate","compare","complete","configure","confirm","consolidate","contact","convert","coordinate","correct","cover","create","deduplicate","define","delete","deliver","deploy","deprecate","design","detect","determine","develop","disable","discuss","document","double","downgrade","draft","drop","educate","eliminate","email","emit","enable","encrypt","enforce","ensure","escalate","establish","estimate","evaluate","exclude","expand","explore","expose","extend","extract","fail","file","finalize","finalise","find","fix","flag","follow","force","fork","gate","gather","generate","give","handle","harden","hire","hold","identify","implement","improve","include","increase","inform","install","instrument","integrate","introduce","investigate","isolate","keep","kill","label","launch","learn","limit","link","load","lock","log","lower","maintain","make","manage","map","mark","measure","merge","migrate","mitigate","monitor","move","notify","obtain","onboard","open","optimize","optimise","organize","organise","overhaul","page","patch","pause","pin","plan","populate","practice","practise","prepare","present","prevent","prioritize","prioritise","probe","produce","profile","prohibit","propose","protect","prototype","provide","provision","prune","publish","purge","put","queue","raise","rate-limit","reach","rebuild","reconfigure","record","reduce","refactor","refine","reject","release","remove","rename","reorganize","repair","replace","replicate","report","reproduce","request","require","research","reserve","reset","resize","resolve","restart","restore","restrict","restructure","retire","retry","revert","review","revise","revisit","revoke","rewrite","roll","rollback","rotate","run","scale","schedule","scope","secure","send","separate","set","share","ship","show","shorten","shrink","simplify","simulate","sort","spike","split","stabilize","stabilise","standardize","standardise","start","stop","store","streamline","strengthen","study","submit","supply","support","suppress","switch","sync","synchronize","tag","teach","test","throttle","tighten","track","train","transfer","triage","trigger","tune","turn","understand","unify","uninstall","unpin","update","upgrade","use","validate","verify","version","watch","wire","write","bring","embed","feed","proceed","seed","shed","speed","spring","string","succeed"]),NOT_VERBS=new Set(["a","an","the","this","that","these","those","our","we","i","it","they","their","its","my","some","all","any","each","every","more","less","better","new","no","not","missing","lack","for","to","of","in","on","at","by","with","without","from","about","after","before","and","or","runbook","runbooks","postmortem","documentation","docs","alerting","monitoring","tests","todo","tbd","should","must","need","needs","maybe","possibly"]);function startsWithVerb(title){let word=/^[\p{L}'-]+/u.exec(title.trim())?.[0]?.toLowerCase();return word?IMPERATIVE_VERBS.has(word)?!0:NOT_VERBS.has(word)?!1:!/(?:ing|ed)$/.test(word):!1}var SUGGESTED_VERB={prevent:"Add",detect:"Alert",mitigate:"Automate",process:"Write"},isPending=status=>status!=="done"&&status!=="wont-do",rule7={id:"action-items",doc:"Action items have unique ids, verb-first titles, and an owner and due date until done; a closed incident has some, or no_action_items says why not.",kind:"postmortem",check(ctx){let items=asArray(ctx.data.action_items);items.length===0&&ctx.data.status==="closed"&&(ctx.data.no_action_items===void 0||ctx.data.no_action_items===null)&&ctx.report({message:"Missing action items, expected at least one, or no_action_items: <why none>",path:["action_items"],part:"key"});let seen=new Map;items.forEach((entry,i)=>{let item=asRecord(entry);if(!item)return;let name=typeof item.id=="string"?item.id:`#${i+1}`;if(typeof item.id=="string"){let first=seen.get(item.id);if(first===void 0)seen.set(item.id,i);else{let line=ctx.lineOf(["action_items",first,"id"]);ctx.report({message:`Unexpected duplicate action item id "${item.id}", expected unique ids${line?` (first at line ${line})`:""}`,path:["action_items",i,"id"]})}}if(typeof item.title=="string"&&item.title.trim()!==""&&!startsWithVerb(item.title)){let verb2=SUGGESTED_VERB[String(item.type)]??"Write";ctx.report({message:`Unexpected action item title "${item.title}", expected it to start with a verb, like "${verb2} ..."`,path:["action_items",i,"title"]})}isPending(item.status)&&((item.owner===void 0||item.owner===null)&&ctx.report({message:`Missing owner for action item ${name}, expected owner: <the one person responsible>`,path:["action_items",i]}),(item.due===void 0||item.due===null)&&ctx.report({message:`Missing due date for action item ${name}, expected due: YYYY-MM-DD`,path:["action_items",i]}))})},examples:[{text:`---
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
`,messages:['10:12 warning Unexpected action item title "Runbook for Mesos", expected it to start with a verb, like "Write ..."',"14:5 warning Missing owner for action item AI-1, expected owner: <the one person responsible>","14:5 warning Missing due date for action item AI-1, expected due: YYYY-MM-DD",'14:9 warning Unexpected duplicate action item id "AI-1", expected unique ids (first at line 9)']}]};var DATE2=new RegExp(DATE_PATTERN),REVIEWED=new Set(["approved","published"]);function today(now,timezone){(now!==todaysNow||todays.size>1e3)&&(todays.clear(),todaysNow=now);let zone=typeof timezone=="string"?timezone:void 0,date=todays.get(zone);return date===void 0&&(date=zone!==void 0&&isValidTimeZone(zone)?localDate(now,zone):new Date(now).toISOString().slice(0,10),todays.set(zone,date)),date}var todaysNow,todays=new Map,rule8={id:"postmortem-process",doc:"A closed incident names its post-mortem owner; a post-mortem past its due date should be approved or published.",kind:"postmortem",check(ctx){let pm=asRecord(ctx.data.postmortem);if(ctx.data.postmortem!==void 0&&ctx.data.postmortem!==null&&!pm)return;ctx.data.status==="closed"&&(pm?.owner===void 0||pm.owner===null)&&ctx.report({message:"Missing post-mortem owner, expected postmortem.owner once the incident is closed",path:["postmortem"],part:"key"});let due=pm?.due;if(typeof due=="string"&&DATE2.test(due)&&!REVIEWED.has(pm?.status)&&due<today(ctx.now,ctx.data.timezone)){let still=typeof pm?.status=="string"?`still ${pm.status}`:"not yet approved";ctx.report({message:`Unexpected post-mortem ${still} after its due date ${due}, expected it approved or published`,path:["postmortem","due"],severity:"warning"})}},examples:[{text:`---
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
`,messages:["8:1 error Missing post-mortem owner, expected postmortem.owner once the incident is closed","9:8 warning Unexpected post-mortem not yet approved after its due date 2026-03-09, expected it approved or published"]}]};var RECOMMENDED="Lessons learned";function written(ctx,section,template){return isWritten(ctx,section,template)||section.children.some(child=>written(ctx,child,void 0))}function checkSection(ctx,name,severity){let found2=findSections(ctx.body.sections,name,isPublicSummary),template=templateSection(ctx,name);if(found2.some(section=>written(ctx,section,template)))return;let[first]=found2;ctx.report(first?{message:`Unexpected empty section "${name}", expected ${purposeOf(name)}`,...at(first),severity}:{message:`Missing section "${name}", expected a heading such as ${headingHint(name)}`,...bodyStart(ctx.text),severity})}var FRONTMATTER=`---
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
`,messages:[`11:1 error Missing section "What we are doing about this" in the public summary, expected a heading such as "### What we are doing about this" (or What we're doing about it, What are we doing about this)`]}]};function check2(ctx,section,name){let found2=findSections(section.children,name);if(found2.length===0){ctx.report({message:`Missing section "${name}" in the public summary, expected a heading such as ${headingHint(name,section.heading.depth+1)}`,...at(section)});return}let template=templateSection(ctx,name,templatePublic);found2.some(s=>isWritten(ctx,s,template))||ctx.report({message:`Unexpected empty section "${name}", expected ${purposeOf(name)}`,...at(found2[0])})}var FRONTMATTER3=`---
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
`,messages:['20:1 error Unexpected name "Alice Example" in public output (render --audience public line 3), expected no names of people ("Alice Example" is in roles.incident_commander; a vendor or team goes in allow: in .incident.yml)','20:43 error Unexpected name "bob" in public output (render --audience public line 3), expected no names of people ("bob" is in timeline[0].by; a vendor or team goes in allow: in .incident.yml)','20:51 error Unexpected name "bob" in public output (render --audience public line 3), expected no names of people ("bob" is in timeline[0].by; a vendor or team goes in allow: in .incident.yml)',`20:51 error Unexpected email address "bob@acme.com" in public output (render --audience public line 3), expected no email addresses or internal hosts (the company's own public domains go in public_domains: in .incident.yml)`,`21:1 error Unexpected internal URL "https://grafana.internal.acme" in public output (render --audience public line 4), expected no email addresses or internal hosts (the company's own public domains go in public_domains: in .incident.yml)`,'21:46 error Unexpected private IP address "10.0.0.7" in public output (render --audience public line 4), expected no secrets or internal addresses']}]};var RULES=[rule,rule2,rule3,rule4,rule5,rule6,rule7,rule8,rule9,rule10,rule11];var import_node_fs=require("node:fs"),import_node_path2=require("node:path");var COLOR_KEYS=["accent","operational","degraded","partial","major","maintenance"],HTTP=/^https?:\/\/[^\s"'<>`\\]+$/i,COLOR=/^#(?:[0-9a-fA-F]{3}){1,2}$/,isMap=v=>typeof v=="object"&&v!==null&&!Array.isArray(v);function siteUrl(v,wrong){if(typeof v!="string"||!HTTP.test(v.trim()))throw wrong("site_url","an absolute http(s) URL such as https://status.example.com/");return v.trim().replace(/\/*$/,"/")}function siteConfig(v,wrong){if(!isMap(v))throw wrong("site","a map with title, logo, links and colors");let out2={links:{},colors:{}};for(let[key2,x]of Object.entries(v))if(key2==="title"){if(typeof x!="string"||!x.trim())throw wrong("site.title","a non-empty string");out2.title=x}else if(key2==="logo"){if(typeof x!="string"||!HTTP.test(x.trim()))throw wrong("site.logo","an absolute http(s) URL of an image");out2.logo=x.trim()}else if(key2==="links"){if(!isMap(x)||!Object.values(x).every(u=>typeof u=="string"&&HTTP.test(u.trim())))throw wrong("site.links","a map of labels to http(s) URLs");out2.links=Object.fromEntries(Object.entries(x).map(([k,u])=>[k,String(u).trim()]))}else if(key2==="colors"){if(!(isMap(x)&&Object.entries(x).every(([k,c])=>COLOR_KEYS.includes(k)&&typeof c=="string"&&COLOR.test(c))))throw wrong("site.colors",`a map of ${COLOR_KEYS.join(", ")} to colours such as "#0969da"`);out2.colors={...x}}else throw wrong("site",`a map with title, logo, links and colors, not "${key2}"`);return out2}function statusPageConfig(v,defaults,wrong){if(!isMap(v))throw wrong("status_page","a map with components and severity_map");let out2={components:[...defaults.components],severity_map:{...defaults.severity_map}};for(let[key2,x]of Object.entries(v))if(key2==="components"){if(!Array.isArray(x)||!x.every(s=>typeof s=="string"&&s.trim()))throw wrong("status_page.components","a list of service names");out2.components=x.map(s=>s.trim())}else if(key2==="severity_map"){if(!(isMap(x)&&Object.values(x).every(s=>COMPONENT_STATUSES.includes(s))))throw wrong("status_page.severity_map",`a map of severity to one of ${COMPONENT_STATUSES.join(", ")}`);out2.severity_map={...out2.severity_map,...x}}else throw wrong("status_page",`a map with components and severity_map, not "${key2}"`);return out2}var isMap2=v=>typeof v=="object"&&v!==null&&!Array.isArray(v);function importConfig(raw,severities,wrong){if(!isMap2(raw))throw wrong("import","a map of source names (pagerduty, incident-io...) to their settings");let out2={};for(let[source,settings]of Object.entries(raw)){if(settings===null)continue;if(!isMap2(settings))throw wrong(`import.${source}`,"a map of settings such as severity_map and timezone");let map=settings.severity_map;if(map!=null){if(!isMap2(map))throw wrong(`import.${source}.severity_map`,"a map of <field>=<value> to a severity, e.g. priority=P1: SEV-1");for(let[key2,sev]of Object.entries(map))if(typeof sev!="string"||!severities.includes(sev))throw wrong(`import.${source}.severity_map.${key2}`,`one of ${severities.join(", ")}`)}let zone=settings.timezone;if(zone!=null&&(typeof zone!="string"||!isValidTimeZone(zone)))throw wrong(`import.${source}.timezone`,"an IANA time zone name such as Europe/Berlin");out2[source]={...settings}}return out2}var DEFAULT_CONFIG={incidents_dir:"incidents",templates_dir:"templates",severities:[...DEFAULT_SEVERITIES],default_severity:"SEV-3",required_sections:["Summary","Impact","Root cause and contributing factors","Resolution","What went well","What went wrong"],postmortem_due:{"SEV-1":{days:3},"SEV-2":{business_days:5},default:{business_days:10}},redact:[],allow:[],public_domains:[],site_title:"Incident history",site:{links:{},colors:{}},status_page:{components:[],severity_map:{"SEV-1":"major_outage","SEV-2":"partial_outage","SEV-3":"degraded_performance"}},github:{},people:{},issueops:{label:"incident",mirror:!1},evidence_max_bytes:10*1024*1024,review:{require_independent_approval:!0},working_hours:{start:"09:00",end:"18:00",days:["Mon","Tue","Wed","Thu","Fri"]},merge_driver:"auto",import:{}},MERGE_DRIVER_MODES=["auto","warn","off"],WEEKDAYS=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],CLOCK2=/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/,PUBLIC_DOMAIN=/^(?:\*\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\.?$/;function resolveConfig(raw,file2=".incident.yml"){if(raw==null)return{...DEFAULT_CONFIG};if(typeof raw!="object"||Array.isArray(raw))throw new DocumentError("Unexpected config, expected `key: value` settings",file2,1,1);let r=raw,config={...DEFAULT_CONFIG},str2=key2=>{if(r[key2]!==void 0){if(typeof r[key2]!="string"||r[key2]==="")throw wrong(key2,"a non-empty string");config[key2]=r[key2]}},list=key2=>{if(r[key2]===void 0)return;let v=r[key2];if(!Array.isArray(v)||v.length===0||!v.every(s=>typeof s=="string"&&s))throw wrong(key2,"a list of names");config[key2]=v},wrong=(key2,expected)=>new DocumentError(`Unexpected value for \`${key2}\`, expected ${expected}`,file2);if(str2("incidents_dir"),str2("templates_dir"),str2("timezone"),config.timezone!==void 0&&!isValidTimeZone(config.timezone))throw wrong("timezone",`an IANA time zone name such as ${zoneExamples(config.timezone)}, not "${config.timezone}"`);if(list("severities"),list("required_sections"),r.default_severity!==void 0?str2("default_severity"):config.severities.includes(config.default_severity)||(config.default_severity=config.severities[Math.floor((config.severities.length-1)/2)]),!config.severities.includes(config.default_severity))throw wrong("default_severity",`one of ${config.severities.join(", ")}`);if(str2("site_title"),r.site_url!==void 0&&(config.site_url=siteUrl(r.site_url,wrong)),r.site!==void 0&&(config.site=siteConfig(r.site,wrong)),r.status_page!==void 0&&(config.status_page=statusPageConfig(r.status_page,DEFAULT_CONFIG.status_page,wrong)),r.redact!==void 0){if(!Array.isArray(r.redact)||!r.redact.every(t=>typeof t=="string"&&t.trim()))throw wrong("redact","a list of terms");config.redact=r.redact}if(r.allow!==void 0){if(!Array.isArray(r.allow)||!r.allow.every(t=>typeof t=="string"&&t.trim()))throw wrong("allow","a list of words or names");config.allow=r.allow}if(r.public_domains!==void 0){let v=r.public_domains;if(!Array.isArray(v)||!v.every(d=>typeof d=="string"&&PUBLIC_DOMAIN.test(d.trim())))throw wrong("public_domains","a list of domain names such as status.example.com");config.public_domains=v.map(d=>d.trim().toLowerCase().replace(/^\*\./,"").replace(/\.$/,""))}let stringMap=(key2,allowed)=>{let v=r[key2];if(v===void 0)return;if(!(typeof v=="object"&&v!==null&&!Array.isArray(v)&&Object.entries(v).every(([k,x])=>typeof x=="string"&&x!==""&&(!allowed||allowed.includes(k)))))throw wrong(key2,allowed?`a map with ${allowed.join(", ")}`:"a map of names to GitHub logins");config[key2]={...v}};if(stringMap("github",["repo","api_url"]),stringMap("people"),r.evidence_max_bytes!==void 0){if(!Number.isInteger(r.evidence_max_bytes)||r.evidence_max_bytes<=0)throw wrong("evidence_max_bytes","a positive number of bytes");config.evidence_max_bytes=r.evidence_max_bytes}if(r.review!==void 0){let v=r.review;if(!(typeof v=="object"&&v!==null&&!Array.isArray(v)&&Object.entries(v).every(([k,x])=>k==="require_independent_approval"&&typeof x=="boolean")))throw wrong("review","a map with require_independent_approval: true or false");config.review={...DEFAULT_CONFIG.review,...v}}if(r.issueops!==void 0){let v=r.issueops;if(!(typeof v=="object"&&v!==null&&!Array.isArray(v)&&Object.entries(v).every(([k,x])=>k==="label"&&typeof x=="string"&&x.trim()!==""||k==="mirror"&&typeof x=="boolean")))throw wrong("issueops","a map with label: <label name> and mirror: true or false");config.issueops={...DEFAULT_CONFIG.issueops,...v}}if(r.working_hours!==void 0&&(config.working_hours=workingHours(r.working_hours,wrong)),r.import!==void 0&&r.import!==null&&(config.import=importConfig(r.import,config.severities,wrong)),r.merge_driver!==void 0){if(!MERGE_DRIVER_MODES.includes(r.merge_driver))throw wrong("merge_driver",`one of ${MERGE_DRIVER_MODES.join(", ")}`);config.merge_driver=r.merge_driver}if(r.postmortem_due!==void 0){let due=r.postmortem_due;if(typeof due!="object"||due===null||Array.isArray(due))throw wrong("postmortem_due","a map of severity to {days} or {business_days}");for(let[sev,rule12]of Object.entries(due))if(!(typeof rule12=="object"&&rule12!==null&&Object.entries(rule12).every(([k,n])=>(k==="days"||k==="business_days")&&Number.isInteger(n)&&n>=0)))throw wrong(`postmortem_due.${sev}`,"{days: N} or {business_days: N}");config.postmortem_due={...DEFAULT_CONFIG.postmortem_due,...due}}return config}function workingHours(v,wrong){if(typeof v!="object"||v===null||Array.isArray(v))throw wrong("working_hours","a map with start, end, days and timezone");let out2={...DEFAULT_CONFIG.working_hours};for(let[key2,x]of Object.entries(v))if(key2==="start"||key2==="end"){if(typeof x!="string"||!CLOCK2.test(x))throw wrong(`working_hours.${key2}`,'a time of day as "HH:MM" (quoted), such as "09:00"');out2[key2]=x}else if(key2==="days"){let names=WEEKDAYS;if(!Array.isArray(x)||x.length===0||!x.every(d=>typeof d=="string"&&names.includes(d)))throw wrong("working_hours.days",`a list of days among ${WEEKDAYS.join(", ")}`);out2.days=x}else if(key2==="timezone"){if(typeof x!="string"||!isValidTimeZone(x))throw wrong("working_hours.timezone",`an IANA time zone name such as ${zoneExamples(String(x))}`);out2.timezone=x}else throw wrong("working_hours",`a map with start, end, days and timezone, not "${key2}"`);if(out2.start>=out2.end)throw wrong("working_hours",`a start before the end, not ${out2.start} to ${out2.end}`);return out2}function nearest(typed,known2,max=3){let needle=typed.toLowerCase(),scored=[];for(let name of known2){let lower=name.toLowerCase();if(lower===needle)continue;if(needle.length>=3&&lower.includes(needle)){scored.push({name,score:-1/lower.length});continue}let slug=lower.replace(/^\d{4}-\d{2}-\d{2}-/,""),limit=Math.max(2,Math.floor(needle.length/3)),d=Math.min(distance(needle,lower,limit),slug===lower?1/0:distance(needle,slug,limit));d<=limit&&scored.push({name,score:d})}return scored.sort((a,b)=>a.score-b.score||(a.name<b.name?1:a.name>b.name?-1:0)).slice(0,max).map(s=>s.name)}function distance(a,b,limit=1/0){if(Math.abs(a.length-b.length)>limit)return 1/0;let before=new Array(b.length+1).fill(0),previous=Array.from({length:b.length+1},(_,j)=>j),current=new Array(b.length+1).fill(0);for(let i=1;i<=a.length;i++){current[0]=i;let best=i;for(let j=1;j<=b.length;j++){let cost=a[i-1]===b[j-1]?0:1,d=Math.min(previous[j]+1,current[j-1]+1,previous[j-1]+cost);i>1&&j>1&&a[i-1]===b[j-2]&&a[i-2]===b[j-1]&&(d=Math.min(d,before[j-2]+1)),current[j]=d,d<best&&(best=d)}if(best>limit)return 1/0;[before,previous,current]=[previous,current,before]}return previous[b.length]<=limit?previous[b.length]:1/0}function readFlow(s,place){let reader=new FlowReader(s,place),value=reader.node(0);return value===void 0||reader.p!==s.length?void 0:{value,maps:reader.maps}}var FAIL=void 0,FlowReader=class{constructor(s,place){this.s=s;this.place=place}s;place;p=0;maps=!1;spaces(){for(;this.s.charCodeAt(this.p)===32;)this.p++}node(depth){let c=this.s.charCodeAt(this.p);return c===91?depth<16?this.seq(depth):FAIL:c===123?depth<16?this.map(depth):FAIL:c===34||c===39?this.quoted(c):this.plain()}next(close){this.spaces();let c=this.s.charCodeAt(this.p);return c===close?(this.p++,!0):c!==44?FAIL:(this.p++,this.spaces(),this.s.charCodeAt(this.p)!==close?!1:(this.p++,!0))}seq(depth){let out2=[];if(this.p++,this.spaces(),this.s.charCodeAt(this.p)===93)return this.p++,out2;for(;;){let at2=this.p,value=this.node(depth+1);if(value===FAIL)return FAIL;this.place?.(out2,out2.length,at2),out2.push(value);let done=this.next(93);if(done===FAIL)return FAIL;if(done)return out2}}map(depth){let out2={};if(this.p++,this.spaces(),this.s.charCodeAt(this.p)===125)return this.p++,out2;for(this.maps=!0;;){let keyAt=this.p,key2=this.key();if(key2===FAIL||key2==="__proto__"||Object.hasOwn(out2,key2))return FAIL;this.spaces();let at2=this.p,value=this.node(depth+1);if(value===FAIL)return FAIL;this.place?.(out2,key2,at2,keyAt),out2[key2]=value;let done=this.next(125);if(done===FAIL)return FAIL;if(done)return out2}}key(){let s=this.s,start=this.p,i=start;for(;i<s.length;i++){let c=s.charCodeAt(i);if(c===58)break;if(c===44||c===91||c===93||c===123||c===125||c===35||c<32||c===127)return FAIL}if(s.charCodeAt(i+1)!==32)return FAIL;let key2=s.slice(start,i);return isPlainKey(key2)?(this.p=i+1,key2):FAIL}quoted(q){let re=q===34?DOUBLE:SINGLE;re.lastIndex=this.p;let m=re.exec(this.s);return m?(this.p+=m[0].length,inlineValue(m[0])):FAIL}plain(){let s=this.s,start=this.p,i=start;for(;i<s.length;i++){let c=s.charCodeAt(i);if(c===44||c===93||c===125)break;if(c===91||c===123||c===35||c===9)return FAIL}let end=i;for(;end>start&&s.charCodeAt(end-1)===32;)end--;if(end===start)return FAIL;this.p=i;let value=inlineValue(s.slice(start,end));return Array.isArray(value)?FAIL:value}},DOUBLE=/"(?:[^"\\]|\\["\\/tn])*"/y,SINGLE=/'(?:[^']|'')*'/y,SPECIAL_KEYS2=new Set(["true","True","TRUE","false","False","FALSE","null","Null","NULL"]),KEY_INDICATORS=new Set([..."-?:,[]{}#&*!|>'\"%@` 	"].map(ch=>ch.charCodeAt(0)));function isPlainKey(key2){let n=key2.length;if(n===0||n>1e3)return!1;let c=key2.charCodeAt(0);if(KEY_INDICATORS.has(c))return!1;let last=key2.charCodeAt(n-1);if(last===32||last===58)return!1;let common=!0;for(let i=0;i<n;i++){let k=key2.charCodeAt(i);if(k<32||k===127||k===35&&key2.charCodeAt(i-1)===32||k===58&&key2.charCodeAt(i+1)===32)return!1;k>127&&!isLatinKeyChar(k)&&(common=!1)}return!common&&notKeyChar().test(key2)||key2.startsWith("...")||key2.startsWith("---")?!1:c>=48&&c<=57||c===43||c===46||c===126?inlineValue(key2)===key2:!(n<=5&&SPECIAL_KEYS2.has(key2))}var isLatinKeyChar=k=>k>=161&&k<=591&&k!==173,NOT_KEY_CHAR,notKeyChar=()=>NOT_KEY_CHAR??=/[^\x20-\x7e\p{L}\p{M}\p{N}\p{P}\p{S}]/u;function indexInSorted(sorted,value){let lo=0,hi=sorted.length-1;for(;lo<=hi;){let mid=lo+hi>>>1,here=sorted[mid];if(here===value)return mid;here<value?lo=mid+1:hi=mid-1}return-1}function lastAtOrBefore(sorted,value){let lo=0,hi=sorted.length-1;for(;lo<hi;){let mid=lo+hi+1>>1;sorted[mid]<=value?lo=mid:hi=mid-1}return lo}function lineColumnAt(doc,offset){let line=lastAtOrBefore(doc.lineStarts,offset);return{line,column:offset-(doc.lineStarts[line]??0)}}function placeAt(doc,path){let container=doc.data;for(let i=0;i<path.length-1;i++){if(typeof container!="object"||container===null)return;container=container[path[i]]}if(!(typeof container!="object"||container===null||path.length===0))return doc.places?.get(container,path[path.length-1])}var Places=class{log;size=0;index;searches=0;constructor(lines){this.log=new Array(Math.min(6*lines+8,MAX_PRESIZED))}add(container,entry,value,key2){let log=this.log,n=this.size;log[n++]=container,log[n++]=entry,log[n++]=key2,log[n++]=value,this.size=n}get(container,entry){let log=this.log;if(!this.index&&this.searches++<SEARCHES_BEFORE_INDEX){for(let i=this.size-4;i>=0;i-=4)if(log[i]===container&&log[i+1]===entry)return placeOf(log[i+2],log[i+3]);return}if(!this.index){this.index=new Map;for(let i=0;i<this.size;i+=4){let own=this.index.get(log[i]);own||this.index.set(log[i],own=new Map),own.set(log[i+1],placeOf(log[i+2],log[i+3]))}}return this.index.get(container)?.get(entry)}},MAX_PRESIZED=16384,SEARCHES_BEFORE_INDEX=16,placeOf=(key2,value)=>key2===void 0?{value}:{key:key2,value},SKIP=-1,REFUSED=-2,Lines2=class{constructor(text){this.text=text;let starts=this.starts=[],ends=this.ends=[],indents=this.indents=[];for(let start=0;start<text.length;){let nl=text.indexOf(`
`,start),end=nl===-1?text.length:nl;if(end>start&&text.charCodeAt(end-1)===13&&end--,starts.push(start),ends.push(end),indents.push(indentOf(text,start,end)),nl===-1)break;start=nl+1}this.oddBreaks=text.includes("\u2028")||text.includes("\u2029")}text;starts;ends;indents;oddBreaks;colon=-1;colonAsked=0;hash=-1;hashAsked=0;tab=-1;tabAsked=0;backslash=-1;backslashAsked=0;colonFrom(at2){return(at2<this.colonAsked||at2>this.colon)&&(this.colon=found(this.text.indexOf(":",this.colonAsked=at2),this.text)),this.colon}hashFrom(at2){return(at2<this.hashAsked||at2>this.hash)&&(this.hash=found(this.text.indexOf("#",this.hashAsked=at2),this.text)),this.hash}tabFrom(at2){return(at2<this.tabAsked||at2>this.tab)&&(this.tab=found(this.text.indexOf("	",this.tabAsked=at2),this.text)),this.tab}backslashFrom(at2){return(at2<this.backslashAsked||at2>this.backslash)&&(this.backslash=found(this.text.indexOf("\\",this.backslashAsked=at2),this.text)),this.backslash}get length(){return this.starts.length}next(k){return k+1<this.starts.length?this.starts[k+1]:this.text.length}at(k){return this.text.slice(this.starts[k],this.ends[k])}isDash(k){return isDashAt(this.text,this.starts[k]+this.indents[k],this.ends[k])}keyAt(at2,end){let text=this.text,colon=this.colonFrom(at2);if(colon>=end)return;let c=text.charCodeAt(at2),length=colon-at2;if(length>0&&length<32&&c<128&&(colon+1===end||text.charCodeAt(colon+1)===32)){let known2=knownKeys[c<<5|length];if(known2!==void 0&&sameAfterFirst(text,at2,known2))return this.oddBreaks&&ODD_BREAK.test(text.slice(at2,end))?void 0:known2}let length2=this.keyLength(at2,end);return length2===-1?void 0:keyOf(text,at2,length2)}keyLength(at2,end){let text=this.text,i=at2,c=i<end?text.charCodeAt(i):0;if(c>=97&&c<=122||c>=65&&c<=90||c===95)for(i++;i<end&&(c=text.charCodeAt(i),c>=97&&c<=122||c>=65&&c<=90||c===95||c>=48&&c<=57||c===45);i++);if(i===at2||text.charCodeAt(i)!==58||i+1<end&&text.charCodeAt(i+1)!==32){let s=text.slice(at2,end);return i=s.indexOf(": "),i===-1&&(i=s.charCodeAt(s.length-1)===58?s.length-1:-1),i<=0||!isPlainKey(s.slice(0,i))||this.oddBreaks&&ODD_BREAK.test(s)?-1:i}return this.oddBreaks&&ODD_BREAK.test(text.slice(at2,end))?-1:i-at2}},ODD_BREAK=/[\r\u2028\u2029]/,found=(index,text)=>index===-1?text.length:index,isDashAt=(text,at2,end)=>text.charCodeAt(at2)===45&&(at2+1===end||text.charCodeAt(at2+1)===32);function indentOf(text,start,end){let i=start;for(;i<end&&text.charCodeAt(i)===32;)i++;let c=text.charCodeAt(i);return i<end&&c===9||i<end&&(c===11||c===12||c===13||c>=128&&/\s/.test(text[i]))?REFUSED:i===end||c===35?SKIP:i-start}var NOTHING=Symbol("nothing"),ELSEWHERE=Symbol("elsewhere");function inlineAt(lines,v,end){if(v===end)return NOTHING;let text=lines.text,c=text.charCodeAt(v);if(c===35)return NOTHING;if(c===39)return lines.oddBreaks?ELSEWHERE:singleQuotedAt(text,v,end);if(c===34)return doubleQuotedAt(lines,v,end);if(c===91||c===123||c===124||c===62)return ELSEWHERE;let cut=end;for(let h=lines.hashFrom(v+1);h<end;h=lines.hashFrom(h+1)){let before=text.charCodeAt(h-1);if(before===32||before===9){cut=h-1;break}}if(lines.tabFrom(v)<cut)return plainWithTab(text,v,end);for(let k=lines.colonFrom(v);k<cut;k=lines.colonFrom(k+1)){let after=k+1<end?text.charCodeAt(k+1):32;if(after===32||after===9)return}let last=cut-1;for(;text.charCodeAt(last)===32;)last--;return plainScalar(text.slice(v,last+1))}function plainWithTab(text,v,end){let last=v,tab=-1;for(let k=v;k<end;k++){let d=text.charCodeAt(k);if(d===32||d===9){if(k+1<end&&text.charCodeAt(k+1)===35)break;d===9&&tab===-1&&(tab=k)}else if(last=k,d===58){let after=k+1<end?text.charCodeAt(k+1):32;if(after===32||after===9)return}}if(!(tab!==-1&&tab<last))return plainScalar(text.slice(v,last+1))}function endsAfter(text,q,end){let r=q+1;for(;r<end&&(text.charCodeAt(r)===32||text.charCodeAt(r)===9);)r++;return r===end||r>q+1&&text.charCodeAt(r)===35}function singleQuotedAt(text,v,end){let q=text.indexOf("'",v+1);if(q===-1||q>=end)return ELSEWHERE;let second=text.charCodeAt(v+1);return q+1<end&&text.charCodeAt(q+1)===39||second===32||second===9?ELSEWHERE:endsAfter(text,q,end)?text.slice(v+1,q):ELSEWHERE}function doubleQuotedAt(lines,v,end){let text=lines.text,q=text.indexOf('"',v+1);if(q===-1||q>=end||!endsAfter(text,q,end)||lines.backslashFrom(v+1)<q)return ELSEWHERE;for(let k=q+1;k<end;k++)if(text.charCodeAt(k)===34)return ELSEWHERE;return text.slice(v+1,q)}function parseSimpleYaml(text,options={}){if(text.includes("\r")&&/\r(?!\n)/.test(text))return;let lines=new Lines2(text),{starts,ends,indents}=lines,root={indent:0,kind:"map",value:{}},places=options.places?new Places(lines.length):void 0,stack=[root],seqs=new Map,flowMaps=!1,flow=(valueText,at2)=>{let read=readFlow(valueText,places&&((container,entry,value,key2)=>places.add(container,entry,at2+value,key2===void 0?void 0:at2+key2)));return read?.maps&&(flowMaps=!0),read?.value},pending,pendingKey="",pendingKeyAt=0,pendingNullAt=0;for(let i=0;i<starts.length;i++){let indent=indents[i];if(indent===SKIP)continue;if(indent===REFUSED)return;let lineStart=starts[i],end=ends[i],at2=lineStart+indent,dash=isDashAt(text,at2,end),key2,keyRead=!1;if(pending){let frame2=pending,map2=frame2.value;if(pending=void 0,dash&&indent>=frame2.indent){let layout2=frame2===root?{indent,items:[],end:lineStart}:void 0;layout2&&seqs.set(pendingKey,layout2);let seq=[];map2[pendingKey]=seq,stack.push({indent,kind:"seq",value:seq,layout:layout2}),places?.add(map2,pendingKey,at2,pendingKeyAt)}else if(indent>frame2.indent&&(keyRead=!0,(key2=lines.keyAt(at2,end))!==void 0)){let child={};map2[pendingKey]=child,stack.push({indent,kind:"map",value:child}),places?.add(map2,pendingKey,at2,pendingKeyAt)}else{if(indent>frame2.indent)return;map2[pendingKey]=null,places?.add(map2,pendingKey,pendingNullAt,pendingKeyAt)}}for(;stack.length>1;){let top=stack[stack.length-1];if(indent<top.indent||top.kind==="seq"&&indent===top.indent&&!dash)stack.pop();else break}let frame=stack[stack.length-1],contentAt=at2;if(frame.kind==="seq"){if(indent!==frame.indent||!dash)return;for(frame.layout?.items.push(lineStart),contentAt=at2+1;text.charCodeAt(contentAt)===32;)contentAt++;let first=text.charCodeAt(contentAt);if(contentAt===end||isDashAt(text,contentAt,end)||first===35||startsWithSpace(text,contentAt))return;let items=frame.value;if(places?.add(items,items.length,contentAt),key2=lines.keyAt(contentAt,end),key2===void 0){if(isBlockHeader(first))return;let value2=inlineAt(lines,contentAt,end);if(value2===ELSEWHERE){let valueText=stripComment(text.slice(contentAt,end));value2=isFlow(valueText.charCodeAt(0))?flow(valueText,contentAt):inlineValue(valueText)}if(value2===void 0)return;if(continues(lines,i,indent)){let content=text.slice(contentAt,end),wrapped=plainLines(lines,i,indent,content,stripComment(content));if(!wrapped)return;value2=wrapped.value,i=wrapped.last}items.push(value2),markEnd(stack,lines.next(i));continue}let item={indent:indent+contentAt-at2,kind:"map",value:{}};items.push(item.value),stack.push(item),frame=item}else{if(indent!==frame.indent)return;if(keyRead||(key2=lines.keyAt(at2,end)),key2===void 0)return}if(key2.length<=5&&maybeSpecial(key2)&&SPECIAL_KEYS3.has(key2))return;let map=frame.value;if(key2==="__proto__"||Object.hasOwn(map,key2))return;let valueAt=contentAt+key2.length+1;for(;valueAt<end&&(text.charCodeAt(valueAt)===32||text.charCodeAt(valueAt)===9);)valueAt++;markEnd(stack,lines.next(i));let value=inlineAt(lines,valueAt,end);if(value===NOTHING){pending=frame,pendingKey=key2,pendingKeyAt=contentAt,pendingNullAt=valueAt;continue}if(places?.add(map,key2,valueAt,contentAt),value===ELSEWHERE){let valueText=stripComment(text.slice(valueAt,end));if(isBlockHeader(valueText.charCodeAt(0))){let block=blockScalar(lines,i,frame.indent,valueText);if(!block)return;map[key2]=block.value,i=block.last,markEnd(stack,lines.next(i));continue}value=isFlow(valueText.charCodeAt(0))?flow(valueText,valueAt):inlineValue(valueText)}if(value===void 0)return;if(map[key2]=value,continues(lines,i,frame.indent)){let rest=text.slice(valueAt,end),wrapped=plainLines(lines,i,frame.indent,rest,stripComment(rest));if(!wrapped)return;map[key2]=wrapped.value,i=wrapped.last,markEnd(stack,lines.next(i))}}if(pending&&(pending.value[pendingKey]=null,places?.add(pending.value,pendingKey,pendingNullAt,pendingKeyAt)),Object.keys(root.value).length===0)return;let doc={data:root.value,seqs,places,lineStarts:starts};return flowMaps&&(doc.flowMaps=!0),doc}var SPECIAL_KEYS3=new Set(["true","True","TRUE","false","False","FALSE","null","Null","NULL"]),knownKeys=new Array(4096);function keyOf(text,at2,length){let c=text.charCodeAt(at2);if(length>=32||c>=128)return text.slice(at2,at2+length);let slot=c<<5|length,known2=knownKeys[slot];return known2!==void 0&&sameAfterFirst(text,at2,known2)?known2:knownKeys[slot]=text.slice(at2,at2+length)}function sameAfterFirst(text,at2,known2){for(let k=1;k<known2.length;k++)if(text.charCodeAt(at2+k)!==known2.charCodeAt(k))return!1;return!0}var maybeSpecial=key2=>{let c=key2.charCodeAt(0),d=key2.charCodeAt(1);return(c===116||c===84||c===102||c===70||c===110||c===78)&&(d===114||d===82||d===97||d===65||d===117||d===85)},startsWithSpace=(text,at2)=>{let c=text.charCodeAt(at2);return(c<=32||c>=128)&&/\s/.test(text[at2])},isBlockHeader=c=>c===124||c===62,isFlow=c=>c===91||c===123;function markEnd(stack,end){let layout2=stack.length>1?stack[1].layout:void 0;layout2&&(layout2.end=end)}function continues(lines,i,indent){for(let j=i+1;j<lines.length;j++)if(lines.indents[j]!==SKIP)return lines.indents[j]>indent&&!lines.isDash(j);return!1}function plainLines(lines,i,parentIndent,rest,first){let c=first.charCodeAt(0),quotedOrFlow=c===34||c===39||c===91||c===123;if(lines.oddBreaks||quotedOrFlow||trimEndSpaces(rest)!==first)return;let text=lines.text,value=first,last=i,breaks=0;for(let j=i+1;j<lines.length;j++){let start=lines.starts[j],end=lines.ends[j],at2=start;for(;at2<end&&text.charCodeAt(at2)===32;)at2++;if(at2===end){breaks++;continue}if(text.charCodeAt(at2)===35||at2-start<=parentIndent)break;let line=trimEndSpaces(text.slice(at2,end));if(!CONTINUATION.test(line))return;value+=(breaks===0?" ":`
`.repeat(breaks))+line,breaks=0,last=j}if(!(last===i||continues(lines,last,parentIndent)))return{value,last}}var CONTINUATION=/^(?!\.\.\.)[^-?:,[\]{}#&*!|>'"%@`\s](?:(?!: | #|\t).)*(?<!:)$/;function trimEndSpaces(s){let end=s.length;for(;end>0&&s.charCodeAt(end-1)===32;)end--;return end===s.length?s:s.slice(0,end)}function blockScalar(lines,i,parentIndent,header){let h=/^([|>])([-+]?)$/.exec(header);if(!h)return;let[,style,chomp]=h,body=[],contentIndent=-1,last=i;for(let j=i+1;j<lines.length;j++){let t=lines.at(j),indent=0;for(;t.charCodeAt(indent)===32;)indent++;if(indent===t.length){if(contentIndent===-1||t.length>contentIndent)return;body.push(""),last=j;continue}if(t.includes("	")||/\s/.test(t[indent]))return;if(indent<=parentIndent)break;if(contentIndent===-1&&(contentIndent=indent),indent<contentIndent||indent>contentIndent&&style===">")return;body.push(t.slice(contentIndent)),last=j}if(contentIndent===-1)return;let trailing=0;for(;body.length&&body[body.length-1]==="";)body.pop(),trailing++,last--;let text="";if(style==="|")text=body.join(`
`);else{let previousText=!1;for(let l of body)l===""?text+=`
`:text+=(previousText?" ":"")+l,previousText=l!==""}if(chomp==="-")return{value:text,last};if(chomp==="+"){let end=last+trailing,kept=trailing>0&&end===lines.length-1&&!lines.text.endsWith(`
`)?trailing-1:trailing;return{value:text+`
`+`
`.repeat(kept),last:end}}return{value:text+`
`,last}}var CONFIG_FILE=".incident.yml";function findRoot(cwd){let gitRoot;for(let dir=cwd;;dir=(0,import_node_path2.dirname)(dir)){if((0,import_node_fs.existsSync)(childPath(dir,CONFIG_FILE)))return dir;if(!gitRoot&&(0,import_node_fs.existsSync)(childPath(dir,".git"))&&(gitRoot=dir),(0,import_node_path2.dirname)(dir)===dir)return gitRoot??cwd}}async function openRepo(cwd,overrides={}){let root=findRoot(cwd),configPath=childPath(root,CONFIG_FILE);if(overrides.configFile&&(configPath=(0,import_node_path2.resolve)(cwd,overrides.configFile),!(0,import_node_fs.existsSync)(configPath)))throw new UsageError(`Unexpected config file "${overrides.configFile}", expected an existing file`);let config=await loadConfig(configPath,configPath===childPath(cwd,CONFIG_FILE)?CONFIG_FILE:(0,import_node_path2.relative)(cwd,configPath)||CONFIG_FILE),incidentsDir=overrides.incidentsDir?(0,import_node_path2.resolve)(cwd,overrides.incidentsDir):withoutTrailingSep(childPath(root,config.incidents_dir));return{root,cwd,config,incidentsDir}}var withoutTrailingSep=dir=>dir.length>1&&dir.endsWith(import_node_path2.sep)?dir.slice(0,-1):dir,ONLY_COMMENTS=/^(?:[ ]*(?:#[^\r\n]*)?\r?\n)*[ ]*(?:#[^\r\n]*)?$/;async function loadConfig(path,shown){if(!(0,import_node_fs.existsSync)(path))return resolveConfig(void 0);let text=(0,import_node_fs.readFileSync)(path,"utf8"),simple=parseSimpleYaml(text);if(simple)return resolveConfig(simple.data,shown);if(ONLY_COMMENTS.test(text))return resolveConfig(void 0);let{parseYamlFile}=await Promise.resolve().then(()=>__toESM(require_document(),1));return resolveConfig(parseYamlFile(text,shown),shown)}function incidentPath(repo,id){if(/[/\\]/.test(id)&&id.endsWith(".md")){let file2=(0,import_node_path2.resolve)(repo.cwd,id);if((0,import_node_path2.dirname)(file2)===(0,import_node_path2.resolve)(repo.incidentsDir))return file2;throw new UsageError(`Unexpected file "${id}", expected an incident id or a file in ${display(repo,repo.incidentsDir)||"."}/`)}if(!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)||id.includes(".."))throw new UsageError(`Unexpected incident id "${id}", expected a file name like 2026-03-01-database-outage`);return childPath(repo.incidentsDir,id.endsWith(".md")?id:`${id}.md`)}function display(repo,path){let below=withSep(repo.cwd);return path.startsWith(below)&&!path.includes(`${import_node_path2.sep}.`,below.length-1)?path.slice(below.length)||path:(0,import_node_path2.relative)(repo.cwd,path)||path}function listIncidentIds(repo){return incidentIdsIn(directoryNames(repo))}function directoryNames(repo){return(0,import_node_fs.existsSync)(repo.incidentsDir)?(0,import_node_fs.readdirSync)(repo.incidentsDir):[]}function incidentIdsIn(names){return incidentFiles(names,name=>name.slice(0,-3))}function listIncidentFiles(repo){let dir=withSep(repo.incidentsDir);return incidentFiles(directoryNames(repo),name=>dir+name)}function incidentFiles(names,as){let out2=[],sorted=!0;for(let name of names){if(!name.endsWith(".md")||name.startsWith("."))continue;let item=as(name);sorted&&out2.length>0&&!(out2[out2.length-1]<item)&&(sorted=!1),out2.push(item)}return sorted?out2:out2.sort()}function cloneStateDir(root){let git=(0,import_node_path2.join)(root,".git");return(0,import_node_fs.existsSync)(git)&&(0,import_node_fs.statSync)(git).isDirectory()?(0,import_node_path2.join)(git,"casefile"):void 0}function unknownIncident(repo,id){let typed=(0,import_node_path2.basename)(id).replace(/\.md$/,""),close=nearest(typed,listIncidentIds(repo)),hint=close.length?`; did you mean ${close.join(", ")}?`:"";return new UsageError(`Unknown incident "${id}": no file ${display(repo,incidentPath(repo,id))}${hint}`)}var import_node_fs2=require("node:fs"),import_node_path3=require("node:path");var incident_default=`## Summary

<!-- Two or three sentences: what happened, how long it lasted, how it was resolved. -->

## Impact

<!-- Who was affected and how, for how long; numbers where you have them (also in \`impact.figures\`). -->

## Root cause and contributing factors

<!-- What failed, why, and what made it worse. Blameless: describe systems and decisions, not people. -->

## Resolution

<!-- What stopped the impact and what restored service; temporary fixes and what remains to do. -->

## What went well

<!-- Tools, people and practices that helped: keep doing these. -->

## What went wrong

<!-- What slowed detection, response or recovery. Each point should lead to an action item or a lesson. -->

## Lessons learned

<!-- What the team now knows that it did not before; link the action items that follow from it. -->

## Public summary

<!-- Written for customers: no internal names, hostnames or people. Reviewed before publishing.
     Put a short summary here (what customers saw, when, now resolved), then fill in the two sections below. -->

### What happened

<!-- What customers experienced and why, in plain language, with times in UTC. -->

### What we are doing about this

<!-- The changes that prevent a repeat or reduce impact, without internal detail. -->
`;var postmortem_md_default=`{{!-- The internal post-mortem: everything in the incident file. Context: README "Templates". --}}
# {{#if drill}}[DRILL] {{/if}}{{inline title}}

{{#if drill}}
{{> drill}}

{{/if}}
{{> facts}}

{{#if body}}
{{body}}

{{/if}}
{{#if roles}}
## Roles

{{#each roles}}
- **{{inline label}}:** {{join names}}
{{/each}}

{{/if}}
{{#if impact.summary}}
## Impact in numbers

{{inline impact.summary}}

{{/if}}
{{#if impact.figures}}
{{#unless impact.summary}}
## Impact in numbers

{{/unless}}
{{#each impact.figures}}
- **{{inline label}}:** {{inline value}}
{{/each}}

{{/if}}
{{#if metrics}}
## Metrics

{{metrics_table metrics}}

{{/if}}
{{#if timeline}}
## Timeline

Times in {{inline timezone}}; ~ marks an approximate time.

{{#each timeline}}
- {{#if approx}}~{{/if}}{{#if new_day}}{{inline local_date}} {{/if}}{{inline local_time}} {{#if milestone}}**{{inline kind}}**{{else}}{{inline kind}}{{/if}}{{#if by}} ({{inline by}}){{/if}}: {{inline text}}
{{/each}}

{{/if}}
{{#if action_items}}
## Action items

{{#each action_items}}
- **{{inline id}}** {{inline title}} ({{#if type}}{{inline type}}, {{/if}}{{#if owner}}owner {{inline owner}}, {{/if}}{{#if due}}due {{inline due}}, {{/if}}{{#if status}}{{inline status}}{{else}}open{{/if}}{{#if reason}}: {{inline reason}}{{/if}}){{#if issue}} {{inline issue}}{{/if}}
{{/each}}
{{/if}}
`;var postmortem_html_default=`{{!-- The internal post-mortem as a page: everything in the incident file (render --format html, and each incident's page of the internal site, incident site). Tables come from the frontmatter as HTML; only the body someone wrote goes through the Markdown converter. --}}
<!DOCTYPE html>
<html lang="en">
<head>
{{> head}}
<title>{{#if drill}}[DRILL] {{/if}}{{title}}{{#if site}} \xB7 {{site.title}}{{/if}}</title>
</head>
<body>
{{#if site}}
<nav aria-label="Site"><a href="{{site.index}}" rel="index">&larr; {{site.title}}</a></nav>
{{/if}}
<main>
<article>
{{#if drill}}
{{> drill}}
{{/if}}
<h1>{{#if drill}}[DRILL] {{/if}}{{title}}</h1>
{{> facts}}
{{#if body}}
{{markdown body}}
{{/if}}
{{#if roles}}
<section>
<h2>Roles</h2>
<table>
<thead><tr><th scope="col">Role</th><th scope="col">Name</th></tr></thead>
<tbody>
{{#each roles}}
<tr><td>{{label}}</td><td>{{join names}}</td></tr>
{{/each}}
</tbody>
</table>
</section>
{{/if}}
{{#if impact.summary}}
<section>
<h2>Impact in numbers</h2>
<p>{{impact.summary}}</p>
{{#if impact.figures}}
<ul>
{{#each impact.figures}}
<li><strong>{{label}}:</strong> {{value}}</li>
{{/each}}
</ul>
{{/if}}
</section>
{{else if impact.figures}}
<section>
<h2>Impact in numbers</h2>
<ul>
{{#each impact.figures}}
<li><strong>{{label}}:</strong> {{value}}</li>
{{/each}}
</ul>
</section>
{{/if}}
{{#if metrics}}
<section>
<h2>Metrics</h2>
<table>
<thead><tr><th scope="col">Metric</th><th scope="col">Duration</th><th scope="col">From</th><th scope="col">To</th></tr></thead>
<tbody>
{{#each metrics}}
<tr><td>{{label}}</td><td>{{duration ms approx=approx}}</td><td>{{from}}</td><td>{{to}}</td></tr>
{{/each}}
</tbody>
</table>
</section>
{{/if}}
{{#if timeline}}
<section>
<h2>Timeline</h2>
<p>Times in {{timezone}}; ~ marks an approximate time.</p>
<table class="timeline">
<thead><tr><th scope="col">Time</th><th scope="col">Kind</th><th scope="col">By</th><th scope="col">What</th></tr></thead>
<tbody>
{{#each timeline}}
<tr><td>{{#if approx}}~{{/if}}{{#if new_day}}{{local_date}} {{/if}}{{local_time}}</td><td>{{#if milestone}}<strong>{{kind}}</strong>{{else}}{{kind}}{{/if}}</td><td>{{by}}</td><td>{{text}}</td></tr>
{{/each}}
</tbody>
</table>
</section>
{{/if}}
{{#if action_items}}
<section>
<h2>Action items</h2>
<table>
<thead><tr><th scope="col">Item</th><th scope="col">Title</th><th scope="col">Type</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>
<tbody>
{{#each action_items}}
<tr><td>{{id}}</td><td>{{title}}{{#if issue}} <a href="{{safeurl issue}}">{{issue}}</a>{{/if}}</td><td>{{type}}</td><td>{{owner}}</td><td>{{due}}</td><td>{{#if status}}{{status}}{{else}}open{{/if}}{{#if reason}}: {{reason}}{{/if}}</td></tr>
{{/each}}
</tbody>
</table>
</section>
{{/if}}
</article>
</main>
</body>
</html>
`;var public_summary_md_default=`{{!-- The public summary: only public fields and the body's Public summary section reach it. --}}
# {{#if drill}}[DRILL] {{/if}}{{inline title}}

{{#if drill}}
{{> drill}}

{{/if}}
{{#with public_summary}}
{{#if summary}}
{{markdown summary}}

{{/if}}
{{/with}}
{{> facts}}

{{#with public_summary}}
{{#if what_happened}}
## What happened

{{markdown what_happened}}

{{/if}}
{{#if what_we_are_doing}}
## What we are doing about this

{{markdown what_we_are_doing}}

{{/if}}
{{#each other_sections}}
## {{inline title}}

{{markdown markdown}}

{{/each}}
{{/with}}
`;var public_summary_html_default=`{{!-- A public summary as a page of its own; also each incident's page on the public site. --}}
<!DOCTYPE html>
<html lang="en">
<head>
{{> head}}
<title>{{#if drill}}[DRILL] {{/if}}{{title}}{{#if site}} \xB7 {{site.title}}{{/if}}</title>
</head>
<body>
{{#if site}}
{{#if site.logo}}<header class="site"><a href="{{site.index}}"><img src="{{site.logo}}" alt="{{site.title}}"></a>{{#if site.links}}<nav aria-label="Links"><ul>{{#each site.links}}<li><a href="{{url}}">{{label}}</a></li>{{/each}}</ul></nav>{{/if}}</header>
{{else if site.links}}<header class="site"><nav aria-label="Links"><ul>{{#each site.links}}<li><a href="{{url}}">{{label}}</a></li>{{/each}}</ul></nav></header>
{{/if}}
<nav><a href="{{site.index}}" rel="index">&larr; {{site.title}}</a></nav>
{{/if}}
<main>
<article>
{{#if drill}}
{{> drill}}
{{/if}}
<h1>{{#if drill}}[DRILL] {{/if}}{{title}}</h1>
{{#with public_summary}}
{{#if summary}}
<section class="summary">
{{markdown summary}}
</section>
{{/if}}
{{/with}}
{{> facts}}
{{#if updates}}
<section>
<h2>Updates</h2>
<ol class="updates" reversed>
{{#each updates}}
<li id="{{id}}"><p><strong>{{label}}</strong> <span class="meta"><time datetime="{{iso at}}">{{datetime at}}</time></span></p>
{{markdown text}}
</li>
{{/each}}
</ol>
</section>
{{/if}}
{{#with public_summary}}
{{#if what_happened}}
<section>
<h2>What happened</h2>
{{markdown what_happened}}
</section>
{{/if}}
{{#if what_we_are_doing}}
<section>
<h2>What we are doing about this</h2>
{{markdown what_we_are_doing}}
</section>
{{/if}}
{{#each other_sections}}
<section>
<h2>{{title}}</h2>
{{markdown markdown}}
</section>
{{/each}}
{{/with}}
</article>
</main>
{{#if site}}
<footer><p><a href="{{site.index}}">All incidents</a> \xB7 <a href="{{site.feed}}">Atom feed</a></p></footer>
{{/if}}
</body>
</html>
`;var status_update_md_default=`{{!-- A short update for a status page or a chat channel during the incident. --}}
# {{#if drill}}[DRILL] {{/if}}{{inline title}}

{{#if drill}}
**DRILL**: this is a practice incident, not a real one.

{{/if}}
{{#if severity}}{{inline severity}}, u{{else}}U{{/if}}pdate at {{datetime now}}.

{{#if (eq status "investigating")}}
We are investigating this issue.
{{else if (eq status "identified")}}
We have identified the cause and are working on a fix.
{{else if (eq status "monitoring")}}
A fix is in place and we are monitoring the results.
{{else if (or (eq status "resolved") (eq status "closed"))}}
This incident has been resolved.
{{/if}}
{{#if started}}
Impact started at {{datetime started}}{{#if ended}} and ended at {{datetime ended}} (after {{duration duration_ms long=true approx=duration_approx}}){{else if ongoing}}, {{duration started now long=true}} ago{{/if}}.
{{/if}}
{{#if services}}
Affected services: {{join services}}.
{{/if}}
{{#if internal}}
{{#if roles}}

{{#each roles}}{{inline label}}: {{join names}}{{#unless @last}}; {{/unless}}{{/each}}.
{{/if}}
{{#if recent}}

Latest:
{{#each recent}}
- {{#if approx}}~{{/if}}{{time at}} {{inline kind}}{{#if by}} ({{inline by}}){{/if}}: {{inline text}}
{{/each}}
{{/if}}
{{else}}
{{#with public_summary}}
{{#if summary}}

{{markdown summary}}
{{/if}}
{{/with}}
{{/if}}
`;var action_item_issue_md_default=`{{!-- The body of the GitHub issue for an action item. Context: incident (frontmatter), item, file, url. --}}
# {{inline item.id}}{{#if item.title}}: {{inline item.title}}{{/if}}

{{#if (eq incident.kind "drill")}}
> **DRILL**: this action item comes from a practice incident.

{{/if}}
{{#if url}}
- **Incident:** [{{inline incident.title}}]({{safeurl url}})
{{else}}
- **Incident:** {{inline incident.title}}
{{/if}}
- **File:** {{codespan file}}
{{#if item.type}}
- **Type:** {{inline item.type}}
{{/if}}
{{#if item.owner}}
- **Owner:** {{inline item.owner}}
{{/if}}
{{#if item.due}}
- **Due:** {{inline item.due}}
{{/if}}
{{#if item.status}}
- **Status:** {{inline item.status}}{{#if item.reason}} ({{inline item.reason}}){{/if}}
{{/if}}
{{#if incident.severity}}
- **Incident severity:** {{inline incident.severity}}
{{/if}}

Closing or reopening this issue updates the action item in the file.
`;var site_index_html_default=`{{!-- The public site's index: every published incident, newest first. --}}
<!DOCTYPE html>
<html lang="en">
<head>
{{> head}}
<title>{{site.title}}</title>
<link rel="alternate" type="application/atom+xml" title="{{site.title}}" href="{{site.feed}}">
</head>
<body>
{{#if site.logo}}<header class="site"><a href="{{site.index}}"><img src="{{site.logo}}" alt="{{site.title}}"></a>{{#if site.links}}<nav aria-label="Links"><ul>{{#each site.links}}<li><a href="{{url}}">{{label}}</a></li>{{/each}}</ul></nav>{{/if}}</header>
{{else if site.links}}<header class="site"><nav aria-label="Links"><ul>{{#each site.links}}<li><a href="{{url}}">{{label}}</a></li>{{/each}}</ul></nav></header>
{{/if}}
<main>
<h1>{{site.title}}</h1>
{{#if status}}
<p class="banner {{status.indicator}}" role="status">{{status.description}}</p>
{{/if}}
{{#if active}}
<section>
<h2>Active incidents</h2>
{{#each active}}
<article>
<h3><a href="{{href}}">{{title}}</a></h3>
<ol class="updates" reversed>
{{#each updates}}
<li><p><strong>{{label}}</strong> <span class="meta"><time datetime="{{iso at}}">{{datetime at}}</time></span></p>
{{markdown text}}
</li>
{{/each}}
</ol>
</article>
{{/each}}
</section>
{{/if}}
{{#if services}}
<section>
<h2>Services</h2>
<ul class="services">
{{#each services}}
<li><div class="service-head"><span>{{name}}</span><span class="state {{status}}">{{label}}</span></div>
<ol class="bars" aria-label="{{name}}: the last 90 days, {{uptime}}% without impact">{{#each days}}<li{{#if title}} class="{{level}}" title="{{title}}"{{/if}}></li>{{/each}}</ol>
<div class="bars-legend"><span>90 days ago</span><span>{{uptime}}% uptime</span><span>Today</span></div>
<small><a href="{{feed}}">Atom feed</a> \xB7 <a href="{{badge}}">Badge</a></small>
</li>
{{/each}}
</ul>
</section>
{{/if}}
<h2>History</h2>
{{#if incidents}}
<table class="incidents">
<thead><tr><th>Date</th><th>Incident</th><th>Severity</th><th>Duration</th></tr></thead>
<tbody>
{{#each incidents}}
<tr><td>{{#if started}}<time datetime="{{iso started}}">{{date started}}</time>{{/if}}</td><td><a href="{{href}}">{{title}}</a></td><td>{{severity}}</td><td>{{duration duration_ms approx=duration_approx}}</td></tr>
{{/each}}
</tbody>
</table>
{{else}}
<p>No incidents have been published.</p>
{{/if}}
{{#if pages}}
<nav class="pages" aria-label="History pages"><p>Page {{pages.number}} of {{pages.count}}{{#if pages.newer}} \xB7 <a href="{{pages.newer}}" rel="prev">Newer incidents</a>{{/if}}{{#if pages.older}} \xB7 <a href="{{pages.older}}" rel="next">Older incidents</a>{{/if}}</p></nav>
{{/if}}
</main>
<footer><p>Times in UTC. <a href="{{site.feed}}">Atom feed</a>{{#if api}} \xB7 <a href="{{api}}">JSON API</a>{{/if}}</p></footer>
</body>
</html>
`;var site_feed_xml_default=`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>{{site.title}}</title>
<id>{{feed_id}}</id>
<updated>{{iso updated}}</updated>
<link rel="alternate" type="text/html" href="{{site.index}}"/>
{{#if site.self}}
<link rel="self" type="application/atom+xml" href="{{site.self}}"/>
{{/if}}
<author><name>{{site.title}}</name></author>
{{#each incidents}}
<entry>
<title>{{title}}</title>
<id>{{entry_id}}</id>
<link rel="alternate" type="text/html" href="{{href}}"/>
<updated>{{iso updated}}</updated>
{{#if started}}
<published>{{iso started}}</published>
{{/if}}
{{#if summary}}
<summary type="html">{{html (markdown summary)}}</summary>
{{/if}}
</entry>
{{/each}}
</feed>
`;var drill_md_default=`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
`;var drill_html_default=`<p class="drill"><strong>DRILL</strong>: this is a practice incident, not a real one.</p>
`;var facts_md_default=`{{#if started}}
- **Started:** {{datetime started}}
{{/if}}
{{#if ended}}
- **Ended:** {{datetime ended}}
{{else if ongoing}}
- **Ended:** not yet (ongoing)
{{/if}}
{{#if duration_ms}}
- **Duration:** {{duration duration_ms long=true approx=duration_approx}}
{{/if}}
{{#if services}}
- **Affected services:** {{join services}}
{{/if}}
{{#if severity}}
- **Severity:** {{inline severity}}
{{/if}}
{{#if internal}}
{{#if status}}
- **Status:** {{inline status}}
{{/if}}
- **Time zone:** {{inline timezone}}
{{#with postmortem}}
{{#if status}}
- **Post-mortem:** {{inline status}}{{#if owner}}, owner {{inline owner}}{{/if}}{{#if due}}, due {{inline due}}{{/if}}{{#if meeting}}, meeting {{inline meeting}}{{/if}}
{{/if}}
{{/with}}
- **File:** {{codespan file}}
{{/if}}
`;var facts_html_default=`<dl class="facts">
{{#if started}}
<dt>Started</dt><dd><time datetime="{{iso started}}">{{datetime started}}</time></dd>
{{/if}}
{{#if ended}}
<dt>Ended</dt><dd><time datetime="{{iso ended}}">{{datetime ended}}</time></dd>
{{else if ongoing}}
<dt>Ended</dt><dd>not yet (ongoing)</dd>
{{/if}}
{{#if duration_ms}}
<dt>Duration</dt><dd>{{duration duration_ms long=true approx=duration_approx}}</dd>
{{/if}}
{{#if services}}
<dt>Affected services</dt><dd>{{join services}}</dd>
{{/if}}
{{#if severity}}
<dt>Severity</dt><dd>{{severity}}</dd>
{{/if}}
{{#if internal}}
{{#if status}}
<dt>Status</dt><dd>{{status}}</dd>
{{/if}}
<dt>Time zone</dt><dd>{{timezone}}</dd>
{{/if}}
</dl>
`;var head_html_default=`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src * data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="Casefile">
<meta name="color-scheme" content="light dark">
<style>
:root { --fg: #1f2328; --bg: #fff; --muted: #59636e; --line: #d0d7de; --code: #f6f8fa; --accent: #0969da;
  --operational: #1a7f37; --degraded: #9a6700; --partial: #bc4c00; --major: #cf222e; --maintenance: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --code: #151b23; --accent: #4493f8;
    --operational: #3fb950; --degraded: #d29922; --partial: #f0883e; --major: #f85149; --maintenance: #4493f8; }
  .drill { color: #1f2328; }
}
{{#if site}}{{#if site.colors}}@media not (prefers-color-scheme: dark) { :root { {{site.colors}} } }
{{/if}}{{/if}}
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 0; overflow-wrap: anywhere; }
main, nav, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
nav { padding-top: 1rem; }
h1 { font-size: 1.8rem; line-height: 1.25; }
h2 { font-size: 1.3rem; margin-top: 2rem; }
a { color: var(--accent); }
header.site { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; max-width: 46rem; margin: 0 auto; padding: 1rem 1rem 0; }
header.site img { max-height: 2rem; max-width: 10rem; }
header.site ul { display: flex; flex-wrap: wrap; gap: .2rem 1rem; list-style: none; margin: 0; padding: 0; }
.banner { padding: .8rem 1rem; border-radius: 6px; color: #fff; font-weight: 600; background: var(--operational); }
.banner.minor { background: var(--degraded); } .banner.major { background: var(--partial); } .banner.critical { background: var(--major); } .banner.maintenance { background: var(--maintenance); }
@media (prefers-color-scheme: dark) { .banner { color: #0d1117; } }
.services { list-style: none; padding: 0; }
.services > li { border-bottom: 1px solid var(--line); padding: .6rem 0; }
.service-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .2rem 1rem; }
.state { font-weight: 600; }
.operational { color: var(--operational); } .degraded_performance { color: var(--degraded); } .partial_outage { color: var(--partial); }
.major_outage { color: var(--major); } .under_maintenance { color: var(--maintenance); }
ol.bars { display: flex; gap: 1px; list-style: none; margin: .4rem 0 .2rem; padding: 0; height: 2rem; }
ol.bars li { flex: 1 1 0; min-width: 0; background: var(--operational); border-radius: 1px; }
ol.bars li.degraded_performance { background: var(--degraded); } ol.bars li.partial_outage { background: var(--partial); }
ol.bars li.major_outage { background: var(--major); } ol.bars li.under_maintenance { background: var(--maintenance); }
.bars-legend { display: flex; justify-content: space-between; color: var(--muted); font-size: .8rem; }
.updates { list-style: none; padding: 0; }
.updates li { border-left: 3px solid var(--line); padding: .2rem 0 .2rem .8rem; margin-bottom: .8rem; }
.updates p { margin: .2rem 0; }
.updates .meta { color: var(--muted); font-size: .9rem; }
table.incidents th, table.incidents td:first-child, table.incidents td:last-child { white-space: nowrap; overflow-wrap: normal; }
@media (max-width: 30rem) { table.incidents th:nth-child(3), table.incidents td:nth-child(3) { display: none; } }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.drill { background: #fff8c5; border: 1px solid #d4a72c; padding: .5rem .8rem; }
pre { background: var(--code); padding: .8rem; overflow-x: auto; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9em; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid var(--line); color: var(--muted); }
footer { color: var(--muted); font-size: .9rem; padding-bottom: 2rem; }
</style>
`;var coordinator_report_md_default=`{{!-- The investigation coordinator's report (seed 004), posted in the incident channel every
30 minutes: what we are seeing, what we know, who is looking into what. A repository can replace
this file in its templates directory. Besides the fields every template gets (title, severity,
status, roles, timeline, now...), it has: since, elapsed_ms, elapsed_from, symptoms, observed,
data, evidence, threads, unchanged_threads, unowned, answered, milestones. --}}
# {{#if drill}}[DRILL] {{/if}}Investigation update: {{inline title}}

{{#if drill}}
{{> drill}}

{{/if}}
{{#if severity}}{{inline severity}}{{#if status}}, {{inline status}}{{/if}}, a{{else}}A{{/if}}t {{time now}}{{#if since}}, what is new since {{time since}}{{/if}}.
{{#if elapsed_ms}}
{{duration elapsed_ms approx=elapsed_approx}} since {{elapsed_from}}{{#if started}} ({{time started}}){{/if}}{{#unless ongoing}}; impact has ended{{/unless}}.
{{/if}}

**Symptoms:** {{inline symptoms.title}}{{#if symptoms.summary}}. {{inline symptoms.summary}}{{/if}}
{{#if symptoms.first}}

First seen {{time symptoms.first.at}}: {{inline symptoms.first.text}}
{{/if}}

{{#if observed}}
**Observed directly:** yes, {{time observed.at}}{{#if observed.by}} {{inline observed.by}}{{/if}}: {{inline observed.text}}
{{else}}
**Observed directly:** not yet: no finding or evidence recorded. Can we see it ourselves?
{{/if}}
{{#if data}}

**Data so far:**
{{#each data}}
- {{time at}}{{#if by}} {{inline by}}{{/if}}: {{inline text}}
{{/each}}
{{/if}}
{{#if evidence}}

**Evidence saved:**
{{#each evidence}}
- {{codespan file}} ({{inline size}}{{#if by}}, {{inline by}}{{/if}}){{#if what}}: {{inline what}}{{/if}}{{#if note}}. {{inline note}}{{/if}}
{{/each}}
{{/if}}

**Open threads:**
{{#each threads}}
- #{{number}} {{inline question}} ({{inline owner}}){{#each updates}}
  - {{time at}}{{#if by}} {{inline by}}{{/if}}: {{inline text}}{{/each}}
{{else}}
- none{{#if since}} new{{/if}}
{{/each}}
{{#if unchanged_threads}}
- and {{unchanged_threads}} more with nothing new
{{/if}}
{{#if unowned}}

**Interesting, not being investigated:**
{{#each unowned}}
- #{{number}} {{inline question}}
{{/each}}
{{/if}}
{{#if answered}}

**Answered:**
{{#each answered}}
- #{{number}} {{inline question}} \u2192 {{inline answer}}{{#if owner}} ({{inline owner}}){{/if}}
{{/each}}
{{/if}}
{{#if roles}}

**Roles:** {{#each roles}}{{inline label}} {{join names}}{{#unless @last}}; {{/unless}}{{/each}}
{{/if}}
{{#if milestones}}

**Milestones:** {{#each milestones}}{{inline kind}} {{time at}}{{#if after_ms}} (+{{duration after_ms approx=approx}}){{/if}}{{#unless @last}}, {{/unless}}{{/each}}
{{/if}}
`;var DEFAULTS={"incident.md":incident_default,"postmortem.md.hbs":postmortem_md_default,"postmortem.html.hbs":postmortem_html_default,"public-summary.md.hbs":public_summary_md_default,"public-summary.html.hbs":public_summary_html_default,"status-update.md.hbs":status_update_md_default,"action-item-issue.md.hbs":action_item_issue_md_default,"site-index.html.hbs":site_index_html_default,"site-feed.xml.hbs":site_feed_xml_default,"_drill.md.hbs":drill_md_default,"_drill.html.hbs":drill_html_default,"_facts.md.hbs":facts_md_default,"_facts.html.hbs":facts_html_default,"_head.html.hbs":head_html_default,"coordinator-report.md.hbs":coordinator_report_md_default},DEFAULT_TEMPLATES=Object.keys(DEFAULTS);function loadTemplate(repo,name){return findTemplate(repo,name).source}var templatesDirs=new WeakMap;function templatesDir(repo){let setting=repo.config.templates_dir,known2=templatesDirs.get(repo);return known2?.setting!==setting&&templatesDirs.set(repo,known2={setting,dir:(0,import_node_path3.join)(repo.root,setting)}),known2.dir}function templatePath(repo,name){return childPath(templatesDir(repo),name)}function findTemplate(repo,name){let own=templatePath(repo,name),builtIn=Object.hasOwn(DEFAULTS,name)?DEFAULTS[name]:void 0;if((0,import_node_fs2.existsSync)(own)){let source=(0,import_node_fs2.readFileSync)(own,"utf8");return{source,file:display(repo,own),builtIn:source===builtIn}}return builtIn===void 0?void 0:{source:builtIn,file:`built-in:${name}`,builtIn:!0}}function loadPartials(repo,format){let suffix=`.${format}.hbs`,names=new Set(DEFAULT_TEMPLATES.filter(n=>n.startsWith("_")&&n.endsWith(suffix))),dir=templatesDir(repo);if((0,import_node_fs2.existsSync)(dir))for(let n of(0,import_node_fs2.readdirSync)(dir))n.startsWith("_")&&n.endsWith(suffix)&&names.add(n);let partials={},files=[];for(let name of[...names].sort()){let found2=findTemplate(repo,name);partials[name.slice(1,-suffix.length)]=found2.source,files.push(found2)}return{partials,files}}function publicTemplates(repo){let t=name=>findTemplate(repo,name),partials=format=>{let{partials:byName,files}=loadPartials(repo,format);return Object.keys(byName).map((name,k)=>({name,source:byName[name],file:files[k].file}))};return{publicMd:t("public-summary.md.hbs"),publicHtml:t("public-summary.html.hbs"),statusUpdate:t("status-update.md.hbs"),siteIndex:t("site-index.html.hbs"),siteFeed:t("site-feed.xml.hbs"),partials:{md:partials("md"),html:partials("html")}}}var import_node_fs5=require("node:fs"),import_node_path6=require("node:path");var import_node_fs4=require("node:fs"),import_node_path5=require("node:path");var import_node_fs3=require("node:fs"),import_node_path4=require("node:path");function shownPath(path,cwd=process.cwd()){if(!(0,import_node_path4.isAbsolute)(path))return path;let rel=(0,import_node_path4.relative)(cwd,path);return rel&&!rel.startsWith("..")&&!(0,import_node_path4.isAbsolute)(rel)?rel:path}function fsErrorText(error){let e=error;if(!e||typeof e.code!="string"||typeof e.syscall!="string")return;let path=e.path?shownPath(e.path):void 0,of=path?` ${path}`:"",dir=e.path&&/\.tmp$/.test(e.path)&&(e.syscall==="open"||e.syscall==="link")?shownPath((0,import_node_path4.dirname)(e.path)):void 0,retry="and run the command again";switch(e.code){case"ENOSPC":case"EDQUOT":return`No space left on the device${path?` holding ${path}`:""} (${e.code}); free some space ${retry}`;case"EFBIG":return`File too large${path?`: ${path}`:""} (EFBIG, the file size limit: ulimit -f); raise the limit ${retry}`;case"EROFS":return`Read-only file system: cannot ${dir?`create files in ${dir}`:`${verb(e.syscall)}${of}`} (EROFS); run the command where the repository can be written`;case"EACCES":case"EPERM":return dir?`Permission denied: cannot create files in ${dir} (${e.code}); check the directory's owner and mode (ls -ld ${dir}) ${retry}`:`Permission denied: cannot ${verb(e.syscall)}${of} (${e.code}); check its owner and mode (ls -l) ${retry}`;case"ENOTDIR":{let blocker=e.path?fileInTheWay(e.path):void 0;return`Unexpected file ${blocker?shownPath(blocker):path??""}, expected a directory (ENOTDIR); move the file away ${retry}`}case"EEXIST":return e.syscall==="mkdir"?`Unexpected file${of}, expected a directory (EEXIST); move the file away ${retry}`:`Unexpected file${of}: it already exists (EEXIST); move it away ${retry}`;case"EISDIR":return`Unexpected directory${of}, expected a file (EISDIR); remove or rename the directory ${retry}`;case"ENOENT":return`No such file or directory${of} (ENOENT): it was removed while the command ran, or never existed`;case"ELOOP":return`Too many levels of symbolic links${of} (ELOOP); fix the link ${retry}`;case"ENAMETOOLONG":return`File name too long${of} (ENAMETOOLONG)`;case"EMFILE":case"ENFILE":return`Too many open files (${e.code}); close some programs or raise the limit (ulimit -n) ${retry}`;case"EIO":return`Input/output error${of} (EIO): the disk or file system is failing`;default:return`Cannot ${verb(e.syscall)}${of} (${e.code}: ${e.message.replace(/^\w+: /,"").replace(/, \w+( '.*')?$/,"")})`}}function fileInTheWay(path){for(let p=path;;p=(0,import_node_path4.dirname)(p)){try{if(!(0,import_node_fs3.lstatSync)(p).isDirectory())return p}catch{}if((0,import_node_path4.dirname)(p)===p)return}}function verb(syscall){return{open:"open",read:"read",write:"write to",mkdir:"create the directory",rmdir:"remove the directory",unlink:"remove",rename:"replace",link:"create",scandir:"list the directory",stat:"look at",lstat:"look at",fsync:"write to",copyfile:"copy",chmod:"change the mode of",fchmod:"change the mode of",utime:"touch"}[syscall]??syscall}function writeFileAtomic(path,data2,{durable=!0}={}){let dir=(0,import_node_path5.dirname)(path),tmp=childPath(dir,`.${(0,import_node_path5.basename)(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`),mode=existingFileMode(path),fd;try{fd=(0,import_node_fs4.openSync)(tmp,"wx",mode??438),mode!==void 0&&(0,import_node_fs4.fchmodSync)(fd,mode),(0,import_node_fs4.writeFileSync)(fd,data2,"utf8"),durable&&(0,import_node_fs4.fsyncSync)(fd),(0,import_node_fs4.closeSync)(fd),fd=void 0,(0,import_node_fs4.renameSync)(tmp,path)}catch(err){throw fd!==void 0&&ignoreErrors(()=>(0,import_node_fs4.closeSync)(fd)),ignoreErrors(()=>(0,import_node_fs4.unlinkSync)(tmp)),typeof err=="object"&&err!==null&&!err.path&&(err.path=path),err}durable&&syncDirectory(dir)}function existingFileMode(path){try{let st=(0,import_node_fs4.statSync)(path);return st.isFile()?st.mode&4095:void 0}catch(err){if(errorCode(err)==="ENOENT")return;throw err}}var DIR_SYNC_UNSUPPORTED=new Set(["EISDIR","EPERM","EACCES","EINVAL","ENOTSUP","EBADF"]);function syncDirectory(dir){let fd;try{fd=(0,import_node_fs4.openSync)(dir,"r"),(0,import_node_fs4.fsyncSync)(fd)}catch(err){if(!DIR_SYNC_UNSUPPORTED.has(errorCode(err)??""))throw err}finally{fd!==void 0&&ignoreErrors(()=>(0,import_node_fs4.closeSync)(fd))}}function ignoreErrors(f){try{f()}catch{}}function errorCode(err){return typeof err=="object"&&err!==null&&"code"in err?String(err.code):void 0}var RACY_MS=2e3,MAX_APPENDED=64,HASH_LENGTH=16,HASH2=/^[0-9a-f]{16}$/,STAMP=3;function hashText(text){let h1=3735928559^text.length,h2=1103547991^text.length;for(let i=0;i<text.length;i++){let c=text.charCodeAt(i);h1=Math.imul(h1^c,2654435761),h2=Math.imul(h2^c,1597334677)}return h1=Math.imul(h1^h1>>>16,2246822507)^Math.imul(h2^h2>>>13,3266489909),h2=Math.imul(h2^h2>>>16,2246822507)^Math.imul(h1^h1>>>13,3266489909),(h2>>>0).toString(16).padStart(8,"0")+(h1>>>0).toString(16).padStart(8,"0")}function cachePath(root){let state=cloneStateDir(root);if(state)return(0,import_node_path6.join)(state,"validate-cache.txt");if((0,import_node_fs5.existsSync)((0,import_node_path6.join)(root,"node_modules")))return(0,import_node_path6.join)(root,"node_modules",".cache","casefile","validate-cache.txt")}var ValidateCache=class _ValidateCache{constructor(path,header){this.path=path;this.header=header}path;header;rels=[];stamps=[];zones=[];zoneOf=[];counts=[];ids={};offsets=[0];bytes=Buffer.alloc(0);hashesAt=0;printedAt=0;listed=null;newer=new Map;overridden=new Uint8Array(0);changed=new Set;appended=0;whole=!0;listedChanged=!1;zoneFresh=[];static open(path,key2){let header=`casefile validate cache 8	${key2}`,cache=new _ValidateCache(path,header);if(!path||!(0,import_node_fs5.existsSync)(path))return cache;let bytes=(0,import_node_fs5.readFileSync)(path);if(bytes.toString("utf8",0,Buffer.byteLength(header)+1)!==`${header}
`)return cache;try{cache.read(bytes)}catch{return new _ValidateCache(path,header)}return cache}read(bytes){let ends=[];for(let at3=Buffer.byteLength(this.header)-1,k=0;k<5;k++){if(at3=bytes.indexOf(NL,at3+1),at3<0)throw new Error("cut short");ends.push(at3)}let text=k=>bytes.toString("utf8",ends[k]+1,ends[k+1]),listed=JSON.parse(text(0)),line=text(1),rels=line===""?[]:line.split("	"),zones=JSON.parse(text(2)),ids=JSON.parse(text(3)),n=rels.length,{binaryAt,hashesAt,printedAt}=layout(ends[4]+1,n);if(!Array.isArray(zones)||typeof ids!="object"||ids===null||bytes.length<printedAt)throw new Error("damaged");let base=bytes.byteOffset%8===0?bytes:Buffer.from(bytes.buffer.slice(bytes.byteOffset,bytes.byteOffset+bytes.length)),at2=base.byteOffset+binaryAt,stamps=new Float64Array(base.buffer,at2,STAMP*n),offsets=new Float64Array(base.buffer,at2+8*STAMP*n,n+1),zoneOf=new Int32Array(base.buffer,at2+8*(STAMP*n+n+1),n),counts=new Int32Array(base.buffer,at2+8*(STAMP*n+n+1)+4*n,2*n),printedEnd=printedAt+offsets[n];if(!(offsets[0]===0&&printedEnd<bytes.length&&bytes[printedEnd]===NL&&bytes[hashesAt-1]===NL&&bytes[printedAt-1]===NL))throw new Error("damaged");Object.assign(this,{bytes:base,rels,stamps,zones,zoneOf,counts,ids,offsets,listed,hashesAt,printedAt,whole:!1}),this.overridden=new Uint8Array(n);let appended=bytes.toString("utf8",printedEnd+1);for(let at3=0;at3<appended.length;){let end=appended.indexOf(`
`,at3);if(end<0)break;let line2=appended.slice(at3,end);if(at3=end+1,line2.startsWith("D	")){let mtimeMs=Number(line2.slice(2));if(Number.isNaN(mtimeMs))break;this.listed&&(this.listed={...this.listed,mtimeMs});continue}let entry=line2.startsWith("P	")?appendedEntry(line2.slice(2)):void 0;if(!entry)break;this.override(entry.rel,entry),this.appended++}}index(rel){return indexInSorted(this.rels,rel)}holds(i,size,mtimeMs,ctimeMs,today2){let at2=STAMP*i;if(this.stamps[at2]!==size||this.stamps[at2+1]!==mtimeMs||this.stamps[at2+2]!==ctimeMs||this.overridden[i])return!1;let z=this.zoneOf[i];if(z<0||z>=this.zones.length)return!1;let fresh=this.zoneFresh[z];if(fresh===void 0){let[zone,date]=this.zones[z];fresh=this.zoneFresh[z]=date===today2(zone||void 0)}return fresh}errorsAt=i=>this.counts[2*i];warningsAt=i=>this.counts[2*i+1];printedOf(from,to){return this.bytes.subarray(this.printedAt+this.offsets[from],this.printedAt+this.offsets[to])}oddIds(){return Object.entries(this.ids).map(([i,id])=>[Number(i),id??void 0])}get(rel){let newer=this.newer.get(rel);if(newer)return newer;let i=this.index(rel);if(i<0)return;let zd=this.zones[this.zoneOf[i]],id=this.ids[i];return{size:this.stamps[STAMP*i],mtimeMs:this.stamps[STAMP*i+1],ctimeMs:this.stamps[STAMP*i+2],hash:this.bytes.toString("latin1",this.hashesAt+HASH_LENGTH*i,this.hashesAt+HASH_LENGTH*(i+1)),id:id??void 0,named:id===void 0,zone:zd?.[0],date:zd?.[1],errors:this.counts[2*i],warnings:this.counts[2*i+1],printed:this.printedOf(i,i+1).toString()}}set(rel,entry){if(/[\t\n\r]/.test(rel)||!HASH2.test(entry.hash))return;let now=Date.now(),mtimeMs=now-entry.mtimeMs>=RACY_MS&&now-entry.ctimeMs>=RACY_MS?entry.mtimeMs:-1,next={...entry,mtimeMs},had=this.get(rel);had&&Object.keys(next).every(k=>next[k]===had[k])&&Object.keys(had).length===Object.keys(next).length||(this.override(rel,next),this.changed.add(rel))}override(rel,entry){this.newer.set(rel,entry);let i=this.index(rel);i>=0&&(this.overridden[i]=1)}listing(dir,mtimeMs){let listed=this.listed;if(!listed||listed.dir!==dir||listed.mtimeMs!==mtimeMs)return;let files=this.rels.length===listed.count?this.rels:this.rels.filter(inDir(dir));return files.length===listed.count?files:void 0}save(listed){if(!this.path)return;let rewrite=this.whole||this.appended+this.changed.size>MAX_APPENDED,keep;if(listed){let inside=inDir(listed.dir),same=listed.files.length===this.rels.length&&listed.files.every((rel,k)=>rel===this.rels[k])||listed.files.length===this.rels.filter(inside).length&&listed.files.every(rel=>this.index(rel)>=0);if(!same){rewrite=!0;let files=new Set(listed.files);keep=rel=>!inside(rel)||files.has(rel)}let mtimeMs=(same||listed.files.every(rel=>this.newer.has(rel)||this.index(rel)>=0))&&Date.now()-listed.mtimeMs>=RACY_MS?listed.mtimeMs:-1;(this.listed?.dir!==listed.dir||this.listed.mtimeMs!==mtimeMs||this.listed.count!==listed.files.length)&&((this.listed?.dir!==listed.dir||this.listed.count!==listed.files.length)&&(rewrite=!0),this.listed={dir:listed.dir,mtimeMs,count:listed.files.length},this.listedChanged=!0)}for(let rel of this.changed)this.index(rel)<0&&(rewrite=!0);if(!(!rewrite&&!this.listedChanged&&this.changed.size===0)){if((0,import_node_fs5.mkdirSync)((0,import_node_path6.dirname)(this.path),{recursive:!0}),!rewrite&&headerOf(this.path,this.header.length+1)!==`${this.header}
`&&(rewrite=!0),rewrite)writeFileAtomic(this.path,this.wholeFile(keep),{durable:!1});else{let lines=[...this.changed].map(rel=>`P	${JSON.stringify({rel,...this.newer.get(rel)})}
`);(0,import_node_fs5.appendFileSync)(this.path,(this.listedChanged?`D	${this.listed.mtimeMs}
`:"")+lines.join(""))}this.changed.clear(),this.listedChanged=!1}}wholeFile(keep=()=>!0){let rels=[...new Set([...this.rels,...this.newer.keys()])].filter(keep).sort(),n=rels.length,zones=new Map,ids={},hashes=[],printed=[],numbers=new ArrayBuffer(binaryLength(n)),stamps=new Float64Array(numbers,0,STAMP*n),offsets=new Float64Array(numbers,8*STAMP*n,n+1),zoneOf=new Int32Array(numbers,8*(STAMP*n+n+1),n),counts=new Int32Array(numbers,8*(STAMP*n+n+1)+4*n,2*n),length=0;rels.forEach((rel,i)=>{let e=this.get(rel);stamps.set([e.size,e.mtimeMs,e.ctimeMs],STAMP*i);let zone=e.date===void 0||e.zone===void 0?void 0:JSON.stringify([e.zone,e.date]);zone!==void 0&&!zones.has(zone)&&zones.set(zone,zones.size),zoneOf[i]=zone===void 0?-1:zones.get(zone),counts[2*i]=e.errors,counts[2*i+1]=e.warnings,e.named||(ids[i]=e.id??null),hashes.push(e.hash),printed.push(e.printed),offsets[i+1]=length+=Buffer.byteLength(e.printed)});let stamp=this.listed&&rels.filter(inDir(this.listed.dir)).length===this.listed.count?this.listed:null,head=Buffer.from(`${[this.header,JSON.stringify(stamp),rels.join("	"),`[${[...zones.keys()].join(",")}]`,JSON.stringify(ids)].join(`
`)}
`),{binaryAt,hashesAt}=layout(head.length,n),pad=bytes=>Buffer.alloc(bytes," ");return Buffer.concat([head,pad(binaryAt-head.length),Buffer.from(numbers),pad(hashesAt-1-binaryAt-numbers.byteLength),Buffer.from(`
${hashes.join("")}
${printed.join("")}
`)])}},binaryLength=n=>Math.ceil((8*(STAMP*n+n+1)+12*n)/8)*8;function layout(textEnd,n){let binaryAt=Math.ceil(textEnd/8)*8,hashesAt=binaryAt+binaryLength(n)+1;return{binaryAt,hashesAt,printedAt:hashesAt+HASH_LENGTH*n+1}}var NL=10;function appendedEntry(json){let e;try{e=JSON.parse(json)}catch{return}return typeof e=="object"&&e!==null&&typeof e.rel=="string"&&!/[\t\n\r]/.test(e.rel)&&typeof e.size=="number"&&typeof e.mtimeMs=="number"&&typeof e.ctimeMs=="number"&&typeof e.hash=="string"&&HASH2.test(e.hash)&&typeof e.errors=="number"&&typeof e.warnings=="number"&&typeof e.printed=="string"&&typeof e.named=="boolean"?e:void 0}function headerOf(path,length){let fd;try{fd=(0,import_node_fs5.openSync)(path,"r");let buffer=Buffer.alloc(length);return buffer.toString("utf8",0,(0,import_node_fs5.readSync)(fd,buffer,0,length,0))}catch{return""}finally{fd!==void 0&&(0,import_node_fs5.closeSync)(fd)}}var inDir=dir=>{let prefix=dir===""?"":dir+import_node_path6.sep;return rel=>rel.startsWith(prefix)&&!rel.includes(import_node_path6.sep,prefix.length)};var import_node_fs6=require("node:fs");var NO_THROW={throwIfNoEntry:!1};function statPrefix(dir){let full=withSep(dir),cwd;try{cwd=process.cwd()}catch{return full}let below=withSep(cwd);return full.startsWith(below)?full.slice(below.length):full}function shortStat(prefix,full,name){try{return(0,import_node_fs6.statSync)(prefix+name,NO_THROW)}catch{return(0,import_node_fs6.statSync)(full+name,NO_THROW)}}var import_node_path8=require("node:path");var import_node_path7=require("node:path");function workerEnv(env=process.env){let{enableCompileCache}=process.getBuiltinModule("node:module");if(!enableCompileCache||env.NODE_COMPILE_CACHE||env.NODE_DISABLE_COMPILE_CACHE)return env;let home=env.XDG_CACHE_HOME||(0,import_node_path7.join)(env.HOME||process.getBuiltinModule("node:os").homedir(),".cache");return{...env,NODE_COMPILE_CACHE:(0,import_node_path7.join)(home,"casefile","node-compile-cache")}}var import_node_fs7=require("node:fs");var PUBLIC_LEAK="public-leak",UNREADABLE="frontmatter-yaml";async function checkText(input){let{file:file2,text}=input,split,data2,simple,parsed;try{if(split=splitFrontmatter(text,file2),simple=parseSimpleYaml(text.slice(split.fmStart,split.fmEnd),{places:!0}),data2=simple?.data,!data2){let{parseIncidentText}=await Promise.resolve().then(()=>__toESM(require_document2(),1));parsed=parseIncidentText(text,file2),data2=parsed.data}}catch(error){if(!(error instanceof DocumentError))throw error;return{diagnostics:[{file:file2,line:error.line??1,column:error.column??1,severity:"error",message:oneLine(error.message),ruleId:UNREADABLE}]}}let where=(path,part)=>simple?simplePlaceOf(text,split.fmStart,simple,path,part):placeOf2(parsed,path,part),diagnostics=[],status=data2.status,body=scanBody(text,split.bodyStart);body.exact||(body=(await Promise.resolve().then(()=>__toESM(require_remark_sections(),1))).remarkBody(text));let rules=input.rules??RULES,publicLeaks=data2.public===!0&&rules.some(r=>r.id===PUBLIC_LEAK)?await renderedLeaks({file:file2,text,split,data:data2,body,config:input.config,now:input.now,templates:input.publicTemplates}):void 0,rule12,base,ctx={file:file2,text,data:data2,body,config:input.config,now:input.now,template:input.template===void 0?void 0:await templateOf(input.template),publicLeaks,lineOf:path=>where(path,"value").line,report(r){let severity=r.severity==="warning"?"warning":base,{line,column}=r.line!==void 0?{line:r.line,column:r.column??1}:where(r.path??[],r.part??"value");diagnostics.push({file:file2,line,column,severity,message:oneLine(r.message),ruleId:rule12.id})}};for(rule12 of rules){let severity=severityFor(rule12,status);severity&&(base=severity,rule12.check(ctx))}return{diagnostics:diagnostics.sort((a,b)=>a.line-b.line||a.column-b.column),data:data2}}async function renderedLeaks(input){let{publicLeaks}=await Promise.resolve().then(()=>__toESM(require_public_check(),1));try{return await publicLeaks(input)}catch(error){let why=error instanceof Error?error.message:String(error);return[{file:input.file,line:1,column:1,message:`Unexpected ${oneLine(why)} while rendering the public output, expected an incident the public templates can render (see the frontmatter-schema findings)`}]}}var lastTemplate;async function templateOf(text){if(lastTemplate?.text!==text){let body=scanBody(text,0);body.exact||(body=(await Promise.resolve().then(()=>__toESM(require_remark_sections(),1))).remarkBody(text)),lastTemplate={text,body}}return lastTemplate}function severityFor(rule12,status){return rule12.kind==="format"||status==="closed"?"error":status==="resolved"?"warning":OPEN_STATUSES.includes(status)||typeof status!="string"?rule12.live?"warning":void 0:"warning"}function simplePlaceOf(text,fmStart,doc,path,part){let offset=0;for(let depth=path.length;depth>0;depth--){let place=placeAt(doc,path.slice(0,depth));if(place){offset=part==="key"&&depth===path.length&&place.key!==void 0?place.key:place.value;break}}let first=lineColumn(text,fmStart).line,{line,column}=lineColumnAt(doc,offset);return{line:first+line,column:column+1}}function placeOf2(parsed,path,part){for(let depth=path.length;depth>0;depth--){let parent=parsed.doc.getIn(path.slice(0,depth-1),!0),key2=path[depth-1],item=findItem(parent,key2);if(!item)continue;let offset=(part==="key"&&depth===path.length&&item.key?item.key:item.value??item.key)?.range?.[0];if(offset!==void 0)return lineColumn(parsed.text,parsed.split.fmStart+offset)}return lineColumn(parsed.text,parsed.split.fmStart)}function findItem(parent,key2){let items=parent?.items;if(items){if(typeof key2=="number"){let node=items[key2];return node===void 0?void 0:{key:void 0,value:node}}for(let pair of items)if(pair?.key&&pair.key.value===key2)return{key:pair.key,value:pair.value}}}var TIMEZONE=new Set(["timezone"]);async function checkFile(job,shared,text=(0,import_node_fs7.readFileSync)(job.path,"utf8")){let{diagnostics,data:data2}=await checkText({file:job.file,text,config:shared.config,now:shared.now,template:shared.template,publicTemplates:shared.publicTemplates}),id=/^id:[ \t]*['"]?([^'"\s#]+)/m.exec(text)?.[1],fields=data2??quickFields(text,TIMEZONE),zone=fields===void 0?void 0:typeof fields.timezone=="string"?fields.timezone:"",date=zone===void 0?void 0:today(shared.now,zone||void 0);return{hash:shared.hash?hashText(text):"",diagnostics,id,zone,date}}var PARALLEL_FROM=200,checkedHere=!1,checkedInThisThread=()=>checkedHere;async function checkInTurn(jobs,shared){jobs.length>0&&(checkedHere=!0);let out2=[];for(let job of jobs)out2.push(await checkFile(job,shared));return out2}var import_meta={},YOUNG_MB=24,NODE_20_INLINING="--max-inlined-bytecode-size-cumulative=100",turbofanOnly=Number.parseInt(process.versions.v8,10)<12;function workerFile(){return typeof __dirname=="string"?(0,import_node_path8.join)(__dirname,"..","validate-worker.js"):new URL("../validate-worker.js",import_meta.url)}async function checkAll(jobs,shared,maxThreads){let useful=Math.ceil(jobs.length/PARALLEL_FROM);if(useful<=1||maxThreads===1)return checkInTurn(jobs,shared);let threads=Math.min(maxThreads??process.getBuiltinModule("node:os").availableParallelism(),useful);if(threads<=1)return checkInTurn(jobs,shared);turbofanOnly&&process.getBuiltinModule("node:v8").setFlagsFromString(NODE_20_INLINING);let next=new Int32Array(new SharedArrayBuffer(4)),env=workerEnv(),workers=Array.from({length:threads},()=>runWorker({casefileValidate:!0,jobs,shared,next},env)),shares;try{shares=await Promise.all(workers.map(w=>w.done))}finally{for(let w of workers)w.worker.terminate()}let out2=new Array(jobs.length);for(let share of shares)for(let[index,checked2]of share)out2[index]=checked2;return out2}function runWorker(input,env){let{Worker}=process.getBuiltinModule("node:worker_threads"),worker=new Worker(workerFile(),{workerData:input,env,resourceLimits:{maxYoungGenerationSizeMb:YOUNG_MB}}),done=new Promise((resolve4,reject)=>{worker.once("message",resolve4),worker.once("error",reject),worker.once("exit",code=>code!==0&&reject(new Error(`validation worker exited with code ${code}`)))});return done.catch(()=>{}),{worker,done}}var import_node_fs8=require("node:fs");function gitUserName(root,env){if(env.GIT_AUTHOR_NAME)return env.GIT_AUTHOR_NAME;if(env.GIT_COMMITTER_NAME)return env.GIT_COMMITTER_NAME;let home=env.HOME??os().homedir(),files=[childPath(root,".git","config"),env.GIT_CONFIG_GLOBAL??childPath(home,".gitconfig"),env.XDG_CONFIG_HOME!==void 0?childPath(env.XDG_CONFIG_HOME,"git","config"):childPath(home,".config","git","config")];for(let file2 of files){let name=userNameIn(file2);if(name)return name}try{return os().userInfo().username}catch{return"unknown"}}function userNameIn(file2){let text;try{text=(0,import_node_fs8.readFileSync)(file2,"utf8")}catch{return}let inUser=!1;for(let raw of text.split(/\r?\n/)){let line=raw.trim(),section=/^\[\s*([^\]\s"]+)/.exec(line);if(section){inUser=section[1].toLowerCase()==="user";continue}let kv=inUser&&/^name\s*=\s*(.*)$/i.exec(line);if(kv)return unquote(kv[1].replace(/\s[#;].*$/,"").trim())||void 0}}var os=()=>process.getBuiltinModule("node:os"),unquote=s=>s.startsWith('"')&&s.endsWith('"')?s.slice(1,-1).replace(/\\(.)/g,"$1"):s;var import_node_fs9=require("node:fs"),import_node_path9=require("node:path");var DRIVER_NAME="casefile",DRIVER_DESCRIPTION="Casefile incident files: timelines, threads, evidence and action items merged as sets",ARGS="merge-driver %O %A %B %P",OLD_COMMAND=`npx --no-install incident ${ARGS}`,OURS="casefile=",sq=s=>`'${s.replace(/'/g,"'\\''")}'`;function casefileBin(argv1=process.argv[1]){if(argv1)try{let real=(0,import_node_fs9.realpathSync)(argv1);return(0,import_node_path9.basename)(real)==="incident.cjs"&&(0,import_node_fs9.existsSync)((0,import_node_path9.join)((0,import_node_path9.dirname)(real),"..","package.json"))?real:void 0}catch{return}}function driverCommand(bin=casefileBin(),node=process.execPath){let fallback=`if [ -x node_modules/.bin/incident ]; then exec node_modules/.bin/incident ${ARGS}; else exec incident ${ARGS}; fi`;return bin?`${OURS}${sq(bin)}; node=${sq(node)}; [ -x "$node" ] || node=node; if [ -f "$casefile" ]; then exec "$node" "$casefile" ${ARGS}; ${fallback.replace(/^if /,"elif ")}`:`${OURS}; ${fallback}`}var isCasefileCommand=command=>command===OLD_COMMAND||command.startsWith(OURS);var gitIn=(cwd,env)=>(...args)=>process.getBuiltinModule("node:child_process").spawnSync("git",args,{cwd,encoding:"utf8",env});function writeDriverConfig(root,options){let scope=options.global?"--global":"--local",git=gitIn(root,options.env??process.env),command=options.command??driverCommand(),current=git("config",scope,"--get",`merge.${DRIVER_NAME}.driver`).stdout.trim();if(current===command||current&&!isCasefileCommand(current))return!1;for(let[key2,value]of[["name",DRIVER_DESCRIPTION],["driver",command]]){let r=git("config",scope,`merge.${DRIVER_NAME}.${key2}`,value);if(r.error||r.status!==0)throw new CommandError(`git config ${scope} merge.${DRIVER_NAME}.${key2} failed: ${r.error?.message??r.stderr.trim()}`)}return!0}function ensureMergeDriver(root,mode,env,warn){if(!(mode==="off"||env.CASEFILE_MERGE_DRIVER==="off"))try{if(!namesDriver(root))return;let dir=gitDir(root);if(!dir)return;let found2;for(let file2 of configFiles(dir,env))if((found2=driverIn(file2))!==void 0)break;if(found2!==void 0&&found2!==OLD_COMMAND)return;let old=found2===OLD_COMMAND;if(!old){let asked=gitIn(root,env)("config","--get",`merge.${DRIVER_NAME}.driver`);if(asked.error||asked.stdout.trim()&&asked.stdout.trim()!==OLD_COMMAND)return;old=asked.stdout.trim()===OLD_COMMAND}if(mode==="warn"){warn(old?"this clone's merge driver for incident files runs npx, which cannot find every install of Casefile: incident merge-driver --install":"this clone has no merge driver for incident files (.gitattributes names it), so git pull may end in conflicts: incident merge-driver --install");return}writeDriverConfig(root,{env})&&warn(`${old?"updated":"installed"} the merge driver for incident files in this clone (git config merge.${DRIVER_NAME}.driver); merge_driver: off in .incident.yml stops this`)}catch(error){warn(`could not install the merge driver for incident files (${error.message}): incident merge-driver --install`)}}function namesDriver(root){let text;try{text=(0,import_node_fs9.readFileSync)(childPath(root,".gitattributes"),"utf8")}catch{return!1}return new RegExp(`(^|\\s)merge=${DRIVER_NAME}(\\s|$)`,"m").test(text)}function gitDir(root){for(let dir=(0,import_node_path9.resolve)(root);;dir=(0,import_node_path9.dirname)(dir)){let dotGit=childPath(dir,".git"),st=(0,import_node_fs9.statSync)(dotGit,{throwIfNoEntry:!1});if(st?.isDirectory())return dotGit;if(st?.isFile()){let m=/^gitdir:\s*(.+?)\s*$/m.exec((0,import_node_fs9.readFileSync)(dotGit,"utf8"));if(!m)return;let linked=(0,import_node_path9.resolve)(dir,m[1]),common=(0,import_node_path9.join)(linked,"commondir");return(0,import_node_fs9.existsSync)(common)?(0,import_node_path9.resolve)(linked,(0,import_node_fs9.readFileSync)(common,"utf8").trim()):linked}if((0,import_node_path9.dirname)(dir)===dir)return}}function configFiles(dir,env){let common=dir,home=env.HOME??process.getBuiltinModule("node:os").homedir();return[childPath(common,"config"),env.GIT_CONFIG_GLOBAL??childPath(home,".gitconfig"),env.XDG_CONFIG_HOME?childPath(env.XDG_CONFIG_HOME,"git","config"):childPath(home,".config","git","config")]}function driverIn(file2){let text;try{text=(0,import_node_fs9.readFileSync)(file2,"utf8")}catch{return}let inSection=!1;for(let raw of text.split(/\r?\n/)){let line=raw.trim();if(line.startsWith("[")){inSection=new RegExp(`^\\[\\s*merge\\s+"${DRIVER_NAME}"\\s*\\]`,"i").test(line);continue}let m=inSection&&/^driver\s*=\s*(\S.*)$/i.exec(line);if(m)return m[1].trim()}}async function context(deps2){let repo=await openRepo(deps2.cwd,{configFile:deps2.env.CASEFILE_CONFIG||void 0,incidentsDir:deps2.env.CASEFILE_INCIDENTS_DIR||void 0}),checked2=!1;return repo.afterWrite=()=>{checked2||(checked2=!0,ensureMergeDriver(repo.root,repo.config.merge_driver,deps2.env,line=>deps2.warn?.(line)))},{...deps2,repo,get defaultTimeZone(){return repo.config.timezone??(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC")},whoami:()=>gitUserName(repo.root,deps2.env)}}var UNIQUE_ID="unique-id",unchecked=(size=0,mtimeMs=0,ctimeMs=0)=>({id:void 0,named:!1,errors:0,warnings:0,printed:"",diagnostics:void 0,size,mtimeMs,ctimeMs}),fromEntry=e=>({...unchecked(),id:e.id,named:e.named,errors:e.errors,warnings:e.warnings,printed:e.printed});async function validate(options,deps2){let ctx=await context(deps2),template=loadTemplate(ctx.repo,"incident.md"),cacheFile=options.cache===!1?void 0:cachePath(ctx.repo.root),shared={config:ctx.repo.config,now:ctx.now,template,publicTemplates:publicTemplates(ctx.repo),hash:cacheFile!==void 0},key2=hashText(JSON.stringify(["0.1.0",RULES.map(r=>r.id),shared.config,template,shared.publicTemplates])),cache=ValidateCache.open(cacheFile,key2),relative4=relativeTo(ctx.repo.root),{paths,listed,aligned}=await targets(ctx,options,cache,relative4),todayIn=zone=>today(ctx.now,zone),dated=e=>e?.date!==void 0&&e.date===todayIn(e.zone||void 0)?e:void 0,held=new Int32Array(paths.length).fill(-1),results=new Array(paths.length),todo=[],root=withSep(ctx.repo.root),prefix=statPrefix(root);for(let j=0;j<paths.length;j++){let path=paths[j];if(!cacheFile){results[j]=unchecked(),todo.push(j);continue}let rel=aligned?cache.rels[j]:relative4(path),stat=(aligned||path.startsWith(root)?shortStat(prefix,root,rel):void 0)??(0,import_node_fs10.statSync)(path),i=aligned?j:cache.index(rel);if(i>=0&&cache.holds(i,stat.size,stat.mtimeMs,stat.ctimeMs,todayIn)){held[j]=i;continue}let cached=dated(cache.get(rel));if(cached&&cached.size===stat.size&&cached.mtimeMs===stat.mtimeMs&&cached.ctimeMs===stat.ctimeMs){results[j]=fromEntry(cached);continue}if(cached&&cached.size===stat.size&&cached.hash===hashText((0,import_node_fs10.readFileSync)(path,"utf8"))){cache.set(rel,{...cached,mtimeMs:stat.mtimeMs,ctimeMs:stat.ctimeMs}),results[j]=fromEntry(cached);continue}results[j]=unchecked(stat.size,stat.mtimeMs,stat.ctimeMs),todo.push(j)}let jobs=todo.map(j=>({path:paths[j],file:display(ctx.repo,paths[j])})),checked2=await checkAll(jobs,shared,options.threads);todo.forEach((j,k)=>{let{hash,id,zone,date,diagnostics}=checked2[k],r=results[j],rel=relative4(paths[j]),named=id!==void 0&&paths[j].endsWith(`${import_node_path10.sep}${id}.md`),errors=diagnostics.filter(d=>d.severity==="error").length;Object.assign(r,{id:named?void 0:id,named,errors,warnings:diagnostics.length-errors,diagnostics}),r.printed=diagnostics.map(d=>prettyLine(d.file===rel?d:{...d,file:rel})).join(""),cacheFile&&cache.set(rel,{size:r.size,mtimeMs:r.mtimeMs,ctimeMs:r.ctimeMs,hash,id:r.id,named,zone,date,errors:r.errors,warnings:r.warnings,printed:r.printed})}),cache.save(listed&&{...listed,files:paths.map(relative4)});let ids=new Ids(paths,held,results,cache),duplicates=duplicateIds(ctx,ids,!(options.paths?.length||options.changed));for(let[j,dup]of duplicates){let rel=relative4(paths[j]);held[j]>=0&&(results[j]=fromEntry(cache.get(rel)),held[j]=-1);let r=results[j],mine=[...findingsOf(r,display(ctx.repo,paths[j]),rel),dup].sort((a,b)=>a.line-b.line||a.column-b.column);Object.assign(r,{diagnostics:mine,errors:r.errors+1,printed:mine.map(d=>prettyLine({...d,file:rel})).join("")})}return report(ctx,paths,held,results,cache,relative4)}function report(ctx,paths,held,results,cache,relative4){let parts=[],errors=0,warnings=0;for(let j=0;j<paths.length;j++){let i=held[j];if(i>=0){errors+=cache.errorsAt(i),warnings+=cache.warningsAt(i);let last=parts[parts.length-1];last&&"to"in last&&last.to===i?last.to=i+1:parts.push({from:i,to:i+1});continue}let r=results[j];errors+=r.errors,warnings+=r.warnings,r.errors+r.warnings>0&&parts.push({j,r})}let atRoot=display(ctx.repo,(0,import_node_path10.join)(ctx.repo.root,"x"))==="x",fileDiagnostics=part=>{if("r"in part)return findingsOf(part.r,display(ctx.repo,paths[part.j]),relative4(paths[part.j]));let out2=[];for(let i=part.from;i<part.to;i++){let rel=cache.rels[i],file2=display(ctx.repo,(0,import_node_path10.join)(ctx.repo.root,rel));for(let d of readPretty(rel,cache.printedOf(i,i+1).toString())??[])out2.push({...d,file:file2})}return out2},all,diagnostics=()=>all??=parts.flatMap(fileDiagnostics);return{summary:{files:paths.length,errors,warnings},get diagnostics(){return diagnostics()},get printed(){return atRoot?Buffer.concat(parts.map(part=>"r"in part?Buffer.from(part.r.printed):cache.printedOf(part.from,part.to))):Buffer.from(diagnostics().map(prettyLine).join(""))}}}function findingsOf(r,file2,rel){return r.diagnostics??(readPretty(rel,r.printed)??[]).map(d=>({...d,file:file2}))}async function targets(ctx,options,cache,relative4){let dir=ctx.repo.incidentsDir;if(options.paths?.length){let paths2=options.paths.flatMap(p=>{let given=(0,import_node_path10.isAbsolute)(p)?p:(0,import_node_path10.resolve)(ctx.cwd,p),byId=!(0,import_node_fs10.existsSync)(given)&&/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(p)?incidentPath(ctx.repo,p):void 0,abs=byId??given;if(!(0,import_node_fs10.existsSync)(abs))throw byId?unknownIncident(ctx.repo,p):new UsageError(`Unexpected path "${p}", expected an incident file, directory or id`);return(0,import_node_fs10.statSync)(abs).isDirectory()?(0,import_node_fs10.readdirSync)(abs).filter(n=>n.endsWith(".md")&&!n.startsWith(".")).map(n=>(0,import_node_path10.join)(abs,n)):[abs]});return{paths:(await changedOnly(ctx,options,paths2)).sort(),aligned:!1}}let dirStat=(0,import_node_fs10.statSync)(dir,{throwIfNoEntry:!1});if(!dirStat)return{paths:[],aligned:!1};let listed={dir:relative4(dir),mtimeMs:dirStat.mtimeMs},cached=cache.listing(listed.dir,listed.mtimeMs),root=withSep(ctx.repo.root),paths=cached?cached.map(rel=>root+rel):listIncidentFiles(ctx.repo);if(options.changed!==void 0&&options.changed!==!1)return{paths:await changedOnly(ctx,options,paths),aligned:!1};let rels=cache.rels,aligned=cached===rels||paths.length===rels.length&&paths.every((p,j)=>p.length===root.length+rels[j].length&&p.endsWith(rels[j])&&p.startsWith(root));return{paths,listed:cached?void 0:listed,aligned}}async function changedOnly(ctx,options,paths){if(options.changed===void 0||options.changed===!1)return paths;let changed=new Set(await changedFiles(ctx,options.changed===!0?"HEAD":options.changed));return paths.filter(p=>changed.has(p))}async function changedFiles(ctx,base){let{changedSince}=await Promise.resolve().then(()=>__toESM(require_git_changed(),1)),changed=changedSince(ctx.repo.root,base,(0,import_node_path10.relative)(ctx.repo.root,ctx.repo.incidentsDir)||".");if(!changed)throw new UsageError(`Unexpected --changed base "${base}", expected a git revision (a branch, tag or commit) in this repository`);return changed}var Ids=class{constructor(paths,held,results,cache){this.paths=paths;let odd=[],oddHeld=cache.oddIds();if(oddHeld.length>0){let fileOf=new Int32Array(cache.rels.length).fill(-1);for(let j=0;j<held.length;j++)held[j]>=0&&(fileOf[held[j]]=j);for(let[i,id]of oddHeld)fileOf[i]>=0&&odd.push([fileOf[i],id])}results.forEach((r,j)=>{r&&!r.named&&odd.push([j,r.id])}),this.odd=new Map(odd.sort((a,b)=>a[0]-b[0]))}paths;odd;others(){return this.odd}idAt(j){return this.odd.has(j)?this.odd.get(j):(0,import_node_path10.basename)(this.paths[j],".md")}indexOf(path){return indexInSorted(this.paths,path)}};function duplicateIds(ctx,ids,everyIncident){let owners=everyIncident?ownersInOneDirectory(ctx,ids):ownersOfAll(ctx,ids),found2=new Map;for(let[id,paths]of owners)if(!(paths.length<2))for(let path of paths){let j=ids.indexOf(path);if(j<0)continue;let others=paths.filter(p=>p!==path).map(p=>display(ctx.repo,p)),{line,column}=idPosition((0,import_node_fs10.readFileSync)(path,"utf8"));found2.set(j,{file:display(ctx.repo,path),line,column,severity:"error",ruleId:UNIQUE_ID,message:oneLine(`Unexpected id "${id}", expected a unique id (also in ${others.join(", ")})`)})}return found2}function ownersInOneDirectory(ctx,ids){let owners=new Map;for(let[j,id]of ids.others())id&&owners.set(id,[...owners.get(id)??[],ids.paths[j]]);for(let[id,paths]of owners){let home=(0,import_node_path10.join)(ctx.repo.incidentsDir,`${id}.md`),j=ids.indexOf(home);j>=0&&!ids.others().has(j)&&paths.unshift(home)}return owners}function ownersOfAll(ctx,ids){let owners=new Map,add2=(id,path)=>id&&owners.set(id,[...owners.get(id)??[],path]);ids.paths.forEach((path,j)=>add2(ids.idAt(j),path));let checked2=new Set(ids.paths);for(let id of listIncidentIds(ctx.repo)){let path=(0,import_node_path10.join)(ctx.repo.incidentsDir,`${id}.md`);if(checked2.has(path))continue;let other=quickFields((0,import_node_fs10.readFileSync)(path,"utf8"),new Set(["id"]))?.id;add2(typeof other=="string"?other:void 0,path)}return owners}function relativeTo(root){let prefix=withSep(root);return path=>path.startsWith(prefix)?path.slice(prefix.length):(0,import_node_path10.relative)(root,path)}function idPosition(text){let m=/^id:[ \t]*/m.exec(text);return m?{line:text.slice(0,m.index).split(`
`).length,column:m[0].length+1}:{line:2,column:1}}var import_node_fs12=require("node:fs");var import_node_fs11=require("node:fs"),import_node_util=require("node:util"),decided=new Map;function colourOn(fd,env=process.env){let known2=decided.get(fd);if(known2!==void 0)return known2;let on=decide(fd,env);return decided.set(fd,on),on}function decide(fd,env){let force=env.FORCE_COLOR;if(force!==void 0)return["","1","2","3","true"].includes(force);if(env.NO_COLOR||env.TERM==="dumb")return!1;try{if(!(0,import_node_fs11.fstatSync)(fd).isCharacterDevice())return!1}catch{return!1}return process.getBuiltinModule("node:tty").isatty(fd)}function paint(fd,style,text){return!text||!colourOn(fd)?text:(0,import_node_util.styleText)(style,text,{validateStream:!1})}var FINDING=/^(.*?:\d+:\d+) (error  |warning) (.*)  (\S+)$/;function paintFindings(text){return colourOn(1)?text.split(`
`).map(line=>{let m=FINDING.exec(line);if(!m)return line&&/^\d+ (error|warning)|checked, no problems$/.test(line)?paint(1,"bold",line):line;let[,place,severity,message,rule12]=m;return`${paint(1,"underline",place)} ${paint(1,severity.startsWith("error")?"red":"yellow",severity)} ${message}  ${paint(1,"gray",rule12)}`}).join(`
`):text}var errorLine=message=>`${paint(2,["red","bold"],"incident:")} ${message}`,noteLine=message=>`incident: ${paint(2,"yellow","note:")} ${message}`;var deps=()=>({cwd:process.cwd(),now:clock(process.env.CASEFILE_NOW),env:process.env,warn:line=>writeLine(2,noteLine(line))});function clock(pinned){if(!pinned)return Date.now();let ms=Date.parse(pinned);if(Number.isNaN(ms))throw new UsageError(`Unexpected CASEFILE_NOW "${pinned}", expected an ISO 8601 time`);return ms}function writeLine(fd,text){let rest=typeof text=="string"?Buffer.from(text.endsWith(`
`)?text:text+`
`):text;for(;rest.length>0;)try{rest=rest.subarray((0,import_node_fs12.writeSync)(fd,rest))}catch(error){if(error.code!=="EAGAIN")throw error}}var out=text=>writeLine(1,text);var import_node_util2=require("node:util");function parseFast(command,args,options){let attached=attachValues(args,options),plain3=parsePlain(attached,options);if(plain3)return plain3;try{let spec=Object.fromEntries(Object.entries(options).map(([name,{type,short,multiple,default:value}])=>[name,{type,...short&&{short},...multiple&&{multiple},...value!==void 0&&{default:value}}]));return(0,import_node_util2.parseArgs)({args:attached,options:spec,allowPositionals:!0,strict:!0})}catch(error){throw new UsageError(`${error.message.split(`
`)[0]} (see incident ${command} --help)`)}}function parsePlain(args,options){let values=Object.create(null),positionals=[];for(let arg of args){if(arg.charCodeAt(0)!==45||arg==="-"){positionals.push(arg);continue}if(!arg.startsWith("--")||arg==="--")return;let eq=arg.indexOf("="),name=eq===-1?arg.slice(2):arg.slice(2,eq),o=Object.hasOwn(options,name)?options[name]:void 0;if(!o||o.type==="string"!=(eq!==-1))return;let value=eq===-1?!0:arg.slice(eq+1);o.multiple?(values[name]??=[]).push(value):values[name]=value}for(let[name,o]of Object.entries(options))o.default!==void 0&&values[name]===void 0&&(values[name]=o.default);return{positionals,values}}function attachValues(args,options){let long=new Map;for(let[name,o]of Object.entries(options))o.type==="string"&&(long.set(`--${name}`,name),o.short&&long.set(`-${o.short}`,name));let out2=[];for(let i=0;i<args.length;i++){let arg=args[i];if(arg==="--")return[...out2,...args.slice(i)];let name=long.get(arg);name&&i+1<args.length?out2.push(`--${name}=${args[++i]}`):out2.push(arg)}return out2}var str=v=>typeof v=="string"?v:void 0;var import_node_fs13=require("node:fs");var ZONEINFO="/usr/share/zoneinfo",UTC_NAMES=new Set(["UTC","Etc/UTC","Etc/UCT","UCT","Etc/Universal","Universal","Etc/Zulu","Zulu"]),known=new Map;function onSystem(timeZone){let found2=known.get(timeZone);return found2===void 0&&(found2=hasZoneFileForm(timeZone)&&(0,import_node_fs13.statSync)(`${ZONEINFO}/${timeZone}`,{throwIfNoEntry:!1})?.isFile()===!0,known.set(timeZone,found2)),found2}var systemZoneRules={isValid:timeZone=>onSystem(timeZone)||intlZoneRules.isValid(timeZone),offsetMinutes(timeZone,epochMs){return onSystem(timeZone)?(process.env.TZ!==timeZone&&(process.env.TZ=timeZone),-new Date(Math.floor(epochMs/1e3)*1e3).getTimezoneOffset()||0):intlZoneRules.offsetMinutes(timeZone,epochMs)},isUtc:timeZone=>UTC_NAMES.has(timeZone)||!onSystem(timeZone)&&intlZoneRules.isUtc(timeZone)};function exitCodeFor(error){let err=text=>writeLine(2,text);if(error instanceof SilentExit)return error.code;let code=error?.code;if(typeof code=="string"&&code.startsWith("commander."))return error.exitCode===0?0:2;if(error instanceof UsageError)return err(errorLine(error.message)),2;if(error instanceof DocumentError)return err(error.describe()),1;if(error instanceof CommandError)return err(errorLine(error.message)),1;let e=error,fs=fsErrorText(error);return fs?(err(errorLine(fs)),1):(err(errorLine(`internal error: ${e?.message??String(error)}`)),process.env.CASEFILE_DEBUG?err(String(e?.stack)):err("incident: this is a bug in Casefile; run again with CASEFILE_DEBUG=1 for details and report it"),1)}var import_node_fs14=require("node:fs");function idArg(arg){let m=/^[^\s]*[\\/]([^\s\\/]+)\.md$/.exec(arg);return m&&(0,import_node_fs14.existsSync)(arg)?m[1]:arg}var HAND_OVER=Symbol.for("casefile.hand-over");function lane(command,options,run2,scope={}){let handOver=why=>{process.env.CASEFILE_DEBUG&&writeLine(2,`incident: ${command}: handed to the full CLI (needs ${why})`)};return async argv=>{let only=scope.fullOnly?.find(name=>argv.some(a=>a===name||a.startsWith(`${name}=`)));if(only)return handOver(only);useZoneRules(systemZoneRules);try{let parsed=parseFast(command,argv.slice(1),options),{values}=parsed,idAt=command==="validate"||command==="log"&&parsed.positionals.length<2?-1:0,positionals=parsed.positionals.map((p,i)=>i===idAt?idArg(p):p);return scope.takes&&!scope.takes(positionals)?handOver(`${command} ${positionals[1]??""}`.trim()):(await run2(positionals,values),0)}catch(error){return typeof error=="object"&&error!==null&&HAND_OVER in error?handOver(String(error[HAND_OVER])):exitCodeFor(error)}}}var VALIDATE_OPTIONS={json:{type:"boolean",description:"print the findings as JSON (the same as --format json)"},format:{type:"string",value:"format",description:"output format: pretty (default), json or github"},quiet:{type:"boolean",description:"report errors only"},"no-cache":{type:"boolean",description:"check every file again, ignoring the cache"},threads:{type:"string",value:"n",description:"at most this many threads (default: one per core)"}};async function run(paths,opts){let given=str(opts.format);if(given!==void 0&&!FORMATS.includes(given))throw new UsageError(`Unexpected --format "${given}", expected one of ${FORMATS.join(", ")}`);if(opts.json&&given!==void 0&&given!=="json")throw new UsageError(`Unexpected --json with --format ${given}, expected one of them`);let format=opts.json?"json":given??"pretty",threads=str(opts.threads);if(threads!==void 0&&!/^[1-9]\d*$/.test(threads))throw new UsageError(`Unexpected --threads "${threads}", expected a positive whole number`);let cache=!(opts.cache===!1||opts["no-cache"]===!0),changed=opts.changed,result=await validate({paths,changed,cache,threads:threads===void 0?void 0:Number(threads)},deps());if(format==="pretty"&&!opts.quiet){let printed=Buffer.concat([result.printed,Buffer.from(prettyTotal(result.summary))]);out(colourOn(1)?paintFindings(printed.toString()):printed)}else{let shown=opts.quiet?result.diagnostics.filter(d=>d.severity==="error"):result.diagnostics,summary=summarize(result.summary.files,shown);if(format==="json")out(formatJson(shown,summary));else if(format==="github"){let text=formatGithub(shown);text&&out(text)}else shown.length>0&&out(paintFindings(formatPretty(shown,summary)))}if(result.summary.errors>0)throw new SilentExit(1)}var main=lane("validate",VALIDATE_OPTIONS,run,{fullOnly:["--changed"]}),codeCacheReady=checkedInThisThread;0&&(module.exports={codeCacheReady,main,run});

});
