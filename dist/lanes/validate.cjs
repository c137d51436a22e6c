(function (top, lane) { return top === globalThis ? lane : lane.call(module.exports, module.exports, require, module, __filename, __dirname); })(this, function (exports, require, module, __filename, __dirname) {
"use strict";var Vo=Object.create;var gt=Object.defineProperty;var Zo=Object.getOwnPropertyDescriptor;var Yo=Object.getOwnPropertyNames;var Ko=Object.getPrototypeOf,Go=Object.prototype.hasOwnProperty;var Be=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}},Jo=(e,t)=>{for(var n in t)gt(e,n,{get:t[n],enumerable:!0})},li=(e,t,n,i)=>{if(t&&typeof t=="object"||typeof t=="function")for(let r of Yo(t))!Go.call(e,r)&&r!==n&&gt(e,r,{get:()=>t[r],enumerable:!(i=Zo(t,r))||i.enumerable});return e};var Te=(e,t,n)=>(n=e!=null?Vo(Ko(e)):{},li(t||!e||!e.__esModule?gt(n,"default",{value:e,enumerable:!0}):n,e)),Qo=e=>li(gt({},"__esModule",{value:!0}),e);var bs=Be(()=>{throw{[Symbol.for("casefile.hand-over")]:"../core/document/document.ts"}});var ro=Be((qp,io)=>{io.exports=require("./parts/public-check.cjs")});var oo=Be(()=>{throw{[Symbol.for("casefile.hand-over")]:"../document/document.ts"}});var ei=Be(()=>{throw{[Symbol.for("casefile.hand-over")]:"../markdown/remark-sections.ts"}});var vo=Be(()=>{throw{[Symbol.for("casefile.hand-over")]:"../io/git-changed.ts"}});var yu={};Jo(yu,{codeCacheReady:()=>gu,main:()=>hu,run:()=>qo});module.exports=Qo(yu);var T=class extends Error{name="UsageError"},j=class extends Error{constructor(n,i,r,s){super(n);this.file=i;this.line=r;this.column=s}file;line;column;name="DocumentError";describe(){return this.file?`${this.line?`${this.file}:${this.line}${this.column?`:${this.column}`:""}`:this.file}: ${this.message}`:this.message}},se=class extends Error{name="CommandError"},Ce=class extends Error{constructor(n){super(`exit ${n}`);this.code=n}code;name="SilentExit"};var Xo="https://github.com/casefile/casefile/blob/main/docs/",ui=e=>`${Xo}rules/${e}.md`;var Jt=["pretty","json","github"];function fi(e,t){let n=t.filter(i=>i.severity==="error").length;return{files:e,errors:n,warnings:t.length-n}}function mi(e,t){return e.map(He).join("")+Qt(t)}var He=e=>`${e.file}:${e.line}:${e.column} ${e.severity==="error"?"error  ":"warning"} ${e.message}  ${e.ruleId}
`;function Qt(e){let t=[e.errors&&`${e.errors} error${e.errors===1?"":"s"}`,e.warnings&&`${e.warnings} warning${e.warnings===1?"":"s"}`].filter(Boolean),n=`${e.files} file${e.files===1?"":"s"}`;return`${t.length?`${t.join(", ")} in ${n}`:`${n} checked, no problems`}
`}function Xt(e,t){let n=[];for(let i of t.split(`
`)){if(i==="")continue;let r=i.startsWith(`${e}:`)?ea.exec(i.slice(e.length+1)):null;if(!r)return null;n.push({file:e,line:Number(r[1]),column:Number(r[2]),severity:r[3]==="error  "?"error":"warning",message:r[4],ruleId:r[5]})}return n}var ea=/^(\d+):(\d+) (error  |warning) (.*)  (\S+)$/,$e=e=>/[\r\n]/.test(e)?e.replace(/\r\n?|\n/g,"\\n"):e;function pi(e,t){return JSON.stringify({...t,diagnostics:e.map(n=>({...n,url:ui(n.ruleId)}))},null,2)+`
`}function hi(e){let t=[...e].sort((n,i)=>n.severity===i.severity?0:n.severity==="error"?-1:1);return t.map(n=>ta(n.severity,{file:n.file,line:n.line,col:n.column,title:n.ruleId},n.message)).join(`
`)+(t.length?`
`:"")}function ta(e,t,n){let i=Object.entries(t).filter(([,r])=>r!==void 0).map(([r,s])=>`${r}=${na(String(s))}`);return`::${e}${i.length?" "+i.join(","):""}::${gi(n)}`}var gi=e=>e.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),na=e=>gi(e).replace(/:/g,"%3A").replace(/,/g,"%2C");var q=require("node:fs"),P=require("node:path");var _e=require("node:path");function ia(e){if(e.includes("//")||e.includes("/./")||e.includes("/../")||e.endsWith("/.")||e.endsWith("/.."))return!0;if(e.length<2||!e.endsWith("/"))return!1;let t=e.charCodeAt(e.length-2);return t!==10&&t!==13&&t!==8232&&t!==8233}var ra=e=>e!==""&&e!=="."&&e!==".."&&!e.includes("/");function C(e,...t){return _e.sep!=="/"||e.charCodeAt(0)!==47||ia(e)||!t.every(ra)?(0,_e.join)(e,...t):(e==="/"?"":e)+"/"+t.join("/")}var te=e=>e.endsWith(_e.sep)?e:e+_e.sep;var sa=new Set(["true","True","TRUE","false","False","FALSE","null","Null","NULL"]);function bt(e,t){let n=oa(e);if(!n)return;let i={},r=new Set,s=!1;for(let o=0;o<n.length;o++){let d=n.first(o);if(d===35||d===-1)continue;if(d===32||d===45){if(!s)return;continue}let a=/^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/.exec(n.at(o));if(!a)return;s=!0;let c=a[1];if(c.length<=5&&sa.has(c)||r.has(c)||c==="__proto__")return;if(r.add(c),!t.has(c)){let m=a[2]?.charCodeAt(0),f=m===34||m===39;if((f||m===91||m===123)&&!ga(a[2])||m!==void 0&&(la.has(m)||m===45&&a[2].charCodeAt(1)===32||!f&&a[2].includes(": ")))return;continue}let l=me(a[2]??""),u;if(l!==""){if(u=oe(l),ya(n,o))return}else{let{items:m,end:f}=da(n,o+1);u=m,o=f-1}if(u===void 0)return;i[c]=u}return s?i:void 0}var en=class{starts=[];ends=[];text;constructor(t){this.text=t}add(t,n){this.starts.push(t),this.ends.push(n)}get length(){return this.starts.length}at(t){return this.text.slice(this.starts[t],this.ends[t])}first(t){return this.starts[t]===this.ends[t]?-1:this.text.charCodeAt(this.starts[t])}};function oa(e){let t=e.startsWith("\uFEFF")?1:0;if(!e.startsWith("---",t))return;let n=new en(e),i=e.indexOf(`
`,t);if(i===-1||!/^[ \t]*\r?$/.test(e.slice(t+3,i)))return;let r=()=>aa(e.slice(t,i+1))?void 0:n;for(;;){let s=e.indexOf(`
`,i+1);if(s===-1)return/^(?:---|\.\.\.)[ \t]*\r?$/.test(e.slice(i+1))?r():void 0;let o=i+1,d=e.charCodeAt(s-1)===13?s-1:s,a=e.charCodeAt(o);if((a===45||a===46)&&/^(?:---|\.\.\.)[ \t]*$/.test(e.slice(o,d)))return r();n.add(o,d),i=s}}function aa(e){return e.indexOf("\u2028")!==-1||e.indexOf("\u2029")!==-1||e.indexOf("\r")!==-1&&/\r(?!\n)/.test(e)}function da(e,t){let n=[],i,r=t;for(;r<e.length;r++){let s=e.at(r);if(/^[ \t]*(?:#|$)/.test(s)){if(s.includes("	")&&/^ *\t/.test(s))return{items:void 0,end:r};continue}let o=/^( *)- (.*)$/.exec(s);if(!o){if(/^[ -]/.test(s))return{items:void 0,end:r};break}if(i===void 0)i=o[1];else if(i!==o[1])return{items:void 0,end:r};let d=me(o[2]),a=d===""?null:oe(d);if(a===void 0||Array.isArray(a))return{items:void 0,end:r};n.push(a)}return{items:n.length?n:null,end:r}}var ca={'"':'"',"\\":"\\","/":"/",t:"	",n:`
`};function oe(e){let t=e[0];if(t==='"'){if(!/^"(?:[^"\\]|\\["\\/tn])*"$/.test(e))return;let n=e.slice(1,-1);return n.includes("\\")?n.replace(/\\(.)/g,(i,r)=>ca[r]):n}if(t==="'")return/^'(?:[^']|'')*'$/.test(e)?e.slice(1,-1).replace(/''/g,"'"):void 0;if(t==="["){let n=/^\[([^[\]{}"'#]*)\]$/.exec(e)?.[1];if(n===void 0)return;let i=n.split(",").map(tn);i.length&&i[i.length-1]===""&&i.pop();let r=i.map(s=>s===""?void 0:yi(s));return r.every(s=>s!==void 0&&!Array.isArray(s))?r:void 0}return yi(e)}var la=new Set([..."&*!%@`,?:"].map(e=>e.charCodeAt(0))),ua=new Set([..."&*!|>{}%@`,?:-[]#'\""].map(e=>e.charCodeAt(0))),bi=new Uint8Array(128);for(let e of ua)bi[e]=1;var yt=e=>e>=48&&e<=57,fa=/: |\t| #|:$/;function yi(e){return fa.test(e)?void 0:wt(e)}function wt(e){let t=e.charCodeAt(0);if(!(yt(t)||t===43||t===46||t===45&&yt(e.charCodeAt(1)))){if(t<128&&bi[t]===1)return;let n=e.length;return n!==4&&n!==5&&n!==1?e:e==="null"||e==="Null"||e==="NULL"||e==="~"?null:e==="true"||e==="True"||e==="TRUE"?!0:e==="false"||e==="False"||e==="FALSE"?!1:e}if(yt(t)){let n=1;for(;yt(e.charCodeAt(n));)n++;let i=e.charCodeAt(n);if(n<e.length&&i!==46&&i!==101&&i!==69&&i!==120&&i!==111)return e;if(n===e.length)return Number.isSafeInteger(Number(e))?Number(e):void 0}if(ma.test(e))return Number.isSafeInteger(Number(e))?Number(e):void 0;if(!pa.test(e))return ha.test(e)?Number(e):e}var ma=/^[-+]?\d+$/,pa=/^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?(?:\.inf|\.Inf|\.INF)$|^\.(?:nan|NaN|NAN)$/,ha=/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;function tn(e){let t=0,n=e.length;for(;t<n&&(e.charCodeAt(t)===32||e.charCodeAt(t)===9);)t++;for(;n>t&&(e.charCodeAt(n-1)===32||e.charCodeAt(n-1)===9);)n--;return t===0&&n===e.length?e:e.slice(t,n)}function me(e){let t=tn(e);if(t.startsWith("#"))return"";if(t.startsWith('"')||t.startsWith("'")){let r=t[0]==="'"?t.search(/'(?!')(?:[ \t]+#.*)?$/):t.lastIndexOf('"');if(r<=0)return t;let s=t.slice(r+1);return s===""||/^[ \t]+#/.test(s)?t.slice(0,r+1):t}let n=t.indexOf("#")===-1?-1:t.search(/[ \t]#/);return n===-1?t:tn(t.slice(0,n))}function ga(e){let t=me(e);if(t[0]==='"')return/^"(?:[^"\\]|\\.)*"$/.test(t);if(t[0]==="'")return/^'(?:[^']|'')*'$/.test(t);let n=0;for(let i=0;i<t.length;i++){let r=t.charCodeAt(i);r===91||r===123?n++:(r===93||r===125)&&n--}return n===0}function ya(e,t){for(let n=t+1;n<e.length;n++){let i=e.at(n);if(/^[ \t]*(?:#|$)/.test(i))continue;let r=i.charCodeAt(0);return r===32||r===9||r===45}return!1}var nn=["started","detected","acknowledged","declared","mitigated","recovered","resolved"],ba=["note","action","decision","finding","question","comms","todo","evidence","role","status","severity","reopened"],wi=[...nn,...ba],xi=["investigating","identified","monitoring","resolved","closed"],ki=["investigating","identified","monitoring"],Si=["incident","drill"],xt=["SEV-1","SEV-2","SEV-3","SEV-4","SEV-5"],vi=["incident_commander","deputy","scribe","communications_liaison","investigation_coordinator"],Ai=["prevent","detect","mitigate","process","other"],Ei=["open","in-progress","done","wont-do"],Ti=["draft","in-review","approved","published"],Ci=["requested","approved","rejected","published"];var $i=["open","closed"];var _i=["stdout","stderr"];var Oi=["investigating","identified","monitoring","resolved"],qe=["operational","under_maintenance","degraded_performance","partial_outage","major_outage"];var wa="https://casefile.dev/schema/incident.schema.json",kt="\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])",Ii="(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?",Ri="(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)",ye=`^${kt}$`,Ie=`^${kt}T${Ii}${Ri}$`,St=`^${kt}(?:T${Ii}${Ri})?$`,sn=`^${kt}-[a-z0-9]+(?:-[a-z0-9]+)*$`,_={type:"string",minLength:1},ne=e=>({..._,description:e}),xa=e=>({type:"array",description:e,items:ne("A person."),uniqueItems:!0}),ka={incident_commander:"Incident commander: drives the incident to resolution, gathers data, decides, delegates all diagnosis and repair.",deputy:"Deputy (backup IC): keeps the IC focused, follows up on time-boxed tasks, tracks follow-ups.",scribe:"Scribe: writes findings, actions and TODOs into the timeline as they happen.",communications_liaison:"Communications liaison: keeps customers and stakeholders informed (status page, social media).",investigation_coordinator:"Investigation coordinator: reports every 30 minutes on symptoms, what is confirmed, open questions and who works on each."},Sa=Object.fromEntries(vi.map(e=>[e,ne(ka[e])])),va=nn.join(", "),Aa={type:"object",description:"One timestamped event.",required:["at","kind","text"],additionalProperties:!1,properties:{at:{type:"string",pattern:Ie,description:"When it happened: ISO 8601 with an explicit offset, e.g. 2017-01-06T22:50:26Z or 2026-03-01T09:15:00+01:00.",examples:["2017-01-06T22:50:26Z","2026-03-01T09:15:00+01:00"]},kind:{enum:wi,description:`What the entry records. Milestones (${va}) drive the metrics: started = impact began, recovered = impact ended, resolved = incident over. Set them explicitly; they are never guessed from the text.`},by:ne("Who did or said it, if known."),text:{..._,description:"What happened, in a sentence or two."},approx:{type:"boolean",description:"true when the time is an estimate rather than a recorded time."},source:{type:"string",format:"uri",description:"The GitHub issue comment that wrote the entry (IssueOps), e.g. https://github.com/acme/ops/issues/12#issuecomment-123. Its id keeps a re-delivered comment from being logged twice; editing the comment amends the entry, deleting it removes the entry."}}},Ea={type:"object",description:"A follow-up that came out of the incident or its post-mortem.",required:["id","title"],additionalProperties:!1,properties:{id:{..._,description:"Short id, made when the item was added so that no other clone can pick it, and never changed, e.g. AI-k7m2q (AI-1 in older files).",examples:["AI-k7m2q","AI-1"]},title:{..._,description:'Verb first: what will be done, e.g. "Add exponential backoff to restarts".'},type:{enum:Ai,description:"prevent: stop it happening again; detect: notice sooner; mitigate: reduce impact or recover faster; process: how we work; other."},owner:ne("The one person responsible for getting it done."),due:{type:"string",pattern:ye,description:"Due date, YYYY-MM-DD."},status:{enum:Ei,description:"Progress. wont-do needs a reason."},reason:{..._,description:"Why it was dropped (required when status is wont-do)."},issue:{type:"string",format:"uri",description:"Link to the tracker issue."}},if:{required:["status"],properties:{status:{const:"wont-do"}}},then:{required:["reason"],properties:{reason:{..._,description:"Why it was dropped."}}}},Oe=e=>({type:"string",pattern:Ie,description:e}),Ta={type:"object",description:"Progress or a finding on the thread.",required:["at","text"],additionalProperties:!1,properties:{at:Oe("When it was reported: ISO 8601 with an explicit offset."),by:ne("Who reported it."),text:{..._,description:"What was found or done, with the raw data or a link to it."}}},Ca={type:"object",description:"One question the responders are trying to answer (seed 004): who works on it, what they found, the answer.",required:["question","status"],additionalProperties:!1,properties:{id:{..._,description:"Thread id, made when it was opened so that no other clone can pick it, and never changed: incident thread <incident> update <id>.",examples:["k7m2q"]},number:{type:"integer",description:"Thread number, in files from before thread ids (unique within this incident)."},question:{..._,description:'The question, e.g. "Is the latency in the metadata tier?".'},owner:ne("Who is investigating it. No owner: interesting, but nobody is looking into it."),status:{enum:$i,description:"open while being investigated; closed once answered (the answer is required then)."},opened:Oe("When the question was raised."),updates:{type:"array",description:"Findings and progress, oldest first.",items:Ta},answer:{..._,description:"What was found: the answer to the question."},closed:Oe("When the thread was closed.")},if:{required:["status"],properties:{status:{const:"closed"}}},then:{required:["answer"],properties:{answer:{..._,description:"What was found."}}}},$a={type:"object",description:"A file saved before service was restored (seed 000): where it is, its hash, who captured it and how.",required:["file","sha256","size","at"],additionalProperties:!1,properties:{file:{..._,description:"The saved copy, relative to the incident file: <id>/evidence/<time>-<name>. Markdown links from the body work with it."},sha256:{type:"string",minLength:64,description:"SHA-256 of the file (64 hex digits); incident evidence <id> verify re-checks it."},size:{type:"integer",description:"Size in bytes."},at:Oe("When it was captured."),by:ne("Who captured it."),source:{..._,description:"The file it was copied from, relative to the repository root (evidence add)."},command:{..._,description:"The command whose output this is (evidence run), as typed."},shell:{type:"boolean",description:"true when the command ran through a shell (--shell)."},stream:{enum:_i,description:"Which output of the command this file holds."},exit_code:{type:"integer",description:"The exit code of the command."},timed_out:{type:"boolean",description:"true when the command was stopped at its time limit (output may be partial)."},note:{..._,description:"What it is and why it matters, in a sentence."},scrubbed:{type:["integer","boolean"],if:{type:"boolean"},then:{const:!1},description:"How many secrets were replaced by [REDACTED:<kind>] before the file was saved, or false when it was saved as it was (--no-scrub). Absent: none found."}}};function rn(e){let t=e,n=t.properties,i=new Set(t.required??[]);for(let[r,s]of Object.entries(n??{})){if(!i.has(r)){let o=s.type;o!==void 0?s.type=[...Array.isArray(o)?o:[o],"null"]:Array.isArray(s.enum)&&(s.enum=[...s.enum,null])}rn(s)}for(let r of["items","then"])typeof t[r]=="object"&&rn(t[r]);return e}var ae=rn({$schema:"http://json-schema.org/draft-07/schema#",$id:wa,title:"Casefile incident",description:"Frontmatter of an incident file (incidents/<id>.md), format version 1.",type:"object",required:["id","title","kind","severity","status","timezone"],additionalProperties:!0,properties:{id:{type:"string",pattern:sn,description:"YYYY-MM-DD-<slug>, from the start date and the title; also the file name.",examples:["2017-01-06-db2kafka-outage-from-oom-kills"]},title:{..._,description:"Short, specific title."},kind:{enum:Si,description:"incident, or drill for a practice incident (never counted in metrics)."},severity:{..._,description:"Severity level. SEV-1 (worst) to SEV-5 by default; a repository can configure its own levels.",examples:xt},status:{enum:xi,description:"Where the incident stands. closed once the post-mortem is done."},timezone:{type:"string",pattern:"^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$",description:"IANA time zone the team reads times in, e.g. Europe/Berlin. Timeline times still carry their own offset.",examples:["UTC","America/Los_Angeles","Europe/Berlin"]},services:{type:"array",description:"Services affected.",items:{..._,description:"A service name."},uniqueItems:!0},public:{type:"boolean",description:"true if a public summary is published for customers."},roles:{type:"object",description:"Who held each incident role (one person each; record handoffs in the timeline).",additionalProperties:!1,properties:{...Sa,subject_matter_experts:xa("Subject-matter experts who took part.")}},impact:{type:"object",description:"Customer and business impact.",properties:{summary:{type:"string",description:"Who was affected, how, and for how long."},figures:{type:"array",description:"Measured impact, one figure each.",items:{type:"object",description:"One measured figure.",required:["label","value"],additionalProperties:!1,properties:{label:{..._,description:'What was measured, e.g. "Support requests raised".'},value:{type:["string","number"],description:'The figure: a number or a string such as "2%".'}}}}}},timeline:{type:"array",description:"Events in order. Equal times keep their written order.",items:Aa},action_items:{type:"array",description:"Follow-ups, each with an owner and a due date.",items:Ea},threads:{type:"array",description:"Investigation threads: the open questions, who works on each, findings and answers (incident thread).",items:Ca},evidence:{type:"array",description:"Evidence files saved under <id>/evidence/ next to this file, with their hashes (incident evidence).",items:$a},updates:{type:"array",description:"Public updates for the status page (incident status-update --post), oldest first. Leak-checked before they are written: no names, hosts or secrets.",items:{type:"object",description:"One public update.",required:["at","status","text"],additionalProperties:!1,properties:{at:Oe("When it was posted: ISO 8601 with an explicit offset."),status:{enum:Oi,description:"The incident's status as the update tells customers: investigating, identified, monitoring or resolved."},text:{..._,description:"What customers read (Markdown; links only http, https and mailto)."},by:ne("Who posted it (never published).")}}},component_status:{enum:qe,description:"The state the status page shows for the affected services while the incident is open, instead of the one status_page.severity_map gives for its severity."},no_action_items:{type:"string",minLength:1,description:"Why this incident has no action items: a closed incident needs either action items or this reason."},import:{type:"object",description:"Where an imported incident came from (incident import): the source, its id there (importing again updates this file), a link, what the source said at the last import (a field changed here since is kept) and every field of the source that has no place above, as it was.",required:["source","source_id"],properties:{source:{..._,description:"The tool it came from: pagerduty, incident-io, statuspage, opsgenie, slack, csv."},source_id:{type:["string","number"],description:"Its id in that tool."},url:{type:"string",description:"Its page in that tool."},last:{type:"object",description:"The mapped values as the source gave them at the last import."},fields:{type:"object",description:"The source's fields that are not mapped, as they were."}}},postmortem:{type:"object",description:"The post-mortem process: one owner, a meeting, a review status.",additionalProperties:!1,properties:{owner:ne("The one person who owns the post-mortem."),due:{type:"string",pattern:ye,description:"When the post-mortem report is due, YYYY-MM-DD."},meeting:{type:"string",pattern:St,description:"Post-mortem meeting: a date, or a date-time with an explicit offset."},status:{enum:Ti,description:"Review state of the post-mortem report."},approvals:{type:"array",description:"The review, step by step (incident review): who requested, approved, rejected or published it, and when.",items:{type:"object",description:"One review step.",required:["by","at","decision"],additionalProperties:!1,properties:{by:ne("Who took the step."),at:Oe("When: ISO 8601 with an explicit offset."),decision:{enum:Ci,description:"requested (draft -> in-review), approved, rejected (back to draft), published."},note:{..._,description:"What the reviewer said; a rejection says why."}}}}}}}});var _a=[31,28,31,30,31,30,31,31,30,31,30,31];function Oa(e){return e%4===0&&e%100!==0||e%400===0}function be(e,t){return t===2&&Oa(e)?29:_a[t-1]??0}function Ni(e){if(e.length!==10||e.charCodeAt(4)!==45||e.charCodeAt(7)!==45)return!1;let t=de(e,0,4),n=de(e,5,2),i=de(e,8,2);return t>=0&&n>=0&&i>=1&&i<=be(t,n)}function pe(e,t){let n=e.charCodeAt(t)-48,i=e.charCodeAt(t+1)-48;return n>=0&&n<=9&&i>=0&&i<=9?n*10+i:-1}function de(e,t,n){let i=0;for(let r=t;r<t+n;r++){let s=e.charCodeAt(r);if(!(s>=48&&s<=57))return-1;i=i*10+s-48}return i}function Mi(e,t,n){let i=t<=2?e-1:e,r=Math.floor(i/400),s=i-r*400,o=Math.floor((153*(t>2?t-3:t+9)+2)/5)+n-1,d=s*365+Math.floor(s/4)-Math.floor(s/100)+o;return r*146097+d-719468}var Ia=new Set(["$schema","$id","title","description","examples","$comment"]),Ra=new Set(["type","enum","const","pattern","format","minLength","required","properties","additionalProperties","items","uniqueItems","if","then"]),Na=new Set(["string","number","integer","boolean","object","array","null"]),Ma=new Set(["uri"]),zi=new Map([[Ie,"ISO 8601 with an offset like 2017-01-06T22:50:26Z"],[ye,"a date like 2017-01-11 (YYYY-MM-DD)"],[St,"a date like 2017-01-11 or a date-time with an offset like 2017-01-11T18:00:00Z"],[sn,"the start date and a lower-case slug like 2017-01-06-db2kafka-outage-from-oom-kills"],[ae.properties.timezone.pattern,"an IANA time zone like Europe/Berlin or UTC"]]),Da=new Set([ye,St]),Pa=["January","February","March","April","May","June","July","August","September","October","November","December"],Ua=e=>`${Pa[Number(e.slice(5,7))-1]} ${e.slice(0,4)}`,Fa=e=>be(Number(e.slice(0,4)),Number(e.slice(5,7))),La={uri:"an absolute URL like https://tracker.example.com/browse/OPS-12"},ja={string:"a string",number:"a number",integer:"a whole number",boolean:"true or false",object:"a mapping (key: value lines)",array:"a list",null:"an empty value"},Di=new WeakSet;function Ze(e,t="#"){if(Di.has(e))return;let n=i=>{throw new Error(`schema-check: unsupported ${i} at ${t}; teach src/core/model/schema-check.ts about it`)};(typeof e!="object"||e===null||Array.isArray(e))&&n("schema (not an object)");for(let[i,r]of Object.entries(e)){let s=`${t}/${i}`;if(!Ia.has(i))switch(Ra.has(i)||n(`keyword "${i}"`),i){case"type":{let o=Array.isArray(r)?r:[r];(o.length===0||!o.every(d=>typeof d=="string"&&Na.has(d)))&&n(`type ${JSON.stringify(r)}`);break}case"enum":(!Array.isArray(r)||r.length===0)&&n("enum (not a non-empty array)");break;case"pattern":typeof r!="string"&&n("pattern (not a string)"),new RegExp(r,"u");break;case"format":(typeof r!="string"||!Ma.has(r))&&n(`format ${JSON.stringify(r)}`);break;case"minLength":(!Number.isInteger(r)||r<0)&&n("minLength (not a non-negative integer)");break;case"required":(!Array.isArray(r)||!r.every(o=>typeof o=="string"))&&n("required (not a list of names)");break;case"additionalProperties":typeof r!="boolean"&&n("additionalProperties (only true or false are supported)");break;case"uniqueItems":typeof r!="boolean"&&n("uniqueItems (not true or false)");break;case"properties":(typeof r!="object"||r===null||Array.isArray(r))&&n("properties (not an object)");for(let[o,d]of Object.entries(r))Ze(d,`${s}/${o}`);break;case"items":Array.isArray(r)&&n("items (tuple form)"),Ze(r,s);break;case"if":case"then":Ze(r,s);break}}Di.add(e)}Ze(ae);on(ae,(e,t)=>{if(!zi.has(e))throw new Error(`schema-check: no message phrase for the pattern at ${t}; add it to PATTERN_PHRASES in src/core/model/schema-check.ts`)});function on(e,t,n="#"){typeof e.pattern=="string"&&t(e.pattern,n);let i=e.properties;for(let[r,s]of Object.entries(i??{}))on(s,t,`${n}/properties/${r}`);for(let r of["items","if","then"]){let s=e[r];s&&on(s,t,`${n}/${r}`)}}function Wi(e,t,n={}){Ze(e);let i=[],r={options:n,rootName:n.rootName??"frontmatter",out:i,probing:!1,because:void 0};return Ye(Ve(e),t,[],r),an(t,i)}var za=new Set(["enum","const","pattern","format","minLength","required","properties","additionalProperties","items","uniqueItems","if"]),Pi=new WeakMap;function Ve(e){let t=Pi.get(e);if(t)return t;let n=e.type,i=n===void 0?void 0:Array.isArray(n)?n:[n],r=(l,u)=>l==="pattern"?{keyword:l,arg:u,re:dd(u),calendar:Da.has(u)}:l==="enum"?{keyword:l,arg:u,set:new Set(u)}:{keyword:l,arg:u},s=e.properties,o=Object.keys(s??{}),d=e.if,a=e.then,c=e.additionalProperties!==!1&&s!==void 0;return t={types:i?.reduce((l,u)=>l|(he[u]??0),0),expectedType:i?i.filter(l=>l!=="null"||i.length===1).map(l=>ja[l]).join(" or "):"",steps:Object.entries(e).filter(([l])=>za.has(l)).map(([l,u])=>r(l,u)),props:s&&new Map(Object.entries(s).map(([l,u])=>[l,Ve(u)])),items:e.items===void 0?void 0:Ve(e.items),ifThen:d&&a?{if:Ve(d),then:Ve(a),because:rd(d)}:void 0,open:c,closed:e.additionalProperties===!1,expectedKeys:o.length?`expected one of ${o.join(", ")}`:"expected no keys"},Pi.set(e,t),t}function ie(e,t,n,i,r="value"){e.out.push(e.probing?Wa:{path:t.slice(),part:r,kind:n,message:i()})}var Wa={path:[],part:"value",kind:"const",message:""};function Ye(e,t,n,i){if(e.types!==void 0&&(od(t)&e.types)===0){Ha(e,t,n,i);return}let r=e.steps;for(let s=0;s<r.length;s++){let o=r[s],d=o.arg;switch(o.keyword){case"enum":(typeof t=="object"&&t!==null?!Ba(d,t):!o.set.has(t))&&qa(d,t,n,i);break;case"const":Ke(d,t)||Va(d,t,n,i);break;case"pattern":if(typeof t!="string")break;o.re.test(t)?o.calendar&&!Ni(t.slice(0,10))&&Ya(t,n,i):Za(d,t,n,i);break;case"format":typeof t=="string"&&!ad(d,t)&&Ka(d,t,n,i);break;case"minLength":typeof t=="string"&&id(t,d)&&Ga(d,t,n,i);break;case"required":if(we(t)){let a=d;for(let c=0;c<a.length;c++)Object.hasOwn(t,a[c])||Ja(a[c],n,i)}break;case"properties":we(t)&&ed(e,t,n,i);break;case"additionalProperties":d===!1&&e.props===void 0&&we(t)&&nd(e,t,n,i);break;case"items":if(Array.isArray(t)){let a=Bi(i);for(let c=0;c<t.length;c++)n.push(c),Ye(e.items,t[c],n,a),n.pop()}break;case"uniqueItems":d===!0&&Array.isArray(t)&&Qa(t,n,i);break;case"if":e.ifThen&&Xa(e.ifThen,t,n,i);break}}}function Ba(e,t){return e.some(n=>Ke(n,t))}function Ha(e,t,n,i){ie(i,n,"type",()=>t===null?`Unexpected empty ${V(n,i.rootName)}, expected ${e.expectedType}`:`Unexpected type ${dn(t)} for ${V(n,i.rootName)}, expected ${e.expectedType}`)}function qa(e,t,n,i){let r=e.length>1?e.filter(s=>s!==null):e;ie(i,n,"enum",()=>`Unexpected ${qi(V(n,i.rootName),t)}, expected one of ${r.map(cn).join(", ")}`)}function Va(e,t,n,i){ie(i,n,"const",()=>`Unexpected ${qi(V(n,i.rootName),t)}, expected ${cn(e)}`)}function Za(e,t,n,i){ie(i,n,"pattern",()=>`Unexpected ${V(n,i.rootName)} ${Re(t)}, expected ${zi.get(e)??`a string matching /${e}/`}`)}function Ya(e,t,n){ie(n,t,"pattern",()=>`Unexpected date ${e.slice(0,10)} in ${V(t,n.rootName)}, expected a day that exists (${Ua(e)} has ${Fa(e)} days)`)}function Ka(e,t,n,i){ie(i,n,"format",()=>`Unexpected ${V(n,i.rootName)} ${Re(t)}, expected ${La[e]}`)}function Ga(e,t,n,i){ie(i,n,"minLength",()=>t===""&&e===1?`Unexpected empty ${V(n,i.rootName)}, expected a non-empty string`:`Unexpected ${V(n,i.rootName)} ${Re(t)}, expected at least ${e} characters`)}function Ja(e,t,n){let i=()=>t.length===0?"":` in ${V(t,n.rootName)}`;ie(n,t,"required",()=>`Missing required field ${e}${i()}${n.because??""}`)}function Qa(e,t,n){e.forEach((i,r)=>{e.slice(0,r).some(s=>Ke(s,i))&&ie(n,[...t,r],"uniqueItems",()=>`Unexpected duplicate ${Re(i)} in ${V(t,n.rootName)}, expected each item once`)})}function Xa(e,t,n,i){let r={options:i.options,rootName:i.rootName,out:[],probing:!0,because:void 0};Ye(e.if,t,n,r),r.out.length===0&&Ye(e.then,t,n,{...i,options:td(i.options),because:i.probing?void 0:e.because})}function Bi(e){return e.because===void 0?e:{...e,because:void 0}}function ed(e,t,n,i){let r=e.props,s=e.closed||e.open&&!!i.options.reportUnlistedKeys&&!i.probing,o=Bi(i);for(let d of Object.keys(t)){let a=r.get(d);if(a===void 0){s&&Hi(e,d,n,i);continue}n.push(d),Ye(a,t[d],n,o),n.pop()}}function td(e){let t=Ui.get(e);return t||Ui.set(e,t={...e,reportUnlistedKeys:!1}),t}var Ui=new WeakMap;function nd(e,t,n,i){for(let r of Object.keys(t))e.props?.has(r)||Hi(e,r,n,i)}function Hi(e,t,n,i){let r=()=>n.length===0?"":` in ${V(n,i.rootName)}`;ie(i,[...n,t],"unknown",()=>`Unexpected key ${Re(t)}${r()}, ${e.expectedKeys}`,"key")}function id(e,t){return e.length<t?!0:e.length>=2*t?!1:[...e].length<t}function rd(e){let t=e.properties,n=Object.entries(t??{}).filter(([,i])=>Object.hasOwn(i,"const")).map(([i,r])=>`${i} is ${cn(r.const)}`);return n.length?` (${n.join(" and ")})`:void 0}function an(e,t){return t.map((n,i)=>({finding:n,index:i})).sort((n,i)=>sd(e,n.finding,i.finding)||n.index-i.index).map(({finding:n})=>n)}function sd(e,t,n){let i=e;for(let r=0;;r++){let s=r>=t.path.length,o=r>=n.path.length;if(s||o)return s&&o?Fi(t.part)-Fi(n.part):s?-1:1;let d=t.path[r],a=n.path[r];if(d!==a)return Li(i,d)-Li(i,a)||String(d).localeCompare(String(a));i=we(i)||Array.isArray(i)?i[d]:void 0}}var Fi=e=>e==="key"?0:1;function Li(e,t){if(Array.isArray(e)&&typeof t=="number")return t;if(we(e)&&typeof t=="string"){let n=Object.keys(e).indexOf(t);if(n!==-1)return n}return Number.MAX_SAFE_INTEGER}function we(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var he={string:1,number:2,integer:4,boolean:8,object:16,array:32,null:64};function od(e){switch(typeof e){case"string":return he.string;case"number":return(Number.isFinite(e)?he.number:0)|(Number.isInteger(e)?he.integer:0);case"boolean":return he.boolean;case"object":return e===null?he.null:Array.isArray(e)?he.array:he.object;default:return 0}}function dn(e){return e===null?"null":Array.isArray(e)?"list":typeof e=="object"?"mapping":typeof e}function qi(e,t){return t===null?`empty ${e}`:typeof t=="object"?`type ${dn(t)} for ${e}`:`${e} ${Re(t)}`}function Re(e){return typeof e=="string"?JSON.stringify(e.length>60?`${e.slice(0,57)}...`:e):typeof e=="object"&&e!==null?dn(e):String(e)}function cn(e){return typeof e=="string"?e:e===null?"null":typeof e=="object"?JSON.stringify(e):String(e)}function V(e,t="frontmatter"){if(e.length===0)return t;let n="";for(let i of e)typeof i=="number"?n+=`[${i}]`:/^[A-Za-z_][\w-]*$/.test(i)?n+=n?`.${i}`:i:n+=`[${JSON.stringify(i)}]`;return n}function ad(e,t){if(e==="uri"){if(!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(t))return!1;try{return new URL(t),!0}catch{return!1}}return!1}function Ke(e,t){if(e===t)return!0;if(Array.isArray(e)||Array.isArray(t))return Array.isArray(e)&&Array.isArray(t)&&e.length===t.length&&e.every((n,i)=>Ke(n,t[i]));if(we(e)&&we(t)){let n=Object.keys(e);return n.length===Object.keys(t).length&&n.every(i=>Object.hasOwn(t,i)&&Ke(e[i],t[i]))}return!1}var ji=new Map;function dd(e){let t=ji.get(e);return t||ji.set(e,t=new RegExp(e,"u")),t}function cd(e){let t=Wi(ae,e.data,{reportUnlistedKeys:!0}).map(r=>({path:r.path,part:r.part,message:r.message,...r.kind==="unknown"?{severity:"warning"}:{}})),n=e.data.severity,i=e.config.severities;typeof n=="string"&&n!==""&&!i.includes(n)&&t.push({path:["severity"],part:"value",message:`Unexpected severity ${JSON.stringify(n)}, expected one of ${i.join(", ")}`});for(let r of an(e.data,t))e.report({message:r.message,path:r.path,part:r.part,...r.severity?{severity:r.severity}:{}})}var G=(e,t=`## Summary

Checkout returned errors for 20 minutes after a deploy.
`)=>`---
${e}---

${t}`,J=`id: 2026-03-01-checkout-errors
title: Checkout errors after deploy
kind: incident
severity: SEV-2
status: investigating
timezone: Europe/Berlin
`,ld="investigating, identified, monitoring, resolved, closed",ud=Object.keys(ae.properties).join(", "),fd=[{text:G(`${J}services:
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
`),messages:[]},{text:G(`${J}services:
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
`),messages:[]},{text:G(`${J.replace("title: Checkout errors after deploy","title:")}timeline:
  - at: ~
    kind: started
    text: Error rate rises.
action_items:
  - id: AI-1
    title: Drop the canary stage
    status: wont-do
    reason:
`),messages:["3:7 error Unexpected empty title, expected a string","9:9 error Unexpected empty timeline[0].at, expected a string","16:12 error Unexpected empty action_items[0].reason, expected a string"]},{text:G(J.replace("status: investigating","status: fixed")),messages:[`6:9 error Unexpected status "fixed", expected one of ${ld}`]},{text:G(J.replace("title: Checkout errors after deploy","title: 42")+`public: yes
`),messages:["3:8 error Unexpected type number for title, expected a string","8:9 error Unexpected type string for public, expected true or false"]},{text:G(`${J}owner: Alice
roles:
  incident_commander: Alice
  scribes: Peter
`),messages:[`8:1 warning Unexpected key "owner", expected one of ${ud}`,'11:3 warning Unexpected key "scribes" in roles, expected one of incident_commander, deputy, scribe, communications_liaison, investigation_coordinator, subject_matter_experts']},{text:G(J.replace(`severity: SEV-2
`,"").replace(`timezone: Europe/Berlin
`,"")),messages:["2:1 error Missing required field severity","2:1 error Missing required field timezone"]},{text:G(`${J}timeline:
  - at: 2026-03-01T09:15:00+01:00
    kind: started
    text: Error rate rises.
  - at: 2026-03-01 09:20
    kind: detected
    text: Alert fires.
  - at: 2026-03-01T09:25:00+01:00
    kind: paged
    text: On-call paged.
`),messages:['12:9 error Unexpected timeline[1].at "2026-03-01 09:20", expected ISO 8601 with an offset like 2017-01-06T22:50:26Z','16:11 error Unexpected timeline[2].kind "paged", expected one of started, detected, acknowledged, declared, mitigated, recovered, resolved, note, action, decision, finding, question, comms, todo, evidence, role, status, severity, reopened']},{text:G(J.replace("severity: SEV-2","severity: SEV-9")),messages:['5:11 error Unexpected severity "SEV-9", expected one of SEV-1, SEV-2, SEV-3, SEV-4, SEV-5']},{text:G(`${J}action_items:
  - id: AI-1
    title: Add a canary stage
    type: fix
    due: 15 March
  - id: AI-2
    title: Rewrite checkout
    status: wont-do
    assignee: Bob
`),messages:['11:11 error Unexpected action_items[0].type "fix", expected one of prevent, detect, mitigate, process, other','12:10 error Unexpected action_items[0].due "15 March", expected a date like 2017-01-11 (YYYY-MM-DD)',"13:5 error Missing required field reason in action_items[1] (status is wont-do)",'16:5 warning Unexpected key "assignee" in action_items[1], expected one of id, title, type, owner, due, status, reason, issue']},{text:G(`${J}action_items:
  - id: AI-1
    title: Add a canary stage
    due: 2100-02-29
  - id: AI-2
    title: Add a leap-day test
    due: 2000-02-29
postmortem:
  due: 2026-02-30
  meeting: 2026-04-31T10:00:00Z
`),messages:["11:10 error Unexpected date 2100-02-29 in action_items[0].due, expected a day that exists (February 2100 has 28 days)","16:8 error Unexpected date 2026-02-30 in postmortem.due, expected a day that exists (February 2026 has 28 days)","17:12 error Unexpected date 2026-04-31 in postmortem.meeting, expected a day that exists (April 2026 has 30 days)"]}],Vi={id:"frontmatter-schema",kind:"format",doc:"The frontmatter matches the incident schema (fields, types, allowed values, time formats) and uses a configured severity; unknown keys warn.",check:cd,examples:fd};var Zi={id:"id-matches-file",doc:"The id in the frontmatter is the file name without .md, since commands find incidents by file name.",kind:"format",check(e){if(typeof e.data.id!="string")return;let t=(e.file.split(/[\\/]/).pop()??"").replace(/\.md$/i,"");e.data.id!==t&&e.report({message:`Unexpected id "${e.data.id}", expected "${t}" (the file name)`,path:["id"]})},examples:[{text:`---
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
`,file:"incidents/2026-03-01-payments-time-out.md",messages:['3:5 error Unexpected id "2026-02-22-payments-timeouts", expected "2026-03-01-payments-time-out" (the file name)']}]};var Ki={UTC:{offset:0},GMT:{offset:0,also:["UTC","Europe/London"]},Z:{offset:0},PST:{offset:-480,region:"America/Los_Angeles"},PDT:{offset:-420,region:"America/Los_Angeles"},PT:{region:"America/Los_Angeles"},MST:{offset:-420,region:"America/Denver",also:["America/Phoenix"]},MDT:{offset:-360,region:"America/Denver"},MT:{region:"America/Denver"},CST:{offset:-360,region:"America/Chicago"},CDT:{offset:-300,region:"America/Chicago"},CT:{region:"America/Chicago"},EST:{offset:-300,region:"America/New_York"},EDT:{offset:-240,region:"America/New_York"},ET:{region:"America/New_York"},ADT:{offset:-180,region:"America/Halifax"},NST:{offset:-210,region:"America/St_Johns"},NDT:{offset:-150,region:"America/St_Johns"},AKST:{offset:-540,region:"America/Anchorage"},AKDT:{offset:-480,region:"America/Anchorage"},HST:{offset:-600,region:"Pacific/Honolulu"},BRT:{offset:-180,region:"America/Sao_Paulo"},ART:{offset:-180,region:"America/Argentina/Buenos_Aires"},WET:{offset:0,region:"Europe/Lisbon"},WEST:{offset:60,region:"Europe/Lisbon"},BST:{offset:60,region:"Europe/London"},CET:{offset:60,region:"Europe/Berlin",also:["Europe/Paris","Europe/Amsterdam"]},CEST:{offset:120,region:"Europe/Berlin",also:["Europe/Paris","Europe/Amsterdam"]},EET:{offset:120,region:"Europe/Athens",also:["Europe/Helsinki","Europe/Kyiv"]},EEST:{offset:180,region:"Europe/Athens",also:["Europe/Helsinki","Europe/Kyiv"]},MSK:{offset:180,region:"Europe/Moscow"},WAT:{offset:60,region:"Africa/Lagos"},CAT:{offset:120,region:"Africa/Maputo"},SAST:{offset:120,region:"Africa/Johannesburg"},EAT:{offset:180,region:"Africa/Nairobi"},PKT:{offset:300,region:"Asia/Karachi"},NPT:{offset:345,region:"Asia/Kathmandu"},ICT:{offset:420,region:"Asia/Bangkok"},WIB:{offset:420,region:"Asia/Jakarta"},SGT:{offset:480,region:"Asia/Singapore"},HKT:{offset:480,region:"Asia/Hong_Kong"},AWST:{offset:480,region:"Australia/Perth"},JST:{offset:540,region:"Asia/Tokyo"},KST:{offset:540,region:"Asia/Seoul"},ACST:{offset:570,region:"Australia/Adelaide",also:["Australia/Darwin"]},ACDT:{offset:630,region:"Australia/Adelaide"},AEST:{offset:600,region:"Australia/Sydney",also:["Australia/Brisbane"]},AEDT:{offset:660,region:"Australia/Sydney"},NZST:{offset:720,region:"Pacific/Auckland"},NZDT:{offset:780,region:"Pacific/Auckland"}},ln={IST:[{where:"India",offset:330,region:"Asia/Kolkata"},{where:"Israel",offset:120,region:"Asia/Jerusalem"},{where:"Ireland",offset:60,region:"Europe/Dublin"}],AST:[{where:"Atlantic",offset:-240,region:"America/Halifax"},{where:"Arabia",offset:180,region:"Asia/Riyadh"}],SST:[{where:"Samoa",offset:-660,region:"Pacific/Pago_Pago"},{where:"Singapore",offset:480,region:"Asia/Singapore"}]},Yi={EST5EDT:"America/New_York",CST6CDT:"America/Chicago",MST7MDT:"America/Denver",PST8PDT:"America/Los_Angeles",MET:"Europe/Berlin"};var md=new Set(["Africa","America","Antarctica","Arctic","Asia","Atlantic","Australia","Europe","Indian","Pacific"]);function un(e){if(e==="UTC")return!0;let t=e.split("/");return t[0]==="Etc"?t.length===2&&vt(t[1],!1):md.has(t[0])&&(t.length===2||t.length===3)&&vt(t[1],!0)&&(t.length===2||vt(t[2],!0))}function Gi(e){let t=e.split("/"),n=e.charCodeAt(0);return t.length<=3&&(n>=65&&n<=90||n>=97&&n<=122)&&t.every(i=>vt(i,!0))}function vt(e,t){if(e==="")return!1;for(let n=0;n<e.length;n++){let i=e.charCodeAt(n);if(!(i>=65&&i<=90||i>=97&&i<=122||i>=48&&i<=57||i===43||i===45||t&&i===95))return!1}return!0}function fn(e){return`an IANA name such as ${At(e)}`}function At(e){let t=e.toUpperCase(),n=Ki[t],i=[];if(n)i=[...n.region?[n.region]:[],...n.also??(n.region?[]:["UTC"])];else if(ln[t])i=ln[t].map(r=>r.region);else if(Yi[t])i=[Yi[t]];else try{let r=new Intl.DateTimeFormat("en-US",{timeZone:e}).resolvedOptions().timeZone;r!==e&&un(r)&&(i=[r])}catch{}return i.length===0&&(i=["Europe/Berlin","UTC"]),i.length===1?i[0]:`${i.slice(0,-1).join(", ")} or ${i[i.length-1]}`}var Qu=new RegExp("^(?:(\\d{4})-(\\d{2})-(\\d{2})(?:T|\\s+))?(?:(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?|(h)(\\d{2})?)?|(\\d{2})(\\d{2}))(?:\\s*([ap])\\.?m\\b\\.?)?(?:(\\s*)(Z|[+-]\\d{2}(?::?\\d{2})?|(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{1,5}))?$","i");var Ji=new Map;function pd(e){let t=Ji.get(e);return t||Ji.set(e,t=new Intl.DateTimeFormat("en-US",{timeZone:e,year:"numeric",timeZoneName:"longOffset"})),t}var hd=864e13-2*864e5,Qi=(e,t)=>{let n=e.charCodeAt(t)-48;return n>=0&&n<=9?n:NaN},mn=(e,t)=>Qi(e,t)*10+Qi(e,t+1);function Xi(e,t){if(!(Math.abs(t)<=hd))return;let n=pd(e).format(t),i=n.lastIndexOf("GMT")+3;if(i<3)return;let r=n.length-i;if(r===0)return 0;if(r!==6&&r!==9)return;let s=n.charCodeAt(i);if(s!==43&&s!==45||n.charCodeAt(i+3)!==58)return;let o=mn(n,i+1)*3600+mn(n,i+4)*60;if(r===9){if(n.charCodeAt(i+6)!==58)return;o+=mn(n,i+7)}if(!Number.isNaN(o))return o===0?0:Math.round((s===45?-o:o)*1e3/6e4)}var Ge=6e4,nr=60*Ge,gd=24*nr;function yd(e){return e.month>=1&&e.month<=12&&e.day>=1&&e.day<=be(e.year,e.month)&&e.hour<=23&&e.minute<=59&&e.second<=59}function bd(e,t){if(typeof e!="string")return;let n=e.charCodeAt(10);if(e.charCodeAt(4)!==45||e.charCodeAt(7)!==45||n!==84&&n!==32||e.charCodeAt(13)!==58)return;let i=t??{year:0,month:0,day:0,hour:0,minute:0,second:0,ms:0,offset:void 0};if(i.year=de(e,0,4),i.month=pe(e,5),i.day=pe(e,8),i.hour=pe(e,11),i.minute=pe(e,14),i.second=0,i.offset=void 0,i.year<0||i.month<0||i.day<0||i.hour<0||i.minute<0)return;let r=16,s=0;if(e.charCodeAt(r)===58){if(i.second=pe(e,r+1),i.second<0)return;if(r+=3,e.charCodeAt(r)===46||e.charCodeAt(r)===44){let l=r+1;for(;de(e,l,1)>=0;)l++;if(l===r+1||l-r-1>9)return;for(let u=r+1;u<r+4;u++)s=s*10+(u<l?de(e,u,1):0);r=l}}if(!yd(i))return;if(i.ms=s,r===e.length)return i;let o=e.charCodeAt(r);if(o===90)return i.offset=0,r+1===e.length?i:void 0;if(o!==43&&o!==45)return;let d=pe(e,r+1),a=0,c=r+3;if(c<e.length&&(e.charCodeAt(c)===58&&c++,a=pe(e,c),c+=2),!(d<0||a<0||c!==e.length||d>23||a>59))return i.offset=(o===45?-1:1)*(d*60+a),i}function ir(e){if(e.year>=100&&e.year<=9999&&e.month>=1&&e.month<=12)return Mi(e.year,e.month,e.day)*gd+e.hour*nr+e.minute*Ge+e.second*1e3;if(e.year>=100)return Date.UTC(e.year,e.month-1,e.day,e.hour,e.minute,e.second);let t=new Date(Date.UTC(2e3,e.month-1,e.day,e.hour,e.minute,e.second));return t.setUTCFullYear(e.year),t.getTime()}var wd={year:0,month:0,day:0,hour:0,minute:0,second:0,ms:0,offset:void 0},xd=/^[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;function kd(e){return typeof e=="string"&&xd.test(e)?Date.parse(e):void 0}var er=0,Sd=5e3;function Et(e){if(er<Sd){let t=kd(e);if(t!==void 0)return er++,t}return vd(e)}function vd(e){let t=bd(e,wd);if(!(!t||t.offset===void 0))return ir(t)+t.ms-t.offset*Ge}var tr=new Map;function pn(e){let t=tr.get(e);return t||(t=new Intl.DateTimeFormat("en-US",{timeZone:e,hourCycle:"h23",era:"short",year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric"}),tr.set(e,t)),t}var Je={isValid(e){try{return pn(e),!0}catch{return!1}},offsetMinutes(e,t){let n=Math.floor(t/1e3)*1e3;return Xi(e,n)??Ad(e,n)},isUtc:e=>pn(e).resolvedOptions().timeZone==="UTC"};function Ad(e,t){let n={},i=!1;for(let{type:s,value:o}of pn(e).formatToParts(t))s==="era"?i=o==="BC":s!=="literal"&&(n[s]=Number(o));let r=ir({year:i?1-n.year:n.year,month:n.month,day:n.day,hour:n.hour%24,minute:n.minute,second:n.second});return Math.round((r-t)/Ge)}var Tt=Je;function rr(e){Tt=e}function sr(){return Tt}function ce(e){return typeof e=="string"&&un(e)&&Tt.isValid(e)}function Ed(e,t){return Td(e)??Tt.offsetMinutes(e,t)}function Td(e){let t=e.charCodeAt(0);if(t!==43&&t!==45)return;let n=de(e,1,2)*60+de(e,4,2);return t===45?-n:n}function Cd(e,t){let n=Math.floor(e/1e3)*1e3,i=new Date(n+Ed(t,n)*Ge);return{year:i.getUTCFullYear(),month:i.getUTCMonth()+1,day:i.getUTCDate(),hour:i.getUTCHours(),minute:i.getUTCMinutes(),second:i.getUTCSeconds()}}function or(e,t){return $d(Cd(e,t))}function $d({year:e,month:t,day:n}){return`${e}-${String(t).padStart(2,"0")}-${String(n).padStart(2,"0")}`}var ar=/^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;function _d(e){let t=e.charCodeAt(0)===65279?1:0;if(!e.startsWith("---",t))return-1;for(t+=3;e.charCodeAt(t)===32||e.charCodeAt(t)===9;)t++;return e.charCodeAt(t)===13&&t++,e.charCodeAt(t)===10?t+1:-1}function Ct(e,t){let n=_d(e);if(n<0)throw new j("Unexpected start of file, expected a frontmatter block opened by a `---` line",t,1,1);let i=Od(e,n);if(!i)throw new j("Unexpected end of file, expected a `---` line closing the frontmatter opened here",t,1,1);return{fmStart:n,fmEnd:i.index,bodyStart:i.index+i.length,eol:e.charCodeAt(n-2)===13?`\r
`:`
`}}function Od(e,t){let n=Id(e,t),i=n?e.slice(t,n.index+n.length):t===0?e:e.slice(t);if(i.indexOf("\r")!==-1||i.indexOf("\u2028")!==-1||i.indexOf("\u2029")!==-1){ar.lastIndex=t;let r=ar.exec(e);return r?{index:r.index,length:r[0].length}:void 0}return n}function Id(e,t){for(let n=t;;){if(e.startsWith("---",n)||e.startsWith("...",n)){let s=n+3;for(;e.charCodeAt(s)===32||e.charCodeAt(s)===9;)s++;if(s===e.length)return{index:n,length:s-n};if(e.charCodeAt(s)===10)return{index:n,length:s+1-n}}let i=e.indexOf(`
---`,n),r;if(i===-1)r=e.indexOf(`
...`,n);else{let s=e.slice(n,i).indexOf(`
...`);r=s===-1?-1:n+s}if(i===-1&&r===-1)return;n=(i===-1?r:r===-1?i:Math.min(i,r))+1}}function Ne(e,t){let n=1,i=0;for(let r=e.indexOf(`
`);r!==-1&&r<t;r=e.indexOf(`
`,r+1))n++,i=r+1;return{line:n,column:t-i+1}}var Qe=/<!--[\s\S]*?-->/g;function dr(e,t,n){let i=[],r=[];for(let s of n){if(s===-2)continue;if(s===-1){let c=r[r.length-1];c&&(c.hasContent=!0);continue}let o=t[s];for(;r.length&&r[r.length-1].heading.depth>=o.depth;)r.pop().contentEnd=o.start;let d={heading:o,contentStart:o.end,contentEnd:e,hasContent:!1,children:[]},a=r[r.length-1];a?(a.hasContent=!0,a.children.push(d)):i.push(d),r.push(d)}return i}var $t=/[\\`&<!\[\]*_\r\n]/g,Rd=/[!-/:-@[-`{-~]/,hn=/&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y,Nd={amp:"&",lt:"<",gt:">",quot:'"',apos:"'",nbsp:"\xA0",copy:"\xA9",reg:"\xAE",trade:"\u2122",hellip:"\u2026",mdash:"\u2014",ndash:"\u2013",lsquo:"\u2018",rsquo:"\u2019",ldquo:"\u201C",rdquo:"\u201D",laquo:"\xAB",raquo:"\xBB",middot:"\xB7",bull:"\u2022",times:"\xD7",divide:"\xF7",deg:"\xB0",plusmn:"\xB1",para:"\xB6",sect:"\xA7",euro:"\u20AC",pound:"\xA3",yen:"\xA5",cent:"\xA2",larr:"\u2190",rarr:"\u2192",uarr:"\u2191",darr:"\u2193",harr:"\u2194",rArr:"\u21D2",lArr:"\u21D0",le:"\u2264",ge:"\u2265",ne:"\u2260",asymp:"\u2248",micro:"\xB5",shy:"\xAD",ensp:"\u2002",emsp:"\u2003",thinsp:"\u2009",zwj:"\u200D",zwnj:"\u200C"},Md=/<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f]*)>/y,Dd=/<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y,Pd=/<(?:[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|\/[A-Za-z][A-Za-z0-9-]*\s*>|!--(?:>|->|[\s\S]*?-->)|\?[\s\S]*?\?>|![A-Za-z][^>]*>|!\[CDATA\[[\s\S]*?\]\]>)/y,Ud=/\(\s*(?:<(?:[^<>\n\\]|\\.)*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+)?(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)/y,_t=e=>e===""||/\s/.test(e),Me=e=>/[\p{P}\p{S}]/u.test(e);function ur(e){if($t.lastIndex=0,!$t.test(e))return{text:e,sure:!0};let t=[],n=[],i=!0,r=0;for(;r<e.length;){$t.lastIndex=r;let s=$t.exec(e),o=s?s.index:e.length;if(o>r&&t.push({text:e.slice(r,o),plain:!0}),!s)break;r=o;let d=e[r];if(d===`
`||d==="\r"){let a=t[t.length-1],c="";if(a?.plain){let u=a.text.replace(/[ \t]+$/,"");c=a.text.slice(u.length),a.text=u}let l=d==="\r"&&e[r+1]===`
`?`\r
`:d;for(t.push({text:c.length>=2&&!c.includes("	")?"":l}),r+=l.length;e[r]===" "||e[r]==="	";)r++}else if(d==="\\"){let a=e[r+1]??"";if(a===`
`||a==="\r")for(t.push({text:""}),r+=a==="\r"&&e[r+2]===`
`?3:2;e[r]===" "||e[r]==="	";)r++;else Rd.test(a)?(t.push({text:a}),r+=2):(t.push({text:"\\"}),r++)}else if(d==="`"){let a=1;for(;e[r+a]==="`";)a++;let c=Fd(e,r+a,a);if(c<0)t.push({text:e.slice(r,r+a)}),r+=a;else{let l=e.slice(r+a,c),u=/^(?: |\r\n|\r|\n)/.exec(l)?.[0],m=/(?: |\r\n|\r|\n)$/.exec(l)?.[0];u&&m&&/[^ \r\n]/.test(l)&&(l=l.slice(u.length,l.length-m.length)),t.push({text:l}),r=c+a}}else if(d==="&"){hn.lastIndex=r;let a=hn.exec(e);if(!a){t.push({text:"&"}),r++;continue}let c=a[1]?parseInt(a[1],16):a[2]?parseInt(a[2],10):-1,l;c>=0?l=c===0||c>1114111||c>=55296&&c<=57343?"\uFFFD":String.fromCodePoint(c):l=Nd[a[3]],l===void 0&&(i=!1,l=a[0]),t.push({text:l}),r=hn.lastIndex}else if(d==="<"){let a=Ot(Md,e,r)??Ot(Dd,e,r),c=a?void 0:Ot(Pd,e,r);a?t.push({text:a[1]}):t.push({text:c?c[0]:"<"}),r+=a?a[0].length:c?c[0].length:1}else if(d==="!")e[r+1]==="["?(n.push(t.length),t.push({text:"![",bracket:2,active:!0}),r+=2):(t.push({text:"!"}),r++);else if(d==="[")n.push(t.length),t.push({text:"[",bracket:1,active:!0}),r++;else if(d==="]"){let a=n.pop(),c=a===void 0?null:Ot(Ud,e,r+1);if(a!==void 0&&c&&t[a].active){let l=t[a].bracket===2;cr(t,a+1);let u=lr(t,a+1);if(t.length=a,t.push({text:u}),!l)for(let m of n)t[m].bracket===1&&(t[m].active=!1);r+=1+c[0].length}else t.push({text:"]"}),r++}else{let a=1;for(;e[r+a]===d;)a++;let c=r>0?e[r-1]:"",l=e[r+a]??"",u=!_t(l)&&(!Me(l)||_t(c)||Me(c)),m=!_t(c)&&(!Me(c)||_t(l)||Me(l)),f=d==="*";t.push({text:d,delim:d.charCodeAt(0),left:a,open:f?u:u&&(!m||Me(c)),close:f?m:m&&(!u||Me(l))}),r+=a}}return cr(t,0),{text:lr(t,0),sure:i}}function Ot(e,t,n){return e.lastIndex=n,e.exec(t)}function Fd(e,t,n){for(let i=e.indexOf("`",t);i>=0;i=e.indexOf("`",i)){let r=0;for(;e[i+r]==="`";)r++;if(r===n)return i;i+=r}return-1}function cr(e,t){for(let n=t;n<e.length;n++){let i=e[n];if(!(!i.delim||!i.close))for(;i.left>0;){let r=n-1;for(;r>=t;r--){let d=e[r];if(!(d.delim!==i.delim||!d.open||!d.left)&&!((d.close||i.open)&&i.left%3!==0&&(d.left+i.left)%3===0))break}if(r<t)break;let s=e[r],o=s.left>=2&&i.left>=2?2:1;s.left-=o,i.left-=o;for(let d=r+1;d<n;d++)e[d].delim&&(e[d].open=e[d].close=!1)}}}function lr(e,t){let n="";for(let i=t;i<e.length;i++){let r=e[i];n+=r.delim?r.text.repeat(r.left):r.text}return n}var wr=9,kn=32,fr=62,Mt=35,gn=42,mr=43,xe=45,yn=60,pr=61,hr=95,bn=96,gr=126,jd=91,zd=46,Wd=41,Bd=49,Xe=0,It=1,wn=2,xn=3,Rt=4,Z=e=>e===kn||e===wr,yr=e=>e>=48&&e<=57,Hd=new Set(["pre","script","style","textarea"]),qd=new Set(["address","article","aside","base","basefont","blockquote","body","caption","center","col","colgroup","dd","details","dialog","dir","div","dl","dt","fieldset","figcaption","figure","footer","form","frame","frameset","h1","h2","h3","h4","h5","h6","head","header","hr","html","iframe","legend","li","link","main","menu","menuitem","nav","noframes","ol","optgroup","option","p","param","search","section","summary","table","tbody","td","tfoot","th","thead","title","tr","track","ul"]),Nt=/<(\/?)([A-Za-z][A-Za-z0-9-]*)/y,Vd=/<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'/=<>`]+|'[^'\r\n]*'|"[^"\r\n]*"))?)*[ \t]*\/?>[ \t]*(?=[\r\n]|$)/y,Zd=/<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>[ \t]*(?=[\r\n]|$)/y,Yd=/<\/(?:pre|script|style|textarea)>/i,br=/\[(?:[^\\[\]]|\\.)+\]:/y,Kd=/^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/,Dt=class{constructor(t){this.text=t}text;exact=!0;headings=[];nodes=[];stack=[];maybeDefinitions=!1;lineStart=0;lineNo=0;le=0;p=0;col=0;tabEnd=-1;flow=Xe;fenceMarker=0;fenceSize=0;htmlKind=0;tagEnd=0;htmlNode=-1;htmlFrom=0;htmlEnd=0;paraNode=-1;paraLine=0;paraColumn=0;paraStart=0;paraEnd=0;paraDefinition=!1;run(t){let n=this.text;this.checkFrontmatter(t);let i=t;i===0&&n.charCodeAt(0)===65279&&(i=1),this.lineNo=Jd(n,i);let r=n.indexOf("\r",i);for(;i<n.length;){let s=n.indexOf(`
`,i);s<0&&(s=n.length),r>=0&&(r<i&&(r=n.indexOf("\r",i)),r>=0&&r<s&&(s=r)),this.line(i,s),i=s+(n.charCodeAt(s)===13&&n.charCodeAt(s+1)===10?2:1),this.lineNo++}return this.closeFlow(),{headings:this.headings,sections:this.sections(),exact:this.exact}}checkFrontmatter(t){let n=this.text,i=Kd.exec(n);if(t===0){i&&(this.exact=!1);return}let r=t;n.charCodeAt(r-1)===10&&r--,n.charCodeAt(r-1)===13&&r--;let s=r;for(;s>0&&n.charCodeAt(s-1)!==10&&n.charCodeAt(s-1)!==13;)s--;(!i||s<i[0].length||!/^---[ \t]*$/.test(n.slice(s,r)))&&(this.exact=!1)}peek(){return this.tabEnd>=0?kn:this.p<this.le?this.text.charCodeAt(this.p):-1}advance(){this.p++,this.col++}spaces(t){let n=0;for(;n<t;){if(this.tabEnd>=0||this.text.charCodeAt(this.p)===wr&&this.p<this.le)this.tabEnd<0&&(this.tabEnd=(this.col&-4)+4),this.col++,this.col===this.tabEnd&&(this.tabEnd=-1,this.p++);else if(this.p<this.le&&this.text.charCodeAt(this.p)===kn)this.advance();else break;n++}return n}restore(t,n,i){this.p=t,this.col=n,this.tabEnd=i}blank(){for(let t=this.p;t<this.le;t++)if(!Z(this.text.charCodeAt(t)))return!1;return!0}indent(){let{p:t,col:n,tabEnd:i}=this,r=this.spaces(1/0);return this.restore(t,n,i),r}line(t,n){this.lineStart=t,this.le=n,this.p=t,this.col=0,this.tabEnd=-1;let i=this.stack,r=0,s=!1;for(;r<i.length;){let c=i[r],{p:l,col:u,tabEnd:m}=this;if(c.quote){if(this.spaces(3),this.peek()!==fr){this.restore(l,u,m);break}this.advance(),this.spaces(1),r++;continue}if(this.blank()){c.furtherBlank||=c.initialBlank,r++;continue}let f=c.furtherBlank;if(c.furtherBlank=c.initialBlank=!1,!f&&Z(this.peek())){if(this.spaces(c.size)===c.size){r++;continue}this.restore(l,u,m)}let g=this.spaces(3);this.listItem(c,g,!1)?(r++,this.closeFlow(),i.length=r,s=!0):this.restore(l,u,m);break}let o=!1;if(!s&&r===i.length&&(this.flow===wn||this.flow===Rt)){this.leaf(!1,r);return}let d=!s&&r===i.length&&(this.flow===It||this.flow===xn),a=!1;for(;;){let{p:c,col:l,tabEnd:u}=this,m=this.spaces(3),f;if(this.peek()===fr?(this.advance(),this.spaces(1),f={quote:!0,ordered:!1,marker:0,size:0,initialBlank:!1,furtherBlank:!1}):f=this.listItem(void 0,m,d),!f){this.restore(c,l,u);break}a||(a=!0,this.closeFlow(),i.length=r),i.length===0&&this.nodes.push(-1),i.push(f)}!a&&!s&&(o=r<i.length),this.leaf(o,r)}listItem(t,n,i){if(t?.quote)return;let r=this.text,s=this.peek(),o=this.p,d,a;if(s===gn||s===mr||s===xe){if(t&&(t.ordered||t.marker!==s)||s!==mr&&this.thematicBreak())return;d=!1,a=s,this.advance()}else if(yr(s)){if(t&&!t.ordered||i&&s!==Bd)return;let f=this.p;for(;f<this.le&&yr(r.charCodeAt(f))&&f-this.p<9;)f++;let g=r.charCodeAt(f);if(i&&f-this.p>1||(t?g!==t.marker:g!==zd&&g!==Wd))return;d=!0,a=g,this.col+=f+1-this.p,this.p=f+1}else return;let c=this.p-o,l,u=!1;if(this.blank()){if(i)return;u=!0,l=n+c+1}else{let{p:f,col:g,tabEnd:h}=this,p=this.spaces(5);if(p===0)return;p===5?(this.restore(f,g,h),this.spaces(1),l=n+c+1):l=n+c+p}let m=t??{quote:!1,ordered:d,marker:a,size:l,initialBlank:u,furtherBlank:!1};return m.size=l,m.initialBlank=u,m}thematicBreak(){let t=this.text,n=this.peek(),i=0;for(let r=this.p;r<this.le;r++){let s=t.charCodeAt(r);if(s===n)i++;else if(!Z(s))return!1}return i>=3}leaf(t,n){if(t){if(this.flow===It&&!this.blank()&&this.continuesParagraph(!0))return;this.closeFlow(),this.stack.length=n}switch(this.flow){case wn:this.closingFence()&&(this.flow=Xe);return;case Rt:if((this.htmlKind===6||this.htmlKind===7)&&this.blank()){this.closeFlow();return}this.htmlEnd=this.le,this.htmlKind<=5&&this.htmlEnds(this.p,0)&&this.closeFlow();return;case xn:if(this.blank()||this.indent()>=4)return;this.closeFlow();break;case It:if(this.blank()){this.closeFlow();return}if(this.continuesParagraph(!1))return;this.closeFlow();break}this.flowStart(t)}continuesParagraph(t){let{p:n,col:i,tabEnd:r}=this;if(this.spaces(1/0)<4){let s=this.peek();if(!t&&(s===pr||s===xe)&&this.setextUnderline(s))return!0;if(t&&s===yn&&this.htmlStart(!1)===7&&(this.exact=!1),this.interrupts(s))return this.restore(n,i,r),!1}return this.paraEnd=this.le,!0}interrupts(t){switch(t){case Mt:return this.atxSize()>0;case bn:case gr:return this.fenceOpen(t)>0;case yn:return this.htmlStart(!0)>0;case gn:case xe:case hr:return this.thematicBreak();default:return!1}}flowStart(t){if(this.blank())return;let n=this.stack.length===0;if(this.spaces(1/0)>=4){this.flow=t?Xe:xn,n&&this.nodes.push(-1);return}let i=this.peek();if(i===Mt){let r=this.atxSize();if(r>0){n&&this.atxHeading(r);return}}else if(i===bn||i===gr){let r=this.fenceOpen(i);if(r>0){this.flow=wn,this.fenceMarker=i,this.fenceSize=r,n&&this.nodes.push(-1);return}}else if(i===yn){let r=this.htmlStart(!1);if(r>0){this.flow=Rt,this.htmlKind=r,this.htmlFrom=this.p,this.htmlEnd=this.le,this.htmlNode=n?this.nodes.push(-1)-1:-1,r<=5&&this.htmlEnds(this.htmlContentStart(r),r===5?0:2)&&this.closeFlow();return}}else if((i===gn||i===xe||i===hr)&&this.thematicBreak()){n&&this.nodes.push(-1);return}if(this.flow=It,this.paraDefinition=!1,i===jd){br.lastIndex=this.p;let r=this.text.indexOf("]",this.p);(br.test(this.text)||r<0||r>this.le)&&(this.maybeDefinitions=this.paraDefinition=!0)}n&&(this.paraNode=this.nodes.push(-1)-1,this.paraLine=this.lineNo,this.paraColumn=this.p-this.lineStart+1,this.paraStart=this.p,this.paraEnd=this.le)}closeFlow(){this.flow===Rt&&this.htmlNode>=0&&(this.text.slice(this.htmlFrom,this.htmlEnd).replace(Qe,"").trim()===""&&(this.nodes[this.htmlNode]=-2),this.htmlNode=-1),this.flow=Xe,this.paraNode=-1}atxSize(){let t=this.text,n=this.p;for(;n<this.le&&t.charCodeAt(n)===Mt;)n++;let i=n-this.p;return i<=6&&(n===this.le||Z(t.charCodeAt(n)))?i:0}atxHeading(t){let n=this.p;this.nodes.push(this.headings.length),this.headings.push({depth:t,text:this.inline(Gd(this.text,n+t,this.le)),line:this.lineNo,column:n-this.lineStart+1,start:n,end:this.le})}setextUnderline(t){let n=this.text,i=this.p;for(;i<this.le&&n.charCodeAt(i)===t;)i++;for(;i<this.le&&Z(n.charCodeAt(i));)i++;if(i<this.le)return!1;if(this.paraDefinition&&this.paraNode>=0&&(this.exact=!1),this.paraNode>=0){let r=n.slice(this.paraStart,this.paraEnd).replace(/[ \t]+$/,"");this.nodes[this.paraNode]=this.headings.length,this.headings.push({depth:t===pr?1:2,text:this.inline(r),line:this.paraLine,column:this.paraColumn,start:this.paraStart,end:this.le})}return this.flow=Xe,this.paraNode=-1,!0}inline(t){let{text:n,sure:i}=ur(t);return i||(this.exact=!1),n.trim()}fenceOpen(t){let n=this.text,i=this.p;for(;i<this.le&&n.charCodeAt(i)===t;)i++;let r=i-this.p;return r<3||t===bn&&n.slice(i,this.le).includes("`")?0:r}closingFence(){let t=this.text;if(this.spaces(3)===3&&Z(this.peek()))return!1;let n=this.p;for(;n<this.le&&t.charCodeAt(n)===this.fenceMarker;)n++;if(n-this.p<this.fenceSize)return!1;for(;n<this.le&&Z(t.charCodeAt(n));)n++;return n===this.le}htmlStart(t){let n=this.text,i=this.p,r=n.charCodeAt(i+1);if(r===33){if(n.startsWith("<!--",i))return 2;if(n.startsWith("<![CDATA[",i))return 5;let u=n.charCodeAt(i+2)|32;return i+2<this.le&&u>=97&&u<=122?4:0}if(r===63)return 3;Nt.lastIndex=i;let s=Nt.exec(n);if(!s||Nt.lastIndex>this.le)return 0;let o=this.tagEnd=Nt.lastIndex,d=o<this.le?n.charCodeAt(o):-1;if(d!==-1&&d!==47&&d!==62&&!Z(d))return 0;let a=s[1]==="/",c=s[2].toLowerCase();if(d!==47&&!a&&Hd.has(c))return 1;if(qd.has(c))return d!==47||n.charCodeAt(o+1)===62?6:0;if(t)return 0;let l=a?Zd:Vd;return l.lastIndex=i,l.test(n)?7:0}htmlContentStart(t){switch(t){case 1:return this.tagEnd;case 2:return this.p+4;case 3:return this.p+2;case 4:return this.p+3;default:return this.p+9}}htmlEnds(t,n){let i=this.text,r=this.htmlKind;if(r===1)return Yd.test(i.slice(t,this.le));for(let s=t;s<this.le;){let o=i.charCodeAt(s);if(n===1)o===xe?(n=2,s++):n=0;else if(n===2){if(o===62)return!0;o===xe&&r===2?s++:n=0}else if(n===3)o===93?(n=2,s++):n=0;else{if(o===xe&&r===2)n=1;else{if(o===62&&r===4)return!0;o===63&&r===3?n=2:o===93&&r===5&&(n=3)}s++}}return!1}sections(){return this.maybeDefinitions&&this.headings.some(t=>t.text.includes("["))&&(this.exact=!1),dr(this.text.length,this.headings,this.nodes)}};function Gd(e,t,n){let i=t,r=n;for(;i<r&&Z(e.charCodeAt(i));)i++;for(;r>i&&Z(e.charCodeAt(r-1));)r--;let s=r;for(;s>i&&e.charCodeAt(s-1)===Mt;)s--;if(s<r&&(s===i||Z(e.charCodeAt(s-1))))for(r=s===i?i:s-1;r>i&&Z(e.charCodeAt(r-1));)r--;return e.slice(i,r)}function Jd(e,t){let n=1;for(let i=e.indexOf(`
`);i>=0&&i<t;i=e.indexOf(`
`,i+1))n++;for(let i=e.indexOf("\r");i>=0&&i<t;i=e.indexOf("\r",i+1))e.charCodeAt(i+1)!==10&&n++;return n}function Sn(e,t){return new Dt(e).run(t)}function Q(e){let t=Pt.get(e);return t===void 0&&(Pt.size>1e4&&Pt.clear(),Pt.set(e,t=Qd(e))),t}var Pt=new Map;function Qd(e){return e.toLowerCase().replaceAll("&"," and ").replaceAll("/"," ").replace(Xd.test(e)?/[\p{P}\p{S}]+/gu:ec,"").replace(/\s+/g," ").trim()}var Xd=/[^\0-\x7f]/,ec=/[!-/:-@[-`{-~]+/g;function vn(e,t){let n=t.children[0]?.heading.start??t.contentEnd;return e.slice(t.contentStart,n).replace(Qe,"").replace(/\s+/g," ").trim()}function xr(e,t){let n=t.children[0]?.heading.start??t.contentEnd,i=e.slice(t.contentStart,n);return/\S/.test(i.includes("<!--")?i.replace(Qe,""):i)}var et={summary:["Overview","TL;DR","TLDR","Executive summary","Incident summary"],impact:["Customer impact","Business impact","Customer and business impact","User impact"],"root cause and contributing factors":["Root cause","Contributing factors","Root causes","Causes","Cause","Root cause analysis","Why it happened"],resolution:["Recovery","Resolution and recovery","How we resolved it","How we resolved the incident","Mitigation","Remediation"],"what went well":["Things that went well","What worked"],"what went wrong":["What didn't go so well","What didn't go well","What went badly","Things that went wrong","What could have gone better"],"lessons learned":["Lessons","Learnings","Takeaways"],"public summary":["Public post-mortem","Customer summary","External summary"],"what happened":[],"what we are doing about this":["What we're doing about it","What are we doing about this","Next steps","Follow-up"]},kr={summary:"what happened, how long it lasted and how it was resolved",impact:"what happened to whom","root cause and contributing factors":"what failed, why, and what made it worse",resolution:"what stopped the impact and what restored service","what went well":"what helped the response","what went wrong":"what slowed detection, response or recovery","lessons learned":"what the team now knows that it did not before","public summary":"a short summary for customers","what happened":"what customers experienced and why, in plain language","what we are doing about this":"the changes that prevent a repeat, without internal detail"};function An(e){let t=Q(e);return et[t]?t:Object.entries(et).find(([,i])=>i.some(r=>Q(r)===t))?.[0]??t}function Ut(e){let t=Sr.get(e);if(!t){let n=An(e);t=new Set([Q(e),n,...(et[n]??[]).map(Q)]),Sr.set(e,t)}return t}var Sr=new Map;function Ar(e){let t=Q(e),n=An(e);return[...n===t?[]:[n.charAt(0).toUpperCase()+n.slice(1)],...(et[n]??[]).filter(r=>Q(r)!==t)]}function tt(e){return kr[An(e)]??"some text"}function tc(e,t){let n=[],i=r=>{for(let s of r)t?.(s)||(n.push(s),i(s.children))};return i(e),n}function X(e,t,n){let i=Ut(t),r=[];for(let{section:s,title:o}of nc(e,n))i.has(o)&&r.push(s);return r}var vr=new WeakMap;function nc(e,t){let n=vr.get(e);n||vr.set(e,n=new Map);let i=n.get(t);return i||(i=tc(e,t).map(r=>({section:r,title:Q(r.heading.text)})),n.set(t,i)),i}var Ft=e=>Ut("Public summary").has(Q(e.heading.text));function le(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)?e:void 0}function ge(e){return Array.isArray(e)?e:[]}function Pe(e){let{line:t}=Ne(e,Ct(e).fmEnd);return{line:t+1,column:1}}function Ue(e,t,n){if(!t.hasContent)return!1;let i=e.template&&n?ic(e.template.text,n):"";if(i==="")return xr(e.text,t);let r=vn(e.text,t);return r!==""&&r!==i}var Er=new WeakMap;function ic(e,t){let n=Er.get(t);return n===void 0&&Er.set(t,n=vn(e,t)),n}function nt(e,t,n){if(!e.template)return;if(n)return X(n(e.template.body),t)[0];let i=Tr.get(e.template.body);return i||Tr.set(e.template.body,i=new Map),i.has(t)||i.set(t,X(e.template.body.sections,t,Ft)[0]),i.get(t)}var Tr=new WeakMap;function Fe(e){return{line:e.heading.line,column:e.heading.column}}function it(e,t=2){let n=Ar(e).slice(0,2);return`"${"#".repeat(t)} ${e}"${n.length?` (or ${n.join(", ")})`:""}`}var rc=new RegExp(Ie),sc=["January","February","March","April","May","June","July","August","September","October","November","December"];function oc(e){let[t,n,i]=e.slice(0,10).split("-").map(Number),r=be(t,n);return i>r?`Unexpected date ${e.slice(0,10)} in time "${e}", expected a day that exists (${sc[n-1]} ${t} has ${r} days)`:`Unexpected time "${e}", expected an ISO 8601 date-time with at most 9 digits of fractional seconds`}function ac(e){let t=e.charCodeAt(0);return t>32&&t<127?!1:e.trim()===""}var Cr={id:"timeline-times",doc:"Timeline times are real instants: the schema pattern lets through days that do not exist, like February 30.",kind:"format",check(e){ge(e.data.timeline).forEach((t,n)=>{let i=le(t);i&&(typeof i.at=="string"&&Et(i.at)===void 0&&rc.test(i.at)&&e.report({message:oc(i.at),path:["timeline",n,"at"]}),typeof i.text=="string"&&i.text!==""&&ac(i.text)&&e.report({message:"Unexpected blank text, expected what happened, in a sentence or two",path:["timeline",n,"text"]}))})},examples:[{text:`---
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
`,messages:['9:9 error Unexpected time "2026-02-28T23:50:00.1234567890+01:00", expected an ISO 8601 date-time with at most 9 digits of fractional seconds',"14:11 error Unexpected blank text, expected what happened, in a sentence or two"]}]};var dc=new RegExp(ae.properties.timezone.pattern),$r={id:"timezone-known",doc:"The time zone is an IANA name of a zone that exists (Europe/Berlin, UTC), not an abbreviation like PST or a made-up name.",kind:"format",check(e){let t=e.data.timezone;typeof t!="string"||!dc.test(t)||ce(t)||e.report({message:`Unexpected time zone "${t}", expected ${fn(t)}`,path:["timezone"]})},examples:[{text:`---
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
`,messages:['7:11 error Unexpected time zone "IST", expected an IANA name such as Asia/Kolkata, Asia/Jerusalem or Europe/Dublin']}]};var _r=6e4,Tn=new Set(["started","detected","acknowledged","declared"]),Or=new Set(["mitigated","recovered","resolved"]),cc=new Set([...Tn,...Or,"reopened"]),lc=[{kinds:["started","detected","acknowledged"],expected:"milestones in order: started, detected, acknowledged"},{kinds:["detected","declared"],expected:"declared at or after detected"},{kinds:["started","mitigated","recovered","resolved"],expected:"milestones in order: started, mitigated, recovered, resolved"}];function Ir(e,t){let n=[],i=[];for(let c=0;c<e.length;c++){let l=e[c];if(typeof l!="object"||l===null||Array.isArray(l))continue;let{kind:u,at:m}=l;if(typeof u!="string")continue;let f=typeof m=="string"?Et(m):void 0,g=cc.has(u);if(!g&&(t===void 0||f===void 0||f<=t+_r))continue;let h={index:c,kind:u,at:typeof m=="string"?m:String(m),ms:f};g&&n.push(h),t!==void 0&&f!==void 0&&f>t+_r&&i.push({type:"future",index:c,key:En("future",h),message:`Unexpected ${u} at ${h.at} in the future, expected a time already past (a minute of clock skew is allowed)`})}let r=uc(n)?n:n.slice().sort(Rr),s=[],o=new Map,d=[new Map];for(let c of r){if(c.kind==="reopened"){d.push(new Map);continue}let l=Tn.has(c.kind)?o:Or.has(c.kind)?d[d.length-1]:void 0;if(!l)continue;let u=l.get(c.kind);if(!u){l.set(c.kind,c);continue}let m=Tn.has(c.kind)?`each milestone once (first at ${u.at})`:`${c.kind} once per resolution (first at ${u.at}; after a reopened entry it may come again)`;s.push({type:"twice",index:c.index,other:u.index,key:En("twice",u,c),message:`Unexpected second ${c.kind} at ${c.at}, expected ${m}`})}let a=new Set;for(let c of d)for(let l of lc){let u;for(let m of l.kinds){let f=o.get(m)??c.get(m);if(f?.ms===void 0)continue;let[g,h]=[u,f];if(u=h,g===void 0||g.ms<=h.ms)continue;let p=En("order",g,h);a.has(p)||(a.add(p),s.push({type:"order",index:Math.max(g.index,h.index),other:Math.min(g.index,h.index),key:p,message:`Unexpected ${h.kind} at ${h.at} before ${g.kind} at ${g.at}, expected ${l.expected}`}))}}for(let c of i)s.push(c);return s}var Rr=(e,t)=>(e.ms??1/0)-(t.ms??1/0)||e.index-t.index;function uc(e){for(let t=1;t<e.length;t++)if(Rr(e[t-1],e[t])>0)return!1;return!0}function En(e,...t){return[e,...t.flatMap(n=>[n.kind,n.at])].join("	")}var Nr={id:"timeline-order",doc:"Milestones come in order (started, detected, acknowledged; declared after detected; started, mitigated, recovered, resolved), each at most once (mitigated, recovered and resolved once per resolution), and no entry is in the future.",kind:"postmortem",live:!0,check(e){for(let t of Ir(ge(e.data.timeline),e.now))e.report({message:t.message,path:["timeline",t.index,t.type==="twice"?"kind":"at"]})},examples:[{text:`---
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
`,messages:["25:11 warning Unexpected second detected at 2026-03-01T12:02:00Z, expected each milestone once (first at 2026-03-01T10:05:00Z)","33:9 warning Unexpected note at 2026-03-10T12:05:00Z in the future, expected a time already past (a minute of clock skew is allowed)"]}]};function fc(e){return typeof e.status=="string"&&e.status!=="investigating"?!0:ge(e.timeline).some(t=>le(t)?.kind==="declared")}var Mr={id:"roles",doc:"A declared incident has an incident commander, and the two most severe levels also a scribe.",kind:"postmortem",live:!0,check(e){if(!fc(e.data))return;let t=le(e.data.roles);if(e.data.roles!==void 0&&e.data.roles!==null&&!t)return;(t?.incident_commander===void 0||t.incident_commander===null)&&e.report({message:"Missing incident commander, expected roles.incident_commander once the incident is declared",path:["roles"],part:"key"});let n=e.data.severity;typeof n=="string"&&e.config.severities.slice(0,2).includes(n)&&(t?.scribe===void 0||t.scribe===null)&&e.report({message:`Missing scribe, expected roles.scribe for a ${n} incident`,path:["roles"],part:"key"})},examples:[{text:`---
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
`,messages:["2:1 error Missing incident commander, expected roles.incident_commander once the incident is declared"]}]};var mc=new Set(["accept","add","adjust","adopt","agree","alert","align","allow","analyse","analyze","announce","apply","approve","archive","ask","assess","assign","audit","automate","avoid","back","backfill","backport","block","brief","build","bump","cache","calculate","cap","capture","change","check","clarify","clean","clear","close","collect","communicate","compare","complete","configure","confirm","consolidate","contact","convert","coordinate","correct","cover","create","deduplicate","define","delete","deliver","deploy","deprecate","design","detect","determine","develop","disable","discuss","document","double","downgrade","draft","drop","educate","eliminate","email","emit","enable","encrypt","enforce","ensure","escalate","establish","estimate","evaluate","exclude","expand","explore","expose","extend","extract","fail","file","finalize","finalise","find","fix","flag","follow","force","fork","gate","gather","generate","give","handle","harden","hire","hold","identify","implement","improve","include","increase","inform","install","instrument","integrate","introduce","investigate","isolate","keep","kill","label","launch","learn","limit","link","load","lock","log","lower","maintain","make","manage","map","mark","measure","merge","migrate","mitigate","monitor","move","notify","obtain","onboard","open","optimize","optimise","organize","organise","overhaul","page","patch","pause","pin","plan","populate","practice","practise","prepare","present","prevent","prioritize","prioritise","probe","produce","profile","prohibit","propose","protect","prototype","provide","provision","prune","publish","purge","put","queue","raise","rate-limit","reach","rebuild","reconfigure","record","reduce","refactor","refine","reject","release","remove","rename","reorganize","repair","replace","replicate","report","reproduce","request","require","research","reserve","reset","resize","resolve","restart","restore","restrict","restructure","retire","retry","revert","review","revise","revisit","revoke","rewrite","roll","rollback","rotate","run","scale","schedule","scope","secure","send","separate","set","share","ship","show","shorten","shrink","simplify","simulate","sort","spike","split","stabilize","stabilise","standardize","standardise","start","stop","store","streamline","strengthen","study","submit","supply","support","suppress","switch","sync","synchronize","tag","teach","test","throttle","tighten","track","train","transfer","triage","trigger","tune","turn","understand","unify","uninstall","unpin","update","upgrade","use","validate","verify","version","watch","wire","write","bring","embed","feed","proceed","seed","shed","speed","spring","string","succeed"]),pc=new Set(["a","an","the","this","that","these","those","our","we","i","it","they","their","its","my","some","all","any","each","every","more","less","better","new","no","not","missing","lack","for","to","of","in","on","at","by","with","without","from","about","after","before","and","or","runbook","runbooks","postmortem","documentation","docs","alerting","monitoring","tests","todo","tbd","should","must","need","needs","maybe","possibly"]);function Dr(e){let t=/^[\p{L}'-]+/u.exec(e.trim())?.[0]?.toLowerCase();return t?mc.has(t)?!0:pc.has(t)?!1:!/(?:ing|ed)$/.test(t):!1}var hc={prevent:"Add",detect:"Alert",mitigate:"Automate",process:"Write"},gc=e=>e!=="done"&&e!=="wont-do",Pr={id:"action-items",doc:"Action items have unique ids, verb-first titles, and an owner and due date until done; a closed incident has some, or no_action_items says why not.",kind:"postmortem",check(e){let t=ge(e.data.action_items);t.length===0&&e.data.status==="closed"&&(e.data.no_action_items===void 0||e.data.no_action_items===null)&&e.report({message:"Missing action items, expected at least one, or no_action_items: <why none>",path:["action_items"],part:"key"});let n=new Map;t.forEach((i,r)=>{let s=le(i);if(!s)return;let o=typeof s.id=="string"?s.id:`#${r+1}`;if(typeof s.id=="string"){let d=n.get(s.id);if(d===void 0)n.set(s.id,r);else{let a=e.lineOf(["action_items",d,"id"]);e.report({message:`Unexpected duplicate action item id "${s.id}", expected unique ids${a?` (first at line ${a})`:""}`,path:["action_items",r,"id"]})}}if(typeof s.title=="string"&&s.title.trim()!==""&&!Dr(s.title)){let d=hc[String(s.type)]??"Write";e.report({message:`Unexpected action item title "${s.title}", expected it to start with a verb, like "${d} ..."`,path:["action_items",r,"title"]})}gc(s.status)&&((s.owner===void 0||s.owner===null)&&e.report({message:`Missing owner for action item ${o}, expected owner: <the one person responsible>`,path:["action_items",r]}),(s.due===void 0||s.due===null)&&e.report({message:`Missing due date for action item ${o}, expected due: YYYY-MM-DD`,path:["action_items",r]}))})},examples:[{text:`---
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
`,messages:['10:12 warning Unexpected action item title "Runbook for Mesos", expected it to start with a verb, like "Write ..."',"14:5 warning Missing owner for action item AI-1, expected owner: <the one person responsible>","14:5 warning Missing due date for action item AI-1, expected due: YYYY-MM-DD",'14:9 warning Unexpected duplicate action item id "AI-1", expected unique ids (first at line 9)']}]};var yc=new RegExp(ye),bc=new Set(["approved","published"]);function rt(e,t){(e!==Ur||Lt.size>1e3)&&(Lt.clear(),Ur=e);let n=typeof t=="string"?t:void 0,i=Lt.get(n);return i===void 0&&(i=n!==void 0&&ce(n)?or(e,n):new Date(e).toISOString().slice(0,10),Lt.set(n,i)),i}var Ur,Lt=new Map,Fr={id:"postmortem-process",doc:"A closed incident names its post-mortem owner; a post-mortem past its due date should be approved or published.",kind:"postmortem",check(e){let t=le(e.data.postmortem);if(e.data.postmortem!==void 0&&e.data.postmortem!==null&&!t)return;e.data.status==="closed"&&(t?.owner===void 0||t.owner===null)&&e.report({message:"Missing post-mortem owner, expected postmortem.owner once the incident is closed",path:["postmortem"],part:"key"});let n=t?.due;if(typeof n=="string"&&yc.test(n)&&!bc.has(t?.status)&&n<rt(e.now,e.data.timezone)){let i=typeof t?.status=="string"?`still ${t.status}`:"not yet approved";e.report({message:`Unexpected post-mortem ${i} after its due date ${n}, expected it approved or published`,path:["postmortem","due"],severity:"warning"})}},examples:[{text:`---
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
`,messages:["8:1 error Missing post-mortem owner, expected postmortem.owner once the incident is closed","9:8 warning Unexpected post-mortem not yet approved after its due date 2026-03-09, expected it approved or published"]}]};var Lr="Lessons learned";function zr(e,t,n){return Ue(e,t,n)||t.children.some(i=>zr(e,i,void 0))}function jr(e,t,n){let i=X(e.body.sections,t,Ft),r=nt(e,t);if(i.some(o=>zr(e,o,r)))return;let[s]=i;e.report(s?{message:`Unexpected empty section "${t}", expected ${tt(t)}`,...Fe(s),severity:n}:{message:`Missing section "${t}", expected a heading such as ${it(t)}`,...Pe(e.text),severity:n})}var st=`---
id: 2017-01-06-db2kafka-outage
title: db2kafka outage
kind: incident
severity: SEV-2
status: closed
timezone: UTC
---
`,Wr={id:"required-sections",doc:"The post-mortem has the configured sections (Summary, Impact, Root cause and contributing factors, ...) written, under their names or synonyms; Lessons learned is recommended.",kind:"postmortem",check(e){let t=e.config.required_sections;for(let i of t)jr(e,i);let n=Ut(Lr);t.some(i=>n.has(Q(i)))||jr(e,Lr,"warning")},examples:[{text:`${st}
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
`,messages:[]},{text:`${st}
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
`,messages:['9:1 error Missing section "Root cause and contributing factors", expected a heading such as "## Root cause and contributing factors" (or Root cause, Contributing factors)','9:1 warning Missing section "Lessons learned", expected a heading such as "## Lessons learned" (or Lessons, Learnings)','14:1 error Unexpected empty section "Impact", expected what happened to whom','22:1 error Unexpected empty section "What went well", expected what helped the response']},{text:`${st}
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
`,messages:[]},{text:`${st}
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
`,messages:['14:1 error Unexpected empty section "Impact", expected what happened to whom']},{text:st.replace("status: closed","status: resolved"),messages:['9:1 warning Missing section "Summary", expected a heading such as "## Summary" (or Overview, TL;DR)','9:1 warning Missing section "Impact", expected a heading such as "## Impact" (or Customer impact, Business impact)','9:1 warning Missing section "Root cause and contributing factors", expected a heading such as "## Root cause and contributing factors" (or Root cause, Contributing factors)','9:1 warning Missing section "Resolution", expected a heading such as "## Resolution" (or Recovery, Resolution and recovery)','9:1 warning Missing section "What went well", expected a heading such as "## What went well" (or Things that went well, What worked)',`9:1 warning Missing section "What went wrong", expected a heading such as "## What went wrong" (or What didn't go so well, What didn't go well)`,'9:1 warning Missing section "Lessons learned", expected a heading such as "## Lessons learned" (or Lessons, Learnings)']}]};var Le="Public summary",wc=["What happened","What we are doing about this"],Br=e=>X(e.sections,Le)[0]?.children??[],ot=`---
id: 2026-03-01-checkout-fails-for-eu-customers
title: Checkout fails for EU customers
kind: incident
severity: SEV-2
status: closed
timezone: Europe/Berlin
public: true
---
`,Hr={id:"public-summary",doc:"A public incident (public: true) has a Public summary with a short summary, What happened, and What we are doing about this.",kind:"postmortem",check(e){if(e.data.public!==!0)return;let t=X(e.body.sections,Le)[0];if(!t){e.report({message:`Missing section "${Le}", expected a heading such as ${it(Le)} since the incident is public`,...Pe(e.text)});return}let n=e.template&&X(e.template.body.sections,Le)[0],i=X(t.children,"Summary"),r=nt(e,"Summary",Br);!Ue(e,t,n)&&!i.some(s=>Ue(e,s,r))&&e.report({message:`Missing public summary text, expected ${tt(Le)} under its heading (or in a "### Summary")`,...Fe(t)});for(let s of wc)xc(e,t,s)},examples:[{text:`${ot}
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
`,messages:[]},{text:ot.replace("public: true","public: false"),messages:[]},{text:`${ot}
## Summary

A configuration change made EU payments fail; rolled back after 45 minutes.
`,messages:['10:1 error Missing section "Public summary", expected a heading such as "## Public summary" (or Public post-mortem, Customer summary) since the incident is public']},{text:`${ot.replace("status: closed","status: resolved")}
## Public post-mortem

<!-- Written for customers: no internal names, hostnames or people. Reviewed before publishing.
     Put a short summary here (what customers saw, when, now resolved), then fill in the two sections below. -->

### What happened

### Next steps

Payment configuration changes now roll out to a small share of traffic first.
`,messages:['11:1 warning Missing public summary text, expected a short summary for customers under its heading (or in a "### Summary")','16:1 warning Unexpected empty section "What happened", expected what customers experienced and why, in plain language']},{text:`${ot}
## Public summary

On March 1 from 12:50 to 13:35 UTC, some customers in Europe could not complete checkout.

### What happened

A configuration change made payment requests from Europe fail. We undid the change.
`,messages:[`11:1 error Missing section "What we are doing about this" in the public summary, expected a heading such as "### What we are doing about this" (or What we're doing about it, What are we doing about this)`]}]};function xc(e,t,n){let i=X(t.children,n);if(i.length===0){e.report({message:`Missing section "${n}" in the public summary, expected a heading such as ${it(n,t.heading.depth+1)}`,...Fe(t)});return}let r=nt(e,n,Br);i.some(s=>Ue(e,s,r))||e.report({message:`Unexpected empty section "${n}", expected ${tt(n)}`,...Fe(i[0])})}var Cn=`---
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
`,qr={id:"public-leak",doc:"The public output of a public incident (render --audience public, status-update, publish) holds no names, secrets, emails, internal hosts or redact: terms.",kind:"format",check(e){if(e.publicLeaks)for(let t of e.publicLeaks)if(t.file===e.file&&t.line!==void 0)e.report({message:t.message,line:t.line,column:t.column??1});else{let n=t.file?` (${t.file}${t.line?`:${t.line}`:""})`:"";e.report({message:`${t.message}${n}`,...Pe(e.text)})}},examples:[{text:`${Cn}
## Public summary

On March 1 from 12:50 to 13:35 CET, some customers could not complete checkout.
`,messages:[]},{text:`${Cn.replace("public: true","public: false")}
## Public summary

ALICE EXAMPLE rolled back db-7.internal.acme.
`,messages:[]},{text:`${Cn}
## Public summary

Alice **Example** rolled back the change; Bob and bob@acme.com kept watch on
https://grafana.internal.acme/d/checkout and 10.0.0.7.
`,messages:['20:1 error Unexpected name "Alice Example" in public output (render --audience public line 3), expected no names of people ("Alice Example" is in roles.incident_commander; a vendor or team goes in allow: in .incident.yml)','20:43 error Unexpected name "bob" in public output (render --audience public line 3), expected no names of people ("bob" is in timeline[0].by; a vendor or team goes in allow: in .incident.yml)','20:51 error Unexpected name "bob" in public output (render --audience public line 3), expected no names of people ("bob" is in timeline[0].by; a vendor or team goes in allow: in .incident.yml)',`20:51 error Unexpected email address "bob@acme.com" in public output (render --audience public line 3), expected no email addresses or internal hosts (the company's own public domains go in public_domains: in .incident.yml)`,`21:1 error Unexpected internal URL "https://grafana.internal.acme" in public output (render --audience public line 4), expected no email addresses or internal hosts (the company's own public domains go in public_domains: in .incident.yml)`,'21:46 error Unexpected private IP address "10.0.0.7" in public output (render --audience public line 4), expected no secrets or internal addresses']}]};var jt=[Vi,Zi,Cr,$r,Nr,Mr,Pr,Fr,Wr,Hr,qr];var W=require("node:fs"),N=require("node:path");var Vr=["accent","operational","degraded","partial","major","maintenance"],$n=/^https?:\/\/[^\s"'<>`\\]+$/i,kc=/^#(?:[0-9a-fA-F]{3}){1,2}$/,at=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function Zr(e,t){if(typeof e!="string"||!$n.test(e.trim()))throw t("site_url","an absolute http(s) URL such as https://status.example.com/");return e.trim().replace(/\/*$/,"/")}function Yr(e,t){if(!at(e))throw t("site","a map with title, logo, links and colors");let n={links:{},colors:{}};for(let[i,r]of Object.entries(e))if(i==="title"){if(typeof r!="string"||!r.trim())throw t("site.title","a non-empty string");n.title=r}else if(i==="logo"){if(typeof r!="string"||!$n.test(r.trim()))throw t("site.logo","an absolute http(s) URL of an image");n.logo=r.trim()}else if(i==="links"){if(!at(r)||!Object.values(r).every(s=>typeof s=="string"&&$n.test(s.trim())))throw t("site.links","a map of labels to http(s) URLs");n.links=Object.fromEntries(Object.entries(r).map(([s,o])=>[s,String(o).trim()]))}else if(i==="colors"){if(!(at(r)&&Object.entries(r).every(([o,d])=>Vr.includes(o)&&typeof d=="string"&&kc.test(d))))throw t("site.colors",`a map of ${Vr.join(", ")} to colours such as "#0969da"`);n.colors={...r}}else throw t("site",`a map with title, logo, links and colors, not "${i}"`);return n}function Kr(e,t,n){if(!at(e))throw n("status_page","a map with components and severity_map");let i={components:[...t.components],severity_map:{...t.severity_map}};for(let[r,s]of Object.entries(e))if(r==="components"){if(!Array.isArray(s)||!s.every(o=>typeof o=="string"&&o.trim()))throw n("status_page.components","a list of service names");i.components=s.map(o=>o.trim())}else if(r==="severity_map"){if(!(at(s)&&Object.values(s).every(d=>qe.includes(d))))throw n("status_page.severity_map",`a map of severity to one of ${qe.join(", ")}`);i.severity_map={...i.severity_map,...s}}else throw n("status_page",`a map with components and severity_map, not "${r}"`);return i}var _n=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function Gr(e,t,n){if(!_n(e))throw n("import","a map of source names (pagerduty, incident-io...) to their settings");let i={};for(let[r,s]of Object.entries(e)){if(s===null)continue;if(!_n(s))throw n(`import.${r}`,"a map of settings such as severity_map and timezone");let o=s.severity_map;if(o!=null){if(!_n(o))throw n(`import.${r}.severity_map`,"a map of <field>=<value> to a severity, e.g. priority=P1: SEV-1");for(let[a,c]of Object.entries(o))if(typeof c!="string"||!t.includes(c))throw n(`import.${r}.severity_map.${a}`,`one of ${t.join(", ")}`)}let d=s.timezone;if(d!=null&&(typeof d!="string"||!ce(d)))throw n(`import.${r}.timezone`,"an IANA time zone name such as Europe/Berlin");i[r]={...s}}return i}var ke={incidents_dir:"incidents",templates_dir:"templates",severities:[...xt],default_severity:"SEV-3",required_sections:["Summary","Impact","Root cause and contributing factors","Resolution","What went well","What went wrong"],postmortem_due:{"SEV-1":{days:3},"SEV-2":{business_days:5},default:{business_days:10}},redact:[],allow:[],public_domains:[],site_title:"Incident history",site:{links:{},colors:{}},status_page:{components:[],severity_map:{"SEV-1":"major_outage","SEV-2":"partial_outage","SEV-3":"degraded_performance"}},github:{},people:{},issueops:{label:"incident",mirror:!1},evidence_max_bytes:10*1024*1024,review:{require_independent_approval:!0},working_hours:{start:"09:00",end:"18:00",days:["Mon","Tue","Wed","Thu","Fri"]},merge_driver:"auto",import:{}},Jr=["auto","warn","off"],Qr=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Sc=/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/,vc=/^(?:\*\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\.?$/;function dt(e,t=".incident.yml"){if(e==null)return{...ke};if(typeof e!="object"||Array.isArray(e))throw new j("Unexpected config, expected `key: value` settings",t,1,1);let n=e,i={...ke},r=a=>{if(n[a]!==void 0){if(typeof n[a]!="string"||n[a]==="")throw o(a,"a non-empty string");i[a]=n[a]}},s=a=>{if(n[a]===void 0)return;let c=n[a];if(!Array.isArray(c)||c.length===0||!c.every(l=>typeof l=="string"&&l))throw o(a,"a list of names");i[a]=c},o=(a,c)=>new j(`Unexpected value for \`${a}\`, expected ${c}`,t);if(r("incidents_dir"),r("templates_dir"),r("timezone"),i.timezone!==void 0&&!ce(i.timezone))throw o("timezone",`an IANA time zone name such as ${At(i.timezone)}, not "${i.timezone}"`);if(s("severities"),s("required_sections"),n.default_severity!==void 0?r("default_severity"):i.severities.includes(i.default_severity)||(i.default_severity=i.severities[Math.floor((i.severities.length-1)/2)]),!i.severities.includes(i.default_severity))throw o("default_severity",`one of ${i.severities.join(", ")}`);if(r("site_title"),n.site_url!==void 0&&(i.site_url=Zr(n.site_url,o)),n.site!==void 0&&(i.site=Yr(n.site,o)),n.status_page!==void 0&&(i.status_page=Kr(n.status_page,ke.status_page,o)),n.redact!==void 0){if(!Array.isArray(n.redact)||!n.redact.every(a=>typeof a=="string"&&a.trim()))throw o("redact","a list of terms");i.redact=n.redact}if(n.allow!==void 0){if(!Array.isArray(n.allow)||!n.allow.every(a=>typeof a=="string"&&a.trim()))throw o("allow","a list of words or names");i.allow=n.allow}if(n.public_domains!==void 0){let a=n.public_domains;if(!Array.isArray(a)||!a.every(c=>typeof c=="string"&&vc.test(c.trim())))throw o("public_domains","a list of domain names such as status.example.com");i.public_domains=a.map(c=>c.trim().toLowerCase().replace(/^\*\./,"").replace(/\.$/,""))}let d=(a,c)=>{let l=n[a];if(l===void 0)return;if(!(typeof l=="object"&&l!==null&&!Array.isArray(l)&&Object.entries(l).every(([m,f])=>typeof f=="string"&&f!==""&&(!c||c.includes(m)))))throw o(a,c?`a map with ${c.join(", ")}`:"a map of names to GitHub logins");i[a]={...l}};if(d("github",["repo","api_url"]),d("people"),n.evidence_max_bytes!==void 0){if(!Number.isInteger(n.evidence_max_bytes)||n.evidence_max_bytes<=0)throw o("evidence_max_bytes","a positive number of bytes");i.evidence_max_bytes=n.evidence_max_bytes}if(n.review!==void 0){let a=n.review;if(!(typeof a=="object"&&a!==null&&!Array.isArray(a)&&Object.entries(a).every(([l,u])=>l==="require_independent_approval"&&typeof u=="boolean")))throw o("review","a map with require_independent_approval: true or false");i.review={...ke.review,...a}}if(n.issueops!==void 0){let a=n.issueops;if(!(typeof a=="object"&&a!==null&&!Array.isArray(a)&&Object.entries(a).every(([l,u])=>l==="label"&&typeof u=="string"&&u.trim()!==""||l==="mirror"&&typeof u=="boolean")))throw o("issueops","a map with label: <label name> and mirror: true or false");i.issueops={...ke.issueops,...a}}if(n.working_hours!==void 0&&(i.working_hours=Ac(n.working_hours,o)),n.import!==void 0&&n.import!==null&&(i.import=Gr(n.import,i.severities,o)),n.merge_driver!==void 0){if(!Jr.includes(n.merge_driver))throw o("merge_driver",`one of ${Jr.join(", ")}`);i.merge_driver=n.merge_driver}if(n.postmortem_due!==void 0){let a=n.postmortem_due;if(typeof a!="object"||a===null||Array.isArray(a))throw o("postmortem_due","a map of severity to {days} or {business_days}");for(let[c,l]of Object.entries(a))if(!(typeof l=="object"&&l!==null&&Object.entries(l).every(([m,f])=>(m==="days"||m==="business_days")&&Number.isInteger(f)&&f>=0)))throw o(`postmortem_due.${c}`,"{days: N} or {business_days: N}");i.postmortem_due={...ke.postmortem_due,...a}}return i}function Ac(e,t){if(typeof e!="object"||e===null||Array.isArray(e))throw t("working_hours","a map with start, end, days and timezone");let n={...ke.working_hours};for(let[i,r]of Object.entries(e))if(i==="start"||i==="end"){if(typeof r!="string"||!Sc.test(r))throw t(`working_hours.${i}`,'a time of day as "HH:MM" (quoted), such as "09:00"');n[i]=r}else if(i==="days"){let s=Qr;if(!Array.isArray(r)||r.length===0||!r.every(o=>typeof o=="string"&&s.includes(o)))throw t("working_hours.days",`a list of days among ${Qr.join(", ")}`);n.days=r}else if(i==="timezone"){if(typeof r!="string"||!ce(r))throw t("working_hours.timezone",`an IANA time zone name such as ${At(String(r))}`);n.timezone=r}else throw t("working_hours",`a map with start, end, days and timezone, not "${i}"`);if(n.start>=n.end)throw t("working_hours",`a start before the end, not ${n.start} to ${n.end}`);return n}function es(e,t,n=3){let i=e.toLowerCase(),r=[];for(let s of t){let o=s.toLowerCase();if(o===i)continue;if(i.length>=3&&o.includes(i)){r.push({name:s,score:-1/o.length});continue}let d=o.replace(/^\d{4}-\d{2}-\d{2}-/,""),a=Math.max(2,Math.floor(i.length/3)),c=Math.min(Xr(i,o,a),d===o?1/0:Xr(i,d,a));c<=a&&r.push({name:s,score:c})}return r.sort((s,o)=>s.score-o.score||(s.name<o.name?1:s.name>o.name?-1:0)).slice(0,n).map(s=>s.name)}function Xr(e,t,n=1/0){if(Math.abs(e.length-t.length)>n)return 1/0;let i=new Array(t.length+1).fill(0),r=Array.from({length:t.length+1},(o,d)=>d),s=new Array(t.length+1).fill(0);for(let o=1;o<=e.length;o++){s[0]=o;let d=o;for(let a=1;a<=t.length;a++){let c=e[o-1]===t[a-1]?0:1,l=Math.min(r[a]+1,s[a-1]+1,r[a-1]+c);o>1&&a>1&&e[o-1]===t[a-2]&&e[o-2]===t[a-1]&&(l=Math.min(l,i[a-2]+1)),s[a]=l,l<d&&(d=l)}if(d>n)return 1/0;[i,r,s]=[r,s,i]}return r[t.length]<=n?r[t.length]:1/0}function zt(e){return e<128?e===32||e>=9&&e<=13:e===160||e===5760||e>=8192&&e<=8202||e===8232||e===8233||e===8239||e===8287||e===12288||e===65279}function ts(e){return e>=48&&e<=57||e>=65&&e<=90||e>=97&&e<=122}function ns(e){if(e.length===0||!ts(e.charCodeAt(0)))return!1;for(let t=1;t<e.length;t++){let n=e.charCodeAt(t);if(!(ts(n)||n===46||n===95||n===45))return!1}return!0}function is(e,t){let n=new On(e,t),i=n.node(0);return i===void 0||n.p!==e.length?void 0:{value:i,maps:n.maps}}var R=void 0,On=class{constructor(t,n){this.s=t;this.place=n}s;place;p=0;maps=!1;spaces(){for(;this.s.charCodeAt(this.p)===32;)this.p++}node(t){let n=this.s.charCodeAt(this.p);return n===91?t<16?this.seq(t):R:n===123?t<16?this.map(t):R:n===34||n===39?this.quoted(n):this.plain()}next(t){this.spaces();let n=this.s.charCodeAt(this.p);return n===t?(this.p++,!0):n!==44?R:(this.p++,this.spaces(),this.s.charCodeAt(this.p)!==t?!1:(this.p++,!0))}seq(t){let n=[];if(this.p++,this.spaces(),this.s.charCodeAt(this.p)===93)return this.p++,n;for(;;){let i=this.p,r=this.node(t+1);if(r===R)return R;this.place?.(n,n.length,i),n.push(r);let s=this.next(93);if(s===R)return R;if(s)return n}}map(t){let n={};if(this.p++,this.spaces(),this.s.charCodeAt(this.p)===125)return this.p++,n;for(this.maps=!0;;){let i=this.p,r=this.key();if(r===R||r==="__proto__"||Object.hasOwn(n,r))return R;this.spaces();let s=this.p,o=this.node(t+1);if(o===R)return R;this.place?.(n,r,s,i),n[r]=o;let d=this.next(125);if(d===R)return R;if(d)return n}}key(){let t=this.s,n=this.p,i=n;for(;i<t.length;i++){let s=t.charCodeAt(i);if(s===58)break;if(s===44||s===91||s===93||s===123||s===125||s===35||s<32||s===127)return R}if(t.charCodeAt(i+1)!==32)return R;let r=t.slice(n,i);return In(r)?(this.p=i+1,r):R}quoted(t){let n=t===34?Ec:Tc;n.lastIndex=this.p;let i=n.exec(this.s);return i?(this.p+=i[0].length,oe(i[0])):R}plain(){let t=this.s,n=this.p,i=n;for(;i<t.length;i++){let o=t.charCodeAt(i);if(o===44||o===93||o===125)break;if(o===91||o===123||o===35||o===9)return R}let r=i;for(;r>n&&t.charCodeAt(r-1)===32;)r--;if(r===n)return R;this.p=i;let s=oe(t.slice(n,r));return Array.isArray(s)?R:s}},Ec=/"(?:[^"\\]|\\["\\/tn])*"/y,Tc=/'(?:[^']|'')*'/y,Cc=new Set(["true","True","TRUE","false","False","FALSE","null","Null","NULL"]),$c=new Set([..."-?:,[]{}#&*!|>'\"%@` 	"].map(e=>e.charCodeAt(0)));function In(e){let t=e.length;if(t===0||t>1e3)return!1;let n=e.charCodeAt(0);if($c.has(n))return!1;let i=e.charCodeAt(t-1);if(i===32||i===58)return!1;let r=!0;for(let s=0;s<t;s++){let o=e.charCodeAt(s);if(o<32||o===127||o===35&&e.charCodeAt(s-1)===32||o===58&&e.charCodeAt(s+1)===32)return!1;o>127&&!_c(o)&&(r=!1)}return!r&&Ic().test(e)||e.startsWith("...")||e.startsWith("---")?!1:n>=48&&n<=57||n===43||n===46||n===126?oe(e)===e:!(t<=5&&Cc.has(e))}var _c=e=>e>=161&&e<=591&&e!==173,Oc,Ic=()=>Oc??=/[^\x20-\x7e\p{L}\p{M}\p{N}\p{P}\p{S}]/u;function ct(e,t){let n=0,i=e.length-1;for(;n<=i;){let r=n+i>>>1,s=e[r];if(s===t)return r;s<t?n=r+1:i=r-1}return-1}function rs(e,t){let n=0,i=e.length-1;for(;n<i;){let r=n+i+1>>1;e[r]<=t?n=r:i=r-1}return n}function ms(e,t){let n=rs(e.lineStarts,t);return{line:n,column:t-(e.lineStarts[n]??0)}}function ps(e,t){let n=e.data;for(let i=0;i<t.length-1;i++){if(typeof n!="object"||n===null)return;n=n[t[i]]}if(!(typeof n!="object"||n===null||t.length===0))return e.places?.get(n,t[t.length-1])}var Nn=class{log;size=0;index;searches=0;constructor(t){this.log=new Array(Math.min(6*t+8,Rc))}add(t,n,i,r){let s=this.log,o=this.size;s[o++]=t,s[o++]=n,s[o++]=r,s[o++]=i,this.size=o}get(t,n){let i=this.log;if(!this.index&&this.searches++<Nc){for(let r=this.size-4;r>=0;r-=4)if(i[r]===t&&i[r+1]===n)return ss(i[r+2],i[r+3]);return}if(!this.index){this.index=new Map;for(let r=0;r<this.size;r+=4){let s=this.index.get(i[r]);s||this.index.set(i[r],s=new Map),s.set(i[r+1],ss(i[r+2],i[r+3]))}}return this.index.get(t)?.get(n)}},Rc=16384,Nc=16,ss=(e,t)=>e===void 0?{value:t}:{key:e,value:t},os=e=>e.kind==="seq"||Object.keys(e.value).length===e.stores,jn=-1,Mn=-2,Dn=class{constructor(t){this.text=t;let n=this.starts=[];for(let i=0;i<t.length;){let r=t.indexOf(`
`,i);if(n.push(i),r===-1)break;i=r+1}this.oddBreaks=t.includes("\u2028")||t.includes("\u2029")}text;starts;indentLine=-1;lastIndent=0;lastEnd=0;oddBreaks;colon=-1;colonAsked=0;hash=-1;hashAsked=0;tab=-1;tabAsked=0;backslash=-1;backslashAsked=0;colonFrom(t){return(t<this.colonAsked||t>this.colon)&&(this.colon=Wt(this.text.indexOf(":",this.colonAsked=t),this.text)),this.colon}hashFrom(t){return(t<this.hashAsked||t>this.hash)&&(this.hash=Wt(this.text.indexOf("#",this.hashAsked=t),this.text)),this.hash}tabFrom(t){return(t<this.tabAsked||t>this.tab)&&(this.tab=Wt(this.text.indexOf("	",this.tabAsked=t),this.text)),this.tab}backslashFrom(t){return(t<this.backslashAsked||t>this.backslash)&&(this.backslash=Wt(this.text.indexOf("\\",this.backslashAsked=t),this.text)),this.backslash}get length(){return this.starts.length}next(t){return t+1<this.starts.length?this.starts[t+1]:this.text.length}end(t){if(t===this.indentLine)return this.lastEnd;let n=this.text,i=this.starts[t],r=t+1<this.starts.length?this.starts[t+1]-1:n.charCodeAt(n.length-1)===10?n.length-1:n.length;return r>i&&n.charCodeAt(r-1)===13?r-1:r}indent(t){if(t!==this.indentLine){let n=this.end(t);this.lastIndent=Mc(this.text,this.starts[t],n),this.lastEnd=n,this.indentLine=t}return this.lastIndent}at(t){return this.text.slice(this.starts[t],this.end(t))}isDash(t){return Pn(this.text,this.starts[t]+this.indent(t),this.end(t))}keyAt(t,n){let i=this.text,r=this.colonFrom(t);if(r>=n)return;let s=i.charCodeAt(t),o=r-t;if(o>0&&o<32&&s<128&&(r+1===n||i.charCodeAt(r+1)===32)){let a=ys(i,t,s,o);if(a!==void 0)return this.oddBreaks&&Rn.test(i.slice(t,n))?void 0:a}let d=this.keyLength(t,n);return d===-1?void 0:Wc(i,t,d)}keyLength(t,n){let i=this.text,r=t,s=r<n?i.charCodeAt(r):0;if(s>=97&&s<=122||s>=65&&s<=90||s===95)for(r++;r<n&&(s=i.charCodeAt(r),s>=97&&s<=122||s>=65&&s<=90||s===95||s>=48&&s<=57||s===45);r++);if(r===t||i.charCodeAt(r)!==58||r+1<n&&i.charCodeAt(r+1)!==32){let o=i.slice(t,n);return r=o.indexOf(": "),r===-1&&(r=o.charCodeAt(o.length-1)===58?o.length-1:-1),r<=0||!In(o.slice(0,r))||this.oddBreaks&&Rn.test(o)?-1:r}return this.oddBreaks&&Rn.test(i.slice(t,n))?-1:r-t}},Rn=/[\r\u2028\u2029]/,Wt=(e,t)=>e===-1?t.length:e,Pn=(e,t,n)=>e.charCodeAt(t)===45&&(t+1===n||e.charCodeAt(t+1)===32);function Mc(e,t,n){let i=t;for(;i<n&&e.charCodeAt(i)===32;)i++;let r=e.charCodeAt(i);return i<n&&r===9||i<n&&(r===11||r===12||r===13||r>=128&&zt(r))?Mn:i===n||r===35?jn:i-t}var Un=Symbol("nothing"),ue=Symbol("elsewhere");function as(e,t,n){if(t===n)return Un;let i=e.text,r=i.charCodeAt(t);if(r===35)return Un;if(r===39)return e.oddBreaks?ue:Pc(i,t,n);if(r===34)return Uc(e,t,n);if(r===91||r===123||r===124||r===62)return ue;let s=n;for(let d=e.hashFrom(t+1);d<n;d=e.hashFrom(d+1)){let a=i.charCodeAt(d-1);if(a===32||a===9){s=d-1;break}}if(e.tabFrom(t)<s)return Dc(i,t,n);for(let d=e.colonFrom(t);d<s;d=e.colonFrom(d+1)){let a=d+1<n?i.charCodeAt(d+1):32;if(a===32||a===9)return}let o=s-1;for(;i.charCodeAt(o)===32;)o--;return wt(i.slice(t,o+1))}function Dc(e,t,n){let i=t,r=-1;for(let s=t;s<n;s++){let o=e.charCodeAt(s);if(o===32||o===9){if(s+1<n&&e.charCodeAt(s+1)===35)break;o===9&&r===-1&&(r=s)}else if(i=s,o===58){let d=s+1<n?e.charCodeAt(s+1):32;if(d===32||d===9)return}}if(!(r!==-1&&r<i))return wt(e.slice(t,i+1))}function hs(e,t,n){let i=t+1;for(;i<n&&(e.charCodeAt(i)===32||e.charCodeAt(i)===9);)i++;return i===n||i>t+1&&e.charCodeAt(i)===35}function Pc(e,t,n){let i=e.indexOf("'",t+1);if(i===-1||i>=n)return ue;let r=e.charCodeAt(t+1);return i+1<n&&e.charCodeAt(i+1)===39||r===32||r===9?ue:hs(e,i,n)?e.slice(t+1,i):ue}function Uc(e,t,n){let i=e.text,r=i.indexOf('"',t+1);if(r===-1||r>=n||!hs(i,r,n)||e.backslashFrom(t+1)<r)return ue;for(let s=r+1;s<n;s++)if(i.charCodeAt(s)===34)return ue;return i.slice(t+1,r)}function Ht(e,t={}){if(e.includes("\r")&&/\r(?!\n)/.test(e))return;let n=new Dn(e),{starts:i}=n,r={indent:0,kind:"map",value:{},stores:0},s=t.places?new Nn(n.length):void 0,o=[r],d=new Map,a=!1,c=(h,p)=>{let k=is(h,s&&((x,v,M,b)=>s.add(x,v,p+M,b===void 0?void 0:p+b)));return k?.maps&&(a=!0),k?.value},l,u="",m=0,f=0;for(let h=0;h<i.length;h++){let p=n.indent(h);if(p===jn)continue;if(p===Mn)return;let k=i[h],x=n.end(h),v=k+p,M=Pn(e,v,x),b,D=!1;if(l){let w=l,A=w.value;if(l=void 0,M&&p>=w.indent){let I=w===r?{indent:p,items:[],end:k}:void 0;I&&d.set(u,I);let F=[];A[u]=F,w.stores++,o.push({indent:p,kind:"seq",value:F,layout:I,stores:0}),s?.add(A,u,v,m)}else if(p>w.indent&&(D=!0,(b=n.keyAt(v,x))!==void 0)){let I={};A[u]=I,w.stores++,o.push({indent:p,kind:"map",value:I,stores:0}),s?.add(A,u,v,m)}else{if(p>w.indent)return;A[u]=null,w.stores++,s?.add(A,u,f,m)}}for(;o.length>1;){let w=o[o.length-1];if(!(p<w.indent||w.kind==="seq"&&p===w.indent&&!M))break;if(!os(w))return;o.pop()}let $=o[o.length-1],y=v;if($.kind==="seq"){if(p!==$.indent||!M)return;if($.layout&&!s&&p===2&&!n.oddBreaks){let F=Fc(n,h,$.value,$.layout);if(F!==-1){h=F;continue}}for($.layout?.items.push(k),y=v+1;e.charCodeAt(y)===32;)y++;let w=e.charCodeAt(y);if(y===x||Pn(e,y,x)||w===35||Hc(e,y))return;let A=$.value;if(s?.add(A,A.length,y),b=n.keyAt(y,x),b===void 0){if(cs(w))return;let F=as(n,y,x);if(F===ue){let ee=me(e.slice(y,x));F=ls(ee.charCodeAt(0))?c(ee,y):oe(ee)}if(F===void 0)return;if(Ln(n,h,p)){let ee=e.slice(y,x),Ee=us(n,h,p,ee,me(ee));if(!Ee)return;F=Ee.value,h=Ee.last}A.push(F),Bt(o,n.next(h));continue}let I={indent:p+y-v,kind:"map",value:{},stores:0};A.push(I.value),o.push(I),$=I}else{if(p!==$.indent)return;if(D||(b=n.keyAt(v,x)),b===void 0)return}if(b.length<=5&&Bc(b)&&zc.has(b))return;let U=$.value;if(b==="__proto__")return;let O=y+b.length+1;for(;O<x&&(e.charCodeAt(O)===32||e.charCodeAt(O)===9);)O++;Bt(o,n.next(h));let S=as(n,O,x);if(S===Un){l=$,u=b,m=y,f=O;continue}s?.add(U,b,O,y);let K=!0;if(S===ue){let w=me(e.slice(O,x));if(cs(w.charCodeAt(0))){let A=Zc(n,h,$.indent,w);if(!A)return;S=A.value,h=A.last,Bt(o,n.next(h)),K=!1}else S=ls(w.charCodeAt(0))?c(w,O):oe(w)}if(S===void 0)return;if(K&&Ln(n,h,$.indent)){let w=e.slice(O,x),A=us(n,h,$.indent,w,me(w));if(!A)return;S=A.value,h=A.last,Bt(o,n.next(h))}U[b]=S,$.stores++}if(l&&(l.value[u]=null,l.stores++,s?.add(l.value,u,f,m)),!o.every(os)||Object.keys(r.value).length===0)return;let g={data:r.value,seqs:d,places:s,lineStarts:i};return a&&(g.flowMaps=!0),g}var Fn=new RegExp((String.raw`  - at: (['"]?)(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d))\1EOL`+String.raw`(?:    approx: (true)EOL)?`+String.raw`    kind: ((?!(?:null|true|false)EOL)[a-z]+)EOL`+String.raw`(?:    by: (PLAIN)EOL)?`+String.raw`    text: (?:(PLAIN)|"([^"\\\x00-\x1f\x7f]*)"|'([^'\x00-\x1f\x7f]*)')EOL(?=(?: *(?:#[^\n]*)?EOL)*(?:  - |[^\s#]|$))`).replace(/PLAIN/g,String.raw`(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)EOL)[A-Za-z][^\x00-\x1f\x7f#:]*(?::+[^\x00-\x20\x7f#:][^\x00-\x1f\x7f#:]*)*(?<!\s)`).replace(/EOL/g,String.raw`\r?\n`),"y");function Fc(e,t,n,i){let r=-1;for(let s;(s=Lc(e.text,e.starts[t]))!==null;)n.push(jc(s)),i.items.push(e.starts[t]),i.end=Fn.lastIndex,r=t+(s[5]===void 0?2:3)+(s[3]===void 0?0:1),t=r+1;return r}function Lc(e,t){return Fn.lastIndex=t,Fn.exec(e)}function jc(e){let t=e[5],n=e[6]??e[7]??e[8];return e[3]===void 0?t===void 0?{at:e[2],kind:e[4],text:n}:{at:e[2],kind:e[4],by:t,text:n}:t===void 0?{at:e[2],approx:!0,kind:e[4],text:n}:{at:e[2],approx:!0,kind:e[4],by:t,text:n}}var zc=new Set(["true","True","TRUE","false","False","FALSE","null","Null","NULL"]);function Wc(e,t,n){let i=e.charCodeAt(t);if(n>=32||i>=128)return e.slice(t,t+n);let r=ys(e,t,i,n);if(r!==void 0)return r;let s=gs(i,n);return lt[s+1]=lt[s],lt[s]=e.slice(t,t+n)}var lt=new Array(256*32),gs=(e,t)=>(e<<5|t)<<1;function ys(e,t,n,i){let r=gs(n,i),s=lt[r];if(s!==void 0&&ds(e,t,s))return s;let o=lt[r+1];return o!==void 0&&ds(e,t,o)?o:void 0}function ds(e,t,n){for(let i=1;i<n.length;i++)if(e.charCodeAt(t+i)!==n.charCodeAt(i))return!1;return!0}var Bc=e=>{let t=e.charCodeAt(0),n=e.charCodeAt(1);return(t===116||t===84||t===102||t===70||t===110||t===78)&&(n===114||n===82||n===97||n===65||n===117||n===85)},Hc=(e,t)=>zt(e.charCodeAt(t)),cs=e=>e===124||e===62,ls=e=>e===91||e===123;function Bt(e,t){let n=e.length>1?e[1].layout:void 0;n&&(n.end=t)}function Ln(e,t,n){for(let i=t+1;i<e.length;i++){let r=e.indent(i);if(r!==jn)return r>n&&!e.isDash(i)}return!1}function us(e,t,n,i,r){let s=r.charCodeAt(0),o=s===34||s===39||s===91||s===123;if(e.oddBreaks||o||fs(i)!==r)return;let d=e.text,a=r,c=t,l=0;for(let u=t+1;u<e.length;u++){let m=e.starts[u],f=e.end(u),g=m;for(;g<f&&d.charCodeAt(g)===32;)g++;if(g===f){l++;continue}if(d.charCodeAt(g)===35||g-m<=n)break;let h=fs(d.slice(g,f));if(!qc.test(h))return;a+=(l===0?" ":`
`.repeat(l))+h,l=0,c=u}if(!(c===t||Ln(e,c,n)))return{value:a,last:c}}var qc=/^(?!\.\.\.)[^-?:,[\]{}#&*!|>'"%@`\s](?:(?!: | #|\t).)*(?<!:)$/;function fs(e){let t=e.length;for(;t>0&&e.charCodeAt(t-1)===32;)t--;return t===e.length?e:e.slice(0,t)}function Vc(e){let t=e[0];if(t!=="|"&&t!==">"||e.length>2)return;let n=e.length===2?e[1]:"";return n===""||n==="-"||n==="+"?{style:t,chomp:n}:void 0}function Zc(e,t,n,i){let r=Vc(i);if(!r)return;let{style:s,chomp:o}=r,d=[],a=-1,c=t;for(let m=t+1;m<e.length;m++){let f=e.at(m),g=0;for(;f.charCodeAt(g)===32;)g++;if(g===f.length){if(a===-1||f.length>a)return;d.push(""),c=m;continue}if(f.includes("	")||zt(f.charCodeAt(g)))return;if(g<=n)break;if(a===-1&&(a=g),g<a||g>a&&s===">")return;d.push(f.slice(a)),c=m}if(a===-1)return;let l=0;for(;d.length&&d[d.length-1]==="";)d.pop(),l++,c--;let u="";if(s==="|")u=d.join(`
`);else{let m=!1;for(let f of d)f===""?u+=`
`:u+=(m?" ":"")+f,m=f!==""}if(o==="-")return{value:u,last:c};if(o==="+"){let m=c+l,f=l>0&&m===e.length-1&&!e.text.endsWith(`
`)?l-1:l;return{value:u+`
`+`
`.repeat(f),last:m}}return{value:u+`
`,last:c}}var ut=".incident.yml";function Yc(e){let t;for(let n=e;;n=(0,N.dirname)(n)){if((0,W.existsSync)(C(n,ut)))return n;if(!t&&(0,W.existsSync)(C(n,".git"))&&(t=n),(0,N.dirname)(n)===n)return t??e}}async function ws(e,t={}){let n=Yc(e),i=C(n,ut);if(t.configFile&&(i=(0,N.resolve)(e,t.configFile),!(0,W.existsSync)(i)))throw new T(`Unexpected config file "${t.configFile}", expected an existing file`);let r=await Jc(i,i===C(e,ut)?ut:(0,N.relative)(e,i)||ut),s=t.incidentsDir?(0,N.resolve)(e,t.incidentsDir):Kc(C(n,r.incidents_dir));return{root:n,cwd:e,config:r,incidentsDir:s}}var Kc=e=>e.length>1&&e.endsWith(N.sep)?e.slice(0,-1):e,Gc=/^(?:[ ]*(?:#[^\r\n]*)?\r?\n)*[ ]*(?:#[^\r\n]*)?$/;async function Jc(e,t){if(!(0,W.existsSync)(e))return dt(void 0);let n=(0,W.readFileSync)(e,"utf8"),i=Ht(n);if(i)return dt(i.data,t);if(Gc.test(n))return dt(void 0);let{parseYamlFile:r}=await Promise.resolve().then(()=>Te(bs(),1));return dt(r(n,t),t)}function zn(e,t){if((t.includes("/")||t.includes("\\"))&&t.endsWith(".md")){let n=(0,N.resolve)(e.cwd,t);if((0,N.dirname)(n)===(0,N.resolve)(e.incidentsDir))return n;throw new T(`Unexpected file "${t}", expected an incident id or a file in ${Y(e,e.incidentsDir)||"."}/`)}if(!ns(t)||t.includes(".."))throw new T(`Unexpected incident id "${t}", expected a file name like 2026-03-01-database-outage`);return C(e.incidentsDir,t.endsWith(".md")?t:`${t}.md`)}function Y(e,t){let n=te(e.cwd);return t.startsWith(n)&&!t.includes(`${N.sep}.`,n.length-1)?t.slice(n.length)||t:(0,N.relative)(e.cwd,t)||t}function Wn(e){return Qc(Bn(e))}function Bn(e){return(0,W.existsSync)(e.incidentsDir)?(0,W.readdirSync)(e.incidentsDir):[]}function Qc(e){return ks(e,t=>t.slice(0,-3))}function xs(e,t){let n=te(e.incidentsDir);return ks(t,i=>n+i)}function ks(e,t){let n=[],i=!0;for(let r of e){if(!Hn(r))continue;let s=t(r);i&&n.length>0&&!(n[n.length-1]<s)&&(i=!1),n.push(s)}return i?n:n.sort()}var Hn=e=>e.endsWith(".md")&&!e.startsWith(".");function Ss(e){let t=(0,N.join)(e,".git");return(0,W.existsSync)(t)&&(0,W.statSync)(t).isDirectory()?(0,N.join)(t,"casefile"):void 0}function vs(e,t){let n=(0,N.basename)(t).replace(/\.md$/,""),i=es(n,Wn(e)),r=i.length?`; did you mean ${i.join(", ")}?`:"";return new T(`Unknown incident "${t}": no file ${Y(e,zn(e,t))}${r}`)}var Se=require("node:fs"),js=require("node:path");var As=`## Summary

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
`;var Es=`{{!-- The internal post-mortem: everything in the incident file. Context: README "Templates". --}}
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
`;var Ts=`{{!-- The internal post-mortem as a page: everything in the incident file (render --format html, and each incident's page of the internal site, incident site). Tables come from the frontmatter as HTML; only the body someone wrote goes through the Markdown converter. --}}
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
`;var Cs=`{{!-- The public summary: only public fields and the body's Public summary section reach it. --}}
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
`;var $s=`{{!-- A public summary as a page of its own; also each incident's page on the public site. --}}
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
`;var _s=`{{!-- A short update for a status page or a chat channel during the incident. --}}
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
`;var Os=`{{!-- The body of the GitHub issue for an action item. Context: incident (frontmatter), item, file, url. --}}
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
`;var Is=`{{!-- The public site's index: every published incident, newest first. --}}
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
`;var Rs=`<?xml version="1.0" encoding="utf-8"?>
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
`;var Ns=`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
`;var Ms=`<p class="drill"><strong>DRILL</strong>: this is a practice incident, not a real one.</p>
`;var Ds=`{{#if started}}
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
`;var Ps=`<dl class="facts">
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
`;var Us=`<meta charset="utf-8">
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
`;var Fs=`{{!-- The investigation coordinator's report (seed 004), posted in the incident channel every
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
`;var qn={"incident.md":As,"postmortem.md.hbs":Es,"postmortem.html.hbs":Ts,"public-summary.md.hbs":Cs,"public-summary.html.hbs":$s,"status-update.md.hbs":_s,"action-item-issue.md.hbs":Os,"site-index.html.hbs":Is,"site-feed.xml.hbs":Rs,"_drill.md.hbs":Ns,"_drill.html.hbs":Ms,"_facts.md.hbs":Ds,"_facts.html.hbs":Ps,"_head.html.hbs":Us,"coordinator-report.md.hbs":Fs},pl=Object.keys(qn);function zs(e,t){return Vn(e,t).source}var Ls=new WeakMap;function Ws(e){let t=e.config.templates_dir,n=Ls.get(e);return n?.setting!==t&&Ls.set(e,n={setting:t,dir:(0,js.join)(e.root,t)}),n.dir}function hl(e,t){return C(Ws(e),t)}function Vn(e,t){let n=hl(e,t),i=Object.hasOwn(qn,t)?qn[t]:void 0;if((0,Se.existsSync)(n)){let r=(0,Se.readFileSync)(n,"utf8");return{source:r,file:Y(e,n),builtIn:r===i}}return i===void 0?void 0:{source:i,file:`built-in:${t}`,builtIn:!0}}function gl(e,t){let n=`.${t}.hbs`,i=new Set(pl.filter(d=>d.startsWith("_")&&d.endsWith(n))),r=Ws(e);if((0,Se.existsSync)(r))for(let d of(0,Se.readdirSync)(r))d.startsWith("_")&&d.endsWith(n)&&i.add(d);let s={},o=[];for(let d of[...i].sort()){let a=Vn(e,d);s[d.slice(1,-n.length)]=a.source,o.push(a)}return{partials:s,files:o}}function Bs(e){let t=i=>Vn(e,i),n=i=>{let{partials:r,files:s}=gl(e,i);return Object.keys(r).map((o,d)=>({name:o,source:r[o],file:s[d].file}))};return{publicMd:t("public-summary.md.hbs"),publicHtml:t("public-summary.html.hbs"),statusUpdate:t("status-update.md.hbs"),siteIndex:t("site-index.html.hbs"),siteFeed:t("site-feed.xml.hbs"),partials:{md:n("md"),html:n("html")}}}var L=require("node:fs"),re=require("node:path");var E=require("node:fs"),Vt=require("node:path");var Hs=require("node:fs"),fe=require("node:path");function qt(e,t=process.cwd()){if(!(0,fe.isAbsolute)(e))return e;let n=(0,fe.relative)(t,e);return n&&!n.startsWith("..")&&!(0,fe.isAbsolute)(n)?n:e}function qs(e){let t=e;if(!t||typeof t.code!="string"||typeof t.syscall!="string")return;let n=t.path?qt(t.path):void 0,i=n?` ${n}`:"",r=t.path&&/\.tmp$/.test(t.path)&&(t.syscall==="open"||t.syscall==="link")?qt((0,fe.dirname)(t.path)):void 0,s="and run the command again";switch(t.code){case"ENOSPC":case"EDQUOT":return`No space left on the device${n?` holding ${n}`:""} (${t.code}); free some space ${s}`;case"EFBIG":return`File too large${n?`: ${n}`:""} (EFBIG, the file size limit: ulimit -f); raise the limit ${s}`;case"EROFS":return`Read-only file system: cannot ${r?`create files in ${r}`:`${Zn(t.syscall)}${i}`} (EROFS); run the command where the repository can be written`;case"EACCES":case"EPERM":return r?`Permission denied: cannot create files in ${r} (${t.code}); check the directory's owner and mode (ls -ld ${r}) ${s}`:`Permission denied: cannot ${Zn(t.syscall)}${i} (${t.code}); check its owner and mode (ls -l) ${s}`;case"ENOTDIR":{let o=t.path?yl(t.path):void 0;return`Unexpected file ${o?qt(o):n??""}, expected a directory (ENOTDIR); move the file away ${s}`}case"EEXIST":return t.syscall==="mkdir"?`Unexpected file${i}, expected a directory (EEXIST); move the file away ${s}`:`Unexpected file${i}: it already exists (EEXIST); move it away ${s}`;case"EISDIR":return`Unexpected directory${i}, expected a file (EISDIR); remove or rename the directory ${s}`;case"ENOENT":return`No such file or directory${i} (ENOENT): it was removed while the command ran, or never existed`;case"ELOOP":return`Too many levels of symbolic links${i} (ELOOP); fix the link ${s}`;case"ENAMETOOLONG":return`File name too long${i} (ENAMETOOLONG)`;case"EMFILE":case"ENFILE":return`Too many open files (${t.code}); close some programs or raise the limit (ulimit -n) ${s}`;case"EIO":return`Input/output error${i} (EIO): the disk or file system is failing`;default:return`Cannot ${Zn(t.syscall)}${i} (${t.code}: ${t.message.replace(/^\w+: /,"").replace(/, \w+( '.*')?$/,"")})`}}function yl(e){for(let t=e;;t=(0,fe.dirname)(t)){try{if(!(0,Hs.lstatSync)(t).isDirectory())return t}catch{}if((0,fe.dirname)(t)===t)return}}function Zn(e){return{open:"open",read:"read",write:"write to",mkdir:"create the directory",rmdir:"remove the directory",unlink:"remove",rename:"replace",link:"create",scandir:"list the directory",stat:"look at",lstat:"look at",fsync:"write to",copyfile:"copy",chmod:"change the mode of",fchmod:"change the mode of",utime:"touch"}[e]??e}function Vs(e,t,{durable:n=!0}={}){let i=(0,Vt.dirname)(e),r=C(i,`.${(0,Vt.basename)(e)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`),s=bl(e),o;try{o=(0,E.openSync)(r,"wx",s??438),s!==void 0&&(0,E.fchmodSync)(o,s),(0,E.writeFileSync)(o,t,"utf8"),n&&(0,E.fsyncSync)(o),(0,E.closeSync)(o),o=void 0,(0,E.renameSync)(r,e)}catch(d){throw o!==void 0&&Yn(()=>(0,E.closeSync)(o)),Yn(()=>(0,E.unlinkSync)(r)),typeof d=="object"&&d!==null&&!d.path&&(d.path=e),d}n&&xl(i)}function bl(e){try{let t=(0,E.statSync)(e);return t.isFile()?t.mode&4095:void 0}catch(t){if(Zs(t)==="ENOENT")return;throw t}}var wl=new Set(["EISDIR","EPERM","EACCES","EINVAL","ENOTSUP","EBADF"]);function xl(e){let t;try{t=(0,E.openSync)(e,"r"),(0,E.fsyncSync)(t)}catch(n){if(!wl.has(Zs(n)??""))throw n}finally{t!==void 0&&Yn(()=>(0,E.closeSync)(t))}}function Yn(e){try{e()}catch{}}function Zs(e){return typeof e=="object"&&e!==null&&"code"in e?String(e.code):void 0}var Kn=2e3,kl=64,Jn=16,Ks=/^[0-9a-f]{16}$/,z=3;function Kt(e){let t=3735928559^e.length,n=1103547991^e.length;for(let i=0;i<e.length;i++){let r=e.charCodeAt(i);t=Math.imul(t^r,2654435761),n=Math.imul(n^r,1597334677)}return t=Math.imul(t^t>>>16,2246822507)^Math.imul(n^n>>>13,3266489909),n=Math.imul(n^n>>>16,2246822507)^Math.imul(t^t>>>13,3266489909),(n>>>0).toString(16).padStart(8,"0")+(t>>>0).toString(16).padStart(8,"0")}function Gs(e){let t=Ss(e);if(t)return(0,re.join)(t,"validate-cache.txt");if((0,L.existsSync)((0,re.join)(e,"node_modules")))return(0,re.join)(e,"node_modules",".cache","casefile","validate-cache.txt")}var Yt=class e{constructor(t,n){this.path=t;this.header=n}path;header;rels=[];stamps=[];zones=[];zoneOf=[];counts=[];ids={};offsets=[0];bytes=Buffer.alloc(0);hashesAt=0;printedAt=0;listed=null;newer=new Map;overridden=new Uint8Array(0);changed=new Set;appended=0;whole=!0;listedChanged=!1;zoneFresh=[];static open(t,n){let i=`casefile validate cache 8	${n}`,r=new e(t,i);if(!t||!(0,L.existsSync)(t))return r;let s=(0,L.readFileSync)(t);if(s.toString("utf8",0,Buffer.byteLength(i)+1)!==`${i}
`)return r;try{r.read(s)}catch{return new e(t,i)}return r}read(t){let n=[];for(let b=Buffer.byteLength(this.header)-1,D=0;D<5;D++){if(b=t.indexOf(Zt,b+1),b<0)throw new Error("cut short");n.push(b)}let i=b=>t.toString("utf8",n[b]+1,n[b+1]),r=JSON.parse(i(0)),s=i(1),o=s===""?[]:s.split("	"),d=JSON.parse(i(2)),a=JSON.parse(i(3)),c=o.length,{binaryAt:l,hashesAt:u,printedAt:m}=Ys(n[4]+1,c);if(!Array.isArray(d)||typeof a!="object"||a===null||t.length<m)throw new Error("damaged");let f=t.byteOffset%8===0?t:Buffer.from(t.buffer.slice(t.byteOffset,t.byteOffset+t.length)),g=f.byteOffset+l,h=new Float64Array(f.buffer,g,z*c),p=new Float64Array(f.buffer,g+8*z*c,c+1),k=new Int32Array(f.buffer,g+8*(z*c+c+1),c),x=new Int32Array(f.buffer,g+8*(z*c+c+1)+4*c,2*c),v=m+p[c];if(!(p[0]===0&&v<t.length&&t[v]===Zt&&t[u-1]===Zt&&t[m-1]===Zt))throw new Error("damaged");Object.assign(this,{bytes:f,rels:o,stamps:h,zones:d,zoneOf:k,counts:x,ids:a,offsets:p,listed:r,hashesAt:u,printedAt:m,whole:!1}),this.overridden=new Uint8Array(c);let M=t.toString("utf8",v+1);for(let b=0;b<M.length;){let D=M.indexOf(`
`,b);if(D<0)break;let $=M.slice(b,D);if(b=D+1,$.startsWith("D	")){let U=Number($.slice(2));if(Number.isNaN(U))break;this.listed&&(this.listed={...this.listed,mtimeMs:U});continue}let y=$.startsWith("P	")?Sl($.slice(2)):void 0;if(!y)break;this.override(y.rel,y),this.appended++}}index(t){return ct(this.rels,t)}holds(t,n,i,r,s){let o=z*t;if(this.stamps[o]!==n||this.stamps[o+1]!==i||this.stamps[o+2]!==r||this.overridden[t])return!1;let d=this.zoneOf[t];if(d<0||d>=this.zones.length)return!1;let a=this.zoneFresh[d];if(a===void 0){let[c,l]=this.zones[d];a=this.zoneFresh[d]=l===s(c||void 0)}return a}errorsIn(t,n){return this.sum(2*t,2*n)}warningsIn(t,n){return this.sum(2*t+1,2*n)}sum(t,n){let i=0;for(let r=t;r<n;r+=2)i+=this.counts[r];return i}printedOf(t,n){return this.bytes.subarray(this.printedAt+this.offsets[t],this.printedAt+this.offsets[n])}oddIds(){return Object.entries(this.ids).map(([t,n])=>[Number(t),n??void 0])}get(t){let n=this.newer.get(t);if(n)return n;let i=this.index(t);if(i<0)return;let r=this.zones[this.zoneOf[i]],s=this.ids[i];return{size:this.stamps[z*i],mtimeMs:this.stamps[z*i+1],ctimeMs:this.stamps[z*i+2],hash:this.bytes.toString("latin1",this.hashesAt+Jn*i,this.hashesAt+Jn*(i+1)),id:s??void 0,named:s===void 0,zone:r?.[0],date:r?.[1],errors:this.counts[2*i],warnings:this.counts[2*i+1],printed:this.printedOf(i,i+1).toString()}}set(t,n){if(/[\t\n\r]/.test(t)||!Ks.test(n.hash))return;let i=Date.now(),r=i-n.mtimeMs>=Kn&&i-n.ctimeMs>=Kn?n.mtimeMs:-1,s={...n,mtimeMs:r},o=this.get(t);o&&Object.keys(s).every(d=>s[d]===o[d])&&Object.keys(o).length===Object.keys(s).length||(this.override(t,s),this.changed.add(t))}override(t,n){this.newer.set(t,n);let i=this.index(t);i>=0&&(this.overridden[i]=1)}listing(t,n){let i=this.listed;if(!i||i.dir!==t||i.mtimeMs!==n)return;let r=this.rels.length===i.count?this.rels:this.rels.filter(Gn(t));return r.length===i.count?r:void 0}filesListed(t,n){let i=this.rels,r=t===""?"":t+re.sep,s=0;for(let o=0;o<n.length;o++){let d=n[o];if(!Hn(d))continue;let a=i[s++];if(a===void 0||a.length!==r.length+d.length||!a.endsWith(d)||!a.startsWith(r))return}return s===i.length?i:void 0}save(t){if(!this.path)return;let n=this.whole||this.appended+this.changed.size>kl,i;if(t){let r=Gn(t.dir),s=t.files===this.rels||t.files.length===this.rels.length&&t.files.every((a,c)=>a===this.rels[c])||t.files.length===this.rels.filter(r).length&&t.files.every(a=>this.index(a)>=0);if(!s){n=!0;let a=new Set(t.files);i=c=>!r(c)||a.has(c)}let d=(s||t.files.every(a=>this.newer.has(a)||this.index(a)>=0))&&Date.now()-t.mtimeMs>=Kn?t.mtimeMs:-1;(this.listed?.dir!==t.dir||this.listed.mtimeMs!==d||this.listed.count!==t.files.length)&&((this.listed?.dir!==t.dir||this.listed.count!==t.files.length)&&(n=!0),this.listed={dir:t.dir,mtimeMs:d,count:t.files.length},this.listedChanged=!0)}for(let r of this.changed)this.index(r)<0&&(n=!0);if(!(!n&&!this.listedChanged&&this.changed.size===0)){if((0,L.mkdirSync)((0,re.dirname)(this.path),{recursive:!0}),!n&&vl(this.path,Buffer.byteLength(this.header)+1)!==`${this.header}
`&&(n=!0),n)Vs(this.path,this.wholeFile(i),{durable:!1});else{let r=[...this.changed].map(s=>`P	${JSON.stringify({rel:s,...this.newer.get(s)})}
`);(0,L.appendFileSync)(this.path,(this.listedChanged?`D	${this.listed.mtimeMs}
`:"")+r.join(""))}this.changed.clear(),this.listedChanged=!1}}wholeFile(t=()=>!0){let n=[...new Set([...this.rels,...this.newer.keys()])].filter(t).sort(),i=n.length,r=new Map,s={},o=[],d=[],a=new ArrayBuffer(Js(i)),c=new Float64Array(a,0,z*i),l=new Float64Array(a,8*z*i,i+1),u=new Int32Array(a,8*(z*i+i+1),i),m=new Int32Array(a,8*(z*i+i+1)+4*i,2*i),f=0;n.forEach((v,M)=>{let b=this.get(v);c.set([b.size,b.mtimeMs,b.ctimeMs],z*M);let D=b.date===void 0||b.zone===void 0?void 0:JSON.stringify([b.zone,b.date]);D!==void 0&&!r.has(D)&&r.set(D,r.size),u[M]=D===void 0?-1:r.get(D),m[2*M]=b.errors,m[2*M+1]=b.warnings,b.named||(s[M]=b.id??null),o.push(b.hash),d.push(b.printed),l[M+1]=f+=Buffer.byteLength(b.printed)});let g=this.listed&&n.filter(Gn(this.listed.dir)).length===this.listed.count?this.listed:null,h=Buffer.from(`${[this.header,JSON.stringify(g),n.join("	"),`[${[...r.keys()].join(",")}]`,JSON.stringify(s)].join(`
`)}
`),{binaryAt:p,hashesAt:k}=Ys(h.length,i),x=v=>Buffer.alloc(v," ");return Buffer.concat([h,x(p-h.length),Buffer.from(a),x(k-1-p-a.byteLength),Buffer.from(`
${o.join("")}
${d.join("")}
`)])}},Js=e=>Math.ceil((8*(z*e+e+1)+12*e)/8)*8;function Ys(e,t){let n=Math.ceil(e/8)*8,i=n+Js(t)+1;return{binaryAt:n,hashesAt:i,printedAt:i+Jn*t+1}}var Zt=10;function Sl(e){let t;try{t=JSON.parse(e)}catch{return}return typeof t=="object"&&t!==null&&typeof t.rel=="string"&&!/[\t\n\r]/.test(t.rel)&&typeof t.size=="number"&&typeof t.mtimeMs=="number"&&typeof t.ctimeMs=="number"&&typeof t.hash=="string"&&Ks.test(t.hash)&&typeof t.errors=="number"&&typeof t.warnings=="number"&&typeof t.printed=="string"&&typeof t.named=="boolean"?t:void 0}function vl(e,t){let n;try{n=(0,L.openSync)(e,"r");let i=Buffer.alloc(t);return i.toString("utf8",0,(0,L.readSync)(n,i,0,t,0))}catch{return""}finally{n!==void 0&&(0,L.closeSync)(n)}}var Gn=e=>{let t=e===""?"":e+re.sep;return n=>n.startsWith(t)&&!n.includes(re.sep,t.length)};var Qn=require("node:fs");var Qs={throwIfNoEntry:!1};function Xs(e){let t=te(e),n;try{n=process.cwd()}catch{return t}let i=te(n);return t.startsWith(i)?t.slice(i.length):t}function eo(e,t,n){try{return(0,Qn.statSync)(e+n,Qs)}catch{return(0,Qn.statSync)(t+n,Qs)}}var mo=require("node:path");var Al={validate:3e3,site:3e3,insights:1e4};function to(e,t){return t<Al[e]?1:process.getBuiltinModule("node:os").availableParallelism()}var Xn=require("node:path");function no(e=process.env){let{enableCompileCache:t}=process.getBuiltinModule("node:module");if(!t||e.NODE_COMPILE_CACHE||e.NODE_DISABLE_COMPILE_CACHE)return e;let n=e.XDG_CACHE_HOME||(0,Xn.join)(e.HOME||process.getBuiltinModule("node:os").homedir(),".cache");return{...e,NODE_COMPILE_CACHE:(0,Xn.join)(n,"casefile","node-compile-cache")}}var co=require("node:fs");async function so(){let e=await Promise.resolve().then(()=>Te(ro(),1));return e.useZoneRules?.(sr()),e}var El="public-leak",Tl="frontmatter-yaml";async function ao(e){let{file:t,text:n}=e,i,r,s,o;try{if(i=Ct(n,t),s=Ht(n.slice(i.fmStart,i.fmEnd),{places:!0}),r=s?.data,!r){let{parseIncidentText:p}=await Promise.resolve().then(()=>Te(oo(),1));o=p(n,t),r=o.data}}catch(p){if(!(p instanceof j))throw p;return{diagnostics:[{file:t,line:p.line??1,column:p.column??1,severity:"error",message:$e(p.message),ruleId:Tl}]}}let d=(p,k)=>s?Ol(n,i.fmStart,s,p,k):Il(o,p,k),a=[],c=r.status,l=Sn(n,i.bodyStart);l.exact||(l=(await Promise.resolve().then(()=>Te(ei(),1))).remarkBody(n));let u=e.rules??jt,m=r.public===!0&&u.some(p=>p.id===El)?await Cl({file:t,text:n,split:i,data:r,body:l,config:e.config,now:e.now,templates:e.publicTemplates}):void 0,f,g,h={file:t,text:n,data:r,body:l,config:e.config,now:e.now,template:e.template===void 0?void 0:await $l(e.template),publicLeaks:m,lineOf:p=>d(p,"value").line,report(p){let k=p.severity==="warning"?"warning":g,{line:x,column:v}=p.line!==void 0?{line:p.line,column:p.column??1}:d(p.path??[],p.part??"value");a.push({file:t,line:x,column:v,severity:k,message:$e(p.message),ruleId:f.id})}};for(f of u){let p=_l(f,c);p&&(g=p,f.check(h))}return{diagnostics:a.sort((p,k)=>p.line-k.line||p.column-k.column),data:r}}async function Cl(e){let{publicLeaks:t}=await so();try{return await t(e)}catch(n){let i=n instanceof Error?n.message:String(n);return[{file:e.file,line:1,column:1,message:`Unexpected ${$e(i)} while rendering the public output, expected an incident the public templates can render (see the frontmatter-schema findings)`}]}}var ti;async function $l(e){if(ti?.text!==e){let t=Sn(e,0);t.exact||(t=(await Promise.resolve().then(()=>Te(ei(),1))).remarkBody(e)),ti={text:e,body:t}}return ti}function _l(e,t){return e.kind==="format"||t==="closed"?"error":t==="resolved"?"warning":ki.includes(t)||typeof t!="string"?e.live?"warning":void 0:"warning"}function Ol(e,t,n,i,r){let s=0;for(let c=i.length;c>0;c--){let l=ps(n,i.slice(0,c));if(l){s=r==="key"&&c===i.length&&l.key!==void 0?l.key:l.value;break}}let o=Ne(e,t).line,{line:d,column:a}=ms(n,s);return{line:o+d,column:a+1}}function Il(e,t,n){for(let i=t.length;i>0;i--){let r=e.doc.getIn(t.slice(0,i-1),!0),s=t[i-1],o=Rl(r,s);if(!o)continue;let a=(n==="key"&&i===t.length&&o.key?o.key:o.value??o.key)?.range?.[0];if(a!==void 0)return Ne(e.text,e.split.fmStart+a)}return Ne(e.text,e.split.fmStart)}function Rl(e,t){let n=e?.items;if(n){if(typeof t=="number"){let i=n[t];return i===void 0?void 0:{key:void 0,value:i}}for(let i of n)if(i?.key&&i.key.value===t)return{key:i.key,value:i.value}}}var Nl=new Set(["timezone"]);async function Ml(e,t,n=(0,co.readFileSync)(e.path,"utf8")){let{diagnostics:i,data:r}=await ao({file:e.file,text:n,config:t.config,now:t.now,template:t.template,publicTemplates:t.publicTemplates}),s=/^id:[ \t]*['"]?([^'"\s#]+)/m.exec(n)?.[1],o=r??bt(n,Nl),d=o===void 0?void 0:typeof o.timezone=="string"?o.timezone:"",a=d===void 0?void 0:rt(t.now,d||void 0);return{hash:t.hash?Kt(n):"",diagnostics:i,id:s,zone:d,date:a}}var ni=200,lo=!1,uo=()=>lo;async function fo(e,t){e.length>0&&(lo=!0);let n=[],i=e.length>=ni;for(let r of e){let s=await Ml(r,t);n.push(i?structuredClone(s):s)}return n}var jl={},Dl=24,Pl="--max-inlined-bytecode-size-cumulative=100",Ul=Number.parseInt(process.versions.v8,10)<12;function Fl(){return typeof __dirname=="string"?(0,mo.join)(__dirname,"..","validate-worker.js"):new URL("../validate-worker.js",jl.url)}async function po(e,t,n){let i=Math.min(n??to("validate",e.length),Math.ceil(e.length/ni));if(i<=1)return fo(e,t);Ul&&process.getBuiltinModule("node:v8").setFlagsFromString(Pl);let r=new Int32Array(new SharedArrayBuffer(4)),s=no(),o=Array.from({length:i},()=>Ll({casefileValidate:!0,jobs:e,shared:t,next:r},s)),d;try{d=await Promise.all(o.map(c=>c.done))}finally{for(let c of o)c.worker.terminate()}let a=new Array(e.length);for(let c of d)for(let[l,u]of c)a[l]=u;return a}function Ll(e,t){let{Worker:n}=process.getBuiltinModule("node:worker_threads"),i=new n(Fl(),{workerData:e,env:t,resourceLimits:{maxYoungGenerationSizeMb:Dl}}),r=new Promise((s,o)=>{i.once("message",s),i.once("error",o),i.once("exit",d=>d!==0&&o(new Error(`validation worker exited with code ${d}`)))});return r.catch(()=>{}),{worker:i,done:r}}function ft(e){return{length:e.length,at:t=>e[t],indexOf:t=>ct(e,t),all:()=>e}}function ho(e,t){return{length:t.length,at:n=>e+t[n],indexOf:n=>n.startsWith(e)?ct(t,n.slice(e.length)):-1,all:()=>t.map(n=>e+n)}}var yo=require("node:fs");function bo(e,t){if(t.GIT_AUTHOR_NAME)return t.GIT_AUTHOR_NAME;if(t.GIT_COMMITTER_NAME)return t.GIT_COMMITTER_NAME;let n=t.HOME??go().homedir(),i=[C(e,".git","config"),t.GIT_CONFIG_GLOBAL??C(n,".gitconfig"),t.XDG_CONFIG_HOME!==void 0?C(t.XDG_CONFIG_HOME,"git","config"):C(n,".config","git","config")];for(let r of i){let s=zl(r);if(s)return s}try{return go().userInfo().username}catch{return"unknown"}}function zl(e){let t;try{t=(0,yo.readFileSync)(e,"utf8")}catch{return}let n=!1;for(let i of t.split(/\r?\n/)){let r=i.trim(),s=/^\[\s*([^\]\s"]+)/.exec(r);if(s){n=s[1].toLowerCase()==="user";continue}let o=n&&/^name\s*=\s*(.*)$/i.exec(r);if(o)return Wl(o[1].replace(/\s[#;].*$/,"").trim())||void 0}}var go=()=>process.getBuiltinModule("node:os"),Wl=e=>e.startsWith('"')&&e.endsWith('"')?e.slice(1,-1).replace(/\\(.)/g,"$1"):e;var H=require("node:fs"),B=require("node:path");var ve="casefile",Bl="Casefile incident files: timelines, threads, evidence and action items merged as sets",Gt="merge-driver %O %A %B %P",mt=`npx --no-install incident ${Gt}`,ii="casefile=",wo=e=>`'${e.replace(/'/g,"'\\''")}'`;function Hl(e=process.argv[1]){if(e)try{let t=(0,H.realpathSync)(e);return(0,B.basename)(t)==="incident.cjs"&&(0,H.existsSync)((0,B.join)((0,B.dirname)(t),"..","package.json"))?t:void 0}catch{return}}function ql(e=Hl(),t=process.execPath){let n=`if [ -x node_modules/.bin/incident ]; then exec node_modules/.bin/incident ${Gt}; else exec incident ${Gt}; fi`;return e?`${ii}${wo(e)}; node=${wo(t)}; [ -x "$node" ] || node=node; if [ -f "$casefile" ]; then exec "$node" "$casefile" ${Gt}; ${n.replace(/^if /,"elif ")}`:`${ii}; ${n}`}var Vl=e=>e===mt||e.startsWith(ii);var xo=(e,t)=>(...n)=>process.getBuiltinModule("node:child_process").spawnSync("git",n,{cwd:e,encoding:"utf8",env:t});function Zl(e,t){let n=t.global?"--global":"--local",i=xo(e,t.env??process.env),r=t.command??ql(),s=i("config",n,"--get",`merge.${ve}.driver`).stdout.trim();if(s===r||s&&!Vl(s))return!1;for(let[o,d]of[["name",Bl],["driver",r]]){let a=i("config",n,`merge.${ve}.${o}`,d);if(a.error||a.status!==0)throw new se(`git config ${n} merge.${ve}.${o} failed: ${a.error?.message??a.stderr.trim()}`)}return!0}function ko(e,t,n,i){if(!(t==="off"||n.CASEFILE_MERGE_DRIVER==="off"))try{if(!Yl(e))return;let r=Kl(e);if(!r)return;let s;for(let d of Gl(r,n))if((s=Jl(d))!==void 0)break;if(s!==void 0&&s!==mt)return;let o=s===mt;if(!o){let d=xo(e,n)("config","--get",`merge.${ve}.driver`);if(d.error||d.stdout.trim()&&d.stdout.trim()!==mt)return;o=d.stdout.trim()===mt}if(t==="warn"){i(o?"this clone's merge driver for incident files runs npx, which cannot find every install of Casefile: incident merge-driver --install":"this clone has no merge driver for incident files (.gitattributes names it), so git pull may end in conflicts: incident merge-driver --install");return}Zl(e,{env:n})&&i(`${o?"updated":"installed"} the merge driver for incident files in this clone (git config merge.${ve}.driver); merge_driver: off in .incident.yml stops this`)}catch(r){i(`could not install the merge driver for incident files (${r.message}): incident merge-driver --install`)}}function Yl(e){let t;try{t=(0,H.readFileSync)(C(e,".gitattributes"),"utf8")}catch{return!1}return new RegExp(`(^|\\s)merge=${ve}(\\s|$)`,"m").test(t)}function Kl(e){for(let t=(0,B.resolve)(e);;t=(0,B.dirname)(t)){let n=C(t,".git"),i=(0,H.statSync)(n,{throwIfNoEntry:!1});if(i?.isDirectory())return n;if(i?.isFile()){let r=/^gitdir:\s*(.+?)\s*$/m.exec((0,H.readFileSync)(n,"utf8"));if(!r)return;let s=(0,B.resolve)(t,r[1]),o=(0,B.join)(s,"commondir");return(0,H.existsSync)(o)?(0,B.resolve)(s,(0,H.readFileSync)(o,"utf8").trim()):s}if((0,B.dirname)(t)===t)return}}function Gl(e,t){let n=e,i=t.HOME??process.getBuiltinModule("node:os").homedir();return[C(n,"config"),t.GIT_CONFIG_GLOBAL??C(i,".gitconfig"),t.XDG_CONFIG_HOME?C(t.XDG_CONFIG_HOME,"git","config"):C(i,".config","git","config")]}function Jl(e){let t;try{t=(0,H.readFileSync)(e,"utf8")}catch{return}let n=!1;for(let i of t.split(/\r?\n/)){let r=i.trim();if(r.startsWith("[")){n=new RegExp(`^\\[\\s*merge\\s+"${ve}"\\s*\\]`,"i").test(r);continue}let s=n&&/^driver\s*=\s*(\S.*)$/i.exec(r);if(s)return s[1].trim()}}async function So(e){let t=await ws(e.cwd,{configFile:e.env.CASEFILE_CONFIG||void 0,incidentsDir:e.env.CASEFILE_INCIDENTS_DIR||void 0}),n=!1;return t.afterWrite=()=>{n||(n=!0,ko(t.root,t.config.merge_driver,e.env,i=>e.warn?.(i)))},{...e,repo:t,get defaultTimeZone(){return t.config.timezone??(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC")},whoami:()=>bo(t.root,e.env)}}var Ql="unique-id",si=(e=0,t=0,n=0)=>({id:void 0,named:!1,errors:0,warnings:0,printed:"",diagnostics:void 0,size:e,mtimeMs:t,ctimeMs:n}),ri=e=>({...si(),id:e.id,named:e.named,errors:e.errors,warnings:e.warnings,printed:e.printed});async function Eo(e,t){let n=await So(t),i=zs(n.repo,"incident.md"),r=e.cache===!1?void 0:Gs(n.repo.root),s={config:n.repo.config,now:n.now,template:i,publicTemplates:Bs(n.repo),hash:r!==void 0},d=JSON.stringify(["0.1.0",jt.map(y=>y.id),s.config,i,s.publicTemplates]),a=Yt.open(r,d),c=su(n.repo.root),{files:l,listed:u,aligned:m}=await eu(n,e,a,c),f=y=>rt(n.now,y),g=y=>y?.date!==void 0&&y.date===f(y.zone||void 0)?y:void 0,h=new Int32Array(l.length).fill(-1),p=new Array(l.length),k=[],x=te(n.repo.root),v=Xs(x);for(let y=0;y<l.length;y++){if(!r){p[y]=si(),k.push(y);continue}let U=m?void 0:l.at(y),O=U===void 0?a.rels[y]:c(U),S=(U===void 0||U.startsWith(x)?eo(v,x,O):void 0)??(0,q.statSync)(U??l.at(y)),K=m?y:a.index(O);if(K>=0&&a.holds(K,S.size,S.mtimeMs,S.ctimeMs,f)){h[y]=K;continue}let w=g(a.get(O));if(w&&w.size===S.size&&w.mtimeMs===S.mtimeMs&&w.ctimeMs===S.ctimeMs){p[y]=ri(w);continue}if(w&&w.size===S.size&&w.hash===Kt((0,q.readFileSync)(U??l.at(y),"utf8"))){a.set(O,{...w,mtimeMs:S.mtimeMs,ctimeMs:S.ctimeMs}),p[y]=ri(w);continue}p[y]=si(S.size,S.mtimeMs,S.ctimeMs),k.push(y)}let M=k.map(y=>({path:l.at(y),file:Y(n.repo,l.at(y))})),b=await po(M,s,e.threads);k.forEach((y,U)=>{let{hash:O,id:S,zone:K,date:w,diagnostics:A}=b[U],I=p[y],F=c(l.at(y)),ee=S!==void 0&&l.at(y).endsWith(`${P.sep}${S}.md`),Ee=A.filter(We=>We.severity==="error").length;Object.assign(I,{id:ee?void 0:S,named:ee,errors:Ee,warnings:A.length-Ee,diagnostics:A}),I.printed=A.map(We=>He(We.file===F?We:{...We,file:F})).join(""),r&&a.set(F,{size:I.size,mtimeMs:I.mtimeMs,ctimeMs:I.ctimeMs,hash:O,id:I.id,named:ee,zone:K,date:w,errors:I.errors,warnings:I.warnings,printed:I.printed})}),a.save(u&&{...u,files:u.files??l.all().map(c)});let D=new oi(l,h,p,a),$=nu(n,D,!(e.paths?.length||e.changed));for(let[y,U]of $){let O=c(l.at(y));h[y]>=0&&(p[y]=ri(a.get(O)),h[y]=-1);let S=p[y],K=[...To(S,Y(n.repo,l.at(y)),O),U].sort((w,A)=>w.line-A.line||w.column-A.column);Object.assign(S,{diagnostics:K,errors:S.errors+1,printed:K.map(w=>He({...w,file:O})).join("")})}return Xl(n,l,h,p,a,c)}function Xl(e,t,n,i,r,s){let o=[],d=0,a=0;for(let f=0;f<t.length;f++){let g=n[f];if(g>=0){let p=g+1;for(;f+1<t.length&&n[f+1]===p;)f++,p++;d+=r.errorsIn(g,p),a+=r.warningsIn(g,p);let k=o[o.length-1];k&&"to"in k&&k.to===g?k.to=p:o.push({from:g,to:p});continue}let h=i[f];d+=h.errors,a+=h.warnings,h.errors+h.warnings>0&&o.push({j:f,r:h})}let c=Y(e.repo,(0,P.join)(e.repo.root,"x"))==="x",l=f=>{if("r"in f)return To(f.r,Y(e.repo,t.at(f.j)),s(t.at(f.j)));let g=[];for(let h=f.from;h<f.to;h++){let p=r.rels[h],k=Y(e.repo,(0,P.join)(e.repo.root,p));for(let x of Xt(p,r.printedOf(h,h+1).toString())??[])g.push({...x,file:k})}return g},u,m=()=>u??=o.flatMap(l);return{summary:{files:t.length,errors:d,warnings:a},get diagnostics(){return m()},get printed(){return Buffer.concat(this.printedParts)},get printedParts(){return c?o.map(f=>"r"in f?Buffer.from(f.r.printed):r.printedOf(f.from,f.to)):[Buffer.from(m().map(He).join(""))]}}}function To(e,t,n){return e.diagnostics??(Xt(n,e.printed)??[]).map(i=>({...i,file:t}))}async function eu(e,t,n,i){let r=e.repo.incidentsDir;if(t.paths?.length){let g=t.paths.flatMap(h=>{let p=(0,P.isAbsolute)(h)?h:(0,P.resolve)(e.cwd,h),k=!(0,q.existsSync)(p)&&/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(h)?zn(e.repo,h):void 0,x=k??p;if(!(0,q.existsSync)(x))throw k?vs(e.repo,h):new T(`Unexpected path "${h}", expected an incident file, directory or id`);return(0,q.statSync)(x).isDirectory()?(0,q.readdirSync)(x).filter(v=>v.endsWith(".md")&&!v.startsWith(".")).map(v=>(0,P.join)(x,v)):[x]});return{files:ft([...await Ao(e,t,g)].sort()),aligned:!1}}let s=(0,q.statSync)(r,{throwIfNoEntry:!1});if(!s)return{files:ft([]),aligned:!1};let o={dir:i(r),mtimeMs:s.mtimeMs},d=n.listing(o.dir,o.mtimeMs),a=te(e.repo.root),c=d?void 0:Bn(e.repo),l=c&&n.filesListed(o.dir,c),u=d??l,m=u?ho(a,u):ft(xs(e.repo,c));if(t.changed!==void 0&&t.changed!==!1)return{files:ft(await Ao(e,t,m.all())),aligned:!1};let f=u===n.rels;return{files:m,listed:d?void 0:{...o,files:l},aligned:f}}async function Ao(e,t,n){if(t.changed===void 0||t.changed===!1)return n;let i=new Set(await tu(e,t.changed===!0?"HEAD":t.changed));return n.filter(r=>i.has(r))}async function tu(e,t){let{changedSince:n}=await Promise.resolve().then(()=>Te(vo(),1)),i=n(e.repo.root,t,(0,P.relative)(e.repo.root,e.repo.incidentsDir)||".");if(!i)throw new T(`Unexpected --changed base "${t}", expected a git revision (a branch, tag or commit) in this repository`);return i}var oi=class{constructor(t,n,i,r){this.files=t;let s=[],o=r.oddIds();if(o.length>0){let d=new Int32Array(r.rels.length).fill(-1);for(let a=0;a<n.length;a++)n[a]>=0&&(d[n[a]]=a);for(let[a,c]of o)d[a]>=0&&s.push([d[a],c])}i.forEach((d,a)=>{d&&!d.named&&s.push([a,d.id])}),this.odd=new Map(s.sort((d,a)=>d[0]-a[0]))}files;odd;others(){return this.odd}idAt(t){return this.odd.has(t)?this.odd.get(t):(0,P.basename)(this.files.at(t),".md")}indexOf(t){return this.files.indexOf(t)}};function nu(e,t,n){let i=n?iu(e,t):ru(e,t),r=new Map;for(let[s,o]of i)if(!(o.length<2))for(let d of o){let a=t.indexOf(d);if(a<0)continue;let c=o.filter(m=>m!==d).map(m=>Y(e.repo,m)),{line:l,column:u}=ou((0,q.readFileSync)(d,"utf8"));r.set(a,{file:Y(e.repo,d),line:l,column:u,severity:"error",ruleId:Ql,message:$e(`Unexpected id "${s}", expected a unique id (also in ${c.join(", ")})`)})}return r}function iu(e,t){let n=new Map;for(let[i,r]of t.others())r&&n.set(r,[...n.get(r)??[],t.files.at(i)]);for(let[i,r]of n){let s=(0,P.join)(e.repo.incidentsDir,`${i}.md`),o=t.indexOf(s);o>=0&&!t.others().has(o)&&r.unshift(s)}return n}function ru(e,t){let n=new Map,i=(o,d)=>o&&n.set(o,[...n.get(o)??[],d]),r=t.files.all();r.forEach((o,d)=>i(t.idAt(d),o));let s=new Set(r);for(let o of Wn(e.repo)){let d=(0,P.join)(e.repo.incidentsDir,`${o}.md`);if(s.has(d))continue;let a=bt((0,q.readFileSync)(d,"utf8"),new Set(["id"]))?.id;i(typeof a=="string"?a:void 0,d)}return n}function su(e){let t=te(e);return n=>n.startsWith(t)?n.slice(t.length):(0,P.relative)(e,n)}function ou(e){let t=/^id:[ \t]*/m.exec(e);return t?{line:e.slice(0,t.index).split(`
`).length,column:t[0].length+1}:{line:2,column:1}}var Ro=require("node:fs");var $o=require("node:fs"),_o=require("node:util"),Co=new Map;function pt(e,t=process.env){let n=Co.get(e);if(n!==void 0)return n;let i=au(e,t);return Co.set(e,i),i}function au(e,t){let n=t.FORCE_COLOR;if(n!==void 0)return["","1","2","3","true"].includes(n);if(t.NO_COLOR||t.TERM==="dumb")return!1;try{if(!(0,$o.fstatSync)(e).isCharacterDevice())return!1}catch{return!1}return process.getBuiltinModule("node:tty").isatty(e)}function Ae(e,t,n){return!n||!pt(e)?n:(0,_o.styleText)(t,n,{validateStream:!1})}var du=/^(.*?:\d+:\d+) (error  |warning) (.*)  (\S+)$/;function ai(e){return pt(1)?e.split(`
`).map(t=>{let n=du.exec(t);if(!n)return t&&/^\d+ (error|warning)|checked, no problems$/.test(t)?Ae(1,"bold",t):t;let[,i,r,s,o]=n;return`${Ae(1,"underline",i)} ${Ae(1,r.startsWith("error")?"red":"yellow",r)} ${s}  ${Ae(1,"gray",o)}`}).join(`
`):e}var ht=e=>`${Ae(2,["red","bold"],"incident:")} ${e}`,Oo=e=>`incident: ${Ae(2,"yellow","note:")} ${e}`;var No=()=>({cwd:process.cwd(),now:cu(process.env.CASEFILE_NOW),env:process.env,warn:e=>je(2,Oo(e))});function cu(e){if(!e)return Date.now();let t=Date.parse(e);if(Number.isNaN(t))throw new T(`Unexpected CASEFILE_NOW "${e}", expected an ISO 8601 time`);return t}function je(e,t){lu(e,typeof t=="string"?t.endsWith(`
`)?t:t+`
`:t)}var Io=new Set;function lu(e,t){if(Io.has(e))return;let n=typeof t=="string"?Buffer.from(t):t;for(;n.length>0;)try{n=n.subarray((0,Ro.writeSync)(e,n))}catch(i){let r=i.code;if(r==="EPIPE"){Io.add(e);return}if(r!=="EAGAIN")throw i}}var ze=e=>je(1,e);var Mo=require("node:util");function Do(e,t,n){let i=fu(t,n),r=uu(i,n);if(r)return r;try{let s=Object.fromEntries(Object.entries(n).map(([o,{type:d,short:a,multiple:c,default:l}])=>[o,{type:d,...a&&{short:a},...c&&{multiple:c},...l!==void 0&&{default:l}}]));return(0,Mo.parseArgs)({args:i,options:s,allowPositionals:!0,strict:!0})}catch(s){throw new T(`${s.message.split(`
`)[0]} (see incident ${e} --help)`)}}function uu(e,t){let n=Object.create(null),i=[];for(let r of e){if(r.charCodeAt(0)!==45||r==="-"){i.push(r);continue}if(!r.startsWith("--")||r==="--")return;let s=r.indexOf("="),o=s===-1?r.slice(2):r.slice(2,s),d=Object.hasOwn(t,o)?t[o]:void 0;if(!d||d.type==="string"!=(s!==-1))return;let a=s===-1?!0:r.slice(s+1);d.multiple?(n[o]??=[]).push(a):n[o]=a}for(let[r,s]of Object.entries(t))s.default!==void 0&&n[r]===void 0&&(n[r]=s.default);return{positionals:i,values:n}}function fu(e,t){let n=new Map;for(let[r,s]of Object.entries(t))s.type==="string"&&(n.set(`--${r}`,r),s.short&&n.set(`-${s.short}`,r));let i=[];for(let r=0;r<e.length;r++){let s=e[r];if(s==="--")return[...i,...e.slice(r)];let o=n.get(s);o&&r+1<e.length?i.push(`--${o}=${e[++r]}`):i.push(s)}return i}var di=e=>typeof e=="string"?e:void 0;var Uo=require("node:fs");var mu="/usr/share/zoneinfo",pu=new Set(["UTC","Etc/UTC","Etc/UCT","UCT","Etc/Universal","Universal","Etc/Zulu","Zulu"]),Po=new Map;function ci(e){let t=Po.get(e);return t===void 0&&(t=Gi(e)&&(0,Uo.statSync)(`${mu}/${e}`,{throwIfNoEntry:!1})?.isFile()===!0,Po.set(e,t)),t}var Fo={isValid:e=>ci(e)||Je.isValid(e),offsetMinutes(e,t){return ci(e)?(process.env.TZ!==e&&(process.env.TZ=e),-new Date(Math.floor(t/1e3)*1e3).getTimezoneOffset()||0):Je.offsetMinutes(e,t)},isUtc:e=>pu.has(e)||!ci(e)&&Je.isUtc(e)};function Lo(e){let t=s=>je(2,s);if(e instanceof Ce)return e.code;let n=e?.code;if(typeof n=="string"&&n.startsWith("commander."))return e.exitCode===0?0:2;if(e instanceof T)return t(ht(e.message)),2;if(e instanceof j)return t(e.describe()),1;if(e instanceof se)return t(ht(e.message)),1;let i=e,r=qs(e);return r?(t(ht(r)),1):(t(ht(`internal error: ${i?.message??String(e)}`)),process.env.CASEFILE_DEBUG?t(String(i?.stack)):t("incident: this is a bug in Casefile; run again with CASEFILE_DEBUG=1 for details and report it"),1)}var jo=require("node:fs");function zo(e){let t=e.endsWith(".md")?/^[^\s]*[\\/]([^\s\\/]+)\.md$/.exec(e):null;return t&&(0,jo.existsSync)(e)?t[1]:e}var Wo=Symbol.for("casefile.hand-over");function Bo(e,t,n,i={}){let r=s=>{process.env.CASEFILE_DEBUG&&je(2,`incident: ${e}: handed to the full CLI (needs ${s})`)};return async s=>{let o=i.fullOnly?.find(d=>s.some(a=>a===d||a.startsWith(`${d}=`)));if(o)return r(o);rr(Fo);try{let d=Do(e,s.slice(1),t),{values:a}=d,c=e==="validate"||e==="log"&&d.positionals.length<2?-1:0,l=d.positionals.map((u,m)=>m===c?zo(u):u);return i.takes&&!i.takes(l)?r(`${e} ${l[1]??""}`.trim()):(await n(l,a),0)}catch(d){return typeof d=="object"&&d!==null&&Wo in d?r(String(d[Wo])):Lo(d)}}}var Ho={json:{type:"boolean",description:"print the findings as JSON (the same as --format json)"},format:{type:"string",value:"format",description:"output format: pretty (default), json or github"},quiet:{type:"boolean",description:"report errors only"},"no-cache":{type:"boolean",description:"check every file again, ignoring the cache"},threads:{type:"string",value:"n",description:"at most this many threads (default: one per core from 3,000 files)"}};async function qo(e,t){let n=di(t.format);if(n!==void 0&&!Jt.includes(n))throw new T(`Unexpected --format "${n}", expected one of ${Jt.join(", ")}`);if(t.json&&n!==void 0&&n!=="json")throw new T(`Unexpected --json with --format ${n}, expected one of them`);let i=t.json?"json":n??"pretty",r=di(t.threads);if(r!==void 0&&!/^[1-9]\d*$/.test(r))throw new T(`Unexpected --threads "${r}", expected a positive whole number`);let s=!(t.cache===!1||t["no-cache"]===!0),o=t.changed,d=await Eo({paths:e,changed:o,cache:s,threads:r===void 0?void 0:Number(r)},No());if(i==="pretty"&&!t.quiet){let a=Buffer.from(Qt(d.summary));if(pt(1))ze(ai(Buffer.concat([d.printed,a]).toString()));else for(let c of[...d.printedParts,a])ze(c)}else{let a=t.quiet?d.diagnostics.filter(l=>l.severity==="error"):d.diagnostics,c=fi(d.summary.files,a);if(i==="json")ze(pi(a,c));else if(i==="github"){let l=hi(a);l&&ze(l)}else a.length>0&&ze(ai(mi(a,c)))}if(d.summary.errors>0)throw new Ce(1)}var hu=Bo("validate",Ho,qo,{fullOnly:["--changed"]}),gu=uo;0&&(module.exports={codeCacheReady,main,run});

});
