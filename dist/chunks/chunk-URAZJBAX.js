import{siteConfig,siteUrl,statusPageConfig}from"./chunk-YBIEOBHT.js";import{parseSimpleYaml}from"./chunk-5WHMHVD3.js";import{DEFAULT_SEVERITIES}from"./chunk-LSTPURO6.js";import{childPath,withSep}from"./chunk-DOVLBYGZ.js";import{isPlainName}from"./chunk-ZH3WGIJU.js";import{existsSync,readFileSync,readdirSync,statSync}from"./chunk-3G3T5LRI.js";import{basename,dirname,join,relative,resolve,sep}from"./chunk-YW2I4MNI.js";import{isValidTimeZone,zoneExamples}from"./chunk-DK44U6KR.js";import{DocumentError,UsageError}from"./chunk-5CLGW2AY.js";var isMap=v=>typeof v=="object"&&v!==null&&!Array.isArray(v);function importConfig(raw,severities,wrong){if(!isMap(raw))throw wrong("import","a map of source names (pagerduty, incident-io...) to their settings");let out={};for(let[source,settings]of Object.entries(raw)){if(settings===null)continue;if(!isMap(settings))throw wrong(`import.${source}`,"a map of settings such as severity_map and timezone");let map=settings.severity_map;if(map!=null){if(!isMap(map))throw wrong(`import.${source}.severity_map`,"a map of <field>=<value> to a severity, e.g. priority=P1: SEV-1");for(let[key,sev]of Object.entries(map))if(typeof sev!="string"||!severities.includes(sev))throw wrong(`import.${source}.severity_map.${key}`,`one of ${severities.join(", ")}`)}let zone=settings.timezone;if(zone!=null&&(typeof zone!="string"||!isValidTimeZone(zone)))throw wrong(`import.${source}.timezone`,"an IANA time zone name such as Europe/Berlin");out[source]={...settings}}return out}var DEFAULT_CONFIG={incidents_dir:"incidents",templates_dir:"templates",severities:[...DEFAULT_SEVERITIES],default_severity:"SEV-3",required_sections:["Summary","Impact","Root cause and contributing factors","Resolution","What went well","What went wrong"],postmortem_due:{"SEV-1":{days:3},"SEV-2":{business_days:5},default:{business_days:10}},redact:[],allow:[],public_domains:[],site_title:"Incident history",site:{links:{},colors:{}},status_page:{components:[],severity_map:{"SEV-1":"major_outage","SEV-2":"partial_outage","SEV-3":"degraded_performance"}},github:{},people:{},issueops:{label:"incident",mirror:!1},evidence_max_bytes:10*1024*1024,review:{require_independent_approval:!0},working_hours:{start:"09:00",end:"18:00",days:["Mon","Tue","Wed","Thu","Fri"]},merge_driver:"auto",import:{}},MERGE_DRIVER_MODES=["auto","warn","off"],WEEKDAYS=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],CLOCK=/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/,PUBLIC_DOMAIN=/^(?:\*\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\.?$/;function resolveConfig(raw,file=".incident.yml"){if(raw==null)return{...DEFAULT_CONFIG};if(typeof raw!="object"||Array.isArray(raw))throw new DocumentError("Unexpected config, expected `key: value` settings",file,1,1);let r=raw,config={...DEFAULT_CONFIG},str=key=>{if(r[key]!==void 0){if(typeof r[key]!="string"||r[key]==="")throw wrong(key,"a non-empty string");config[key]=r[key]}},list=key=>{if(r[key]===void 0)return;let v=r[key];if(!Array.isArray(v)||v.length===0||!v.every(s=>typeof s=="string"&&s))throw wrong(key,"a list of names");config[key]=v},wrong=(key,expected)=>new DocumentError(`Unexpected value for \`${key}\`, expected ${expected}`,file);if(str("incidents_dir"),str("templates_dir"),str("timezone"),config.timezone!==void 0&&!isValidTimeZone(config.timezone))throw wrong("timezone",`an IANA time zone name such as ${zoneExamples(config.timezone)}, not "${config.timezone}"`);if(list("severities"),list("required_sections"),r.default_severity!==void 0?str("default_severity"):config.severities.includes(config.default_severity)||(config.default_severity=config.severities[Math.floor((config.severities.length-1)/2)]),!config.severities.includes(config.default_severity))throw wrong("default_severity",`one of ${config.severities.join(", ")}`);if(str("site_title"),r.site_url!==void 0&&(config.site_url=siteUrl(r.site_url,wrong)),r.site!==void 0&&(config.site=siteConfig(r.site,wrong)),r.status_page!==void 0&&(config.status_page=statusPageConfig(r.status_page,DEFAULT_CONFIG.status_page,wrong)),r.redact!==void 0){if(!Array.isArray(r.redact)||!r.redact.every(t=>typeof t=="string"&&t.trim()))throw wrong("redact","a list of terms");config.redact=r.redact}if(r.allow!==void 0){if(!Array.isArray(r.allow)||!r.allow.every(t=>typeof t=="string"&&t.trim()))throw wrong("allow","a list of words or names");config.allow=r.allow}if(r.public_domains!==void 0){let v=r.public_domains;if(!Array.isArray(v)||!v.every(d=>typeof d=="string"&&PUBLIC_DOMAIN.test(d.trim())))throw wrong("public_domains","a list of domain names such as status.example.com");config.public_domains=v.map(d=>d.trim().toLowerCase().replace(/^\*\./,"").replace(/\.$/,""))}let stringMap=(key,allowed)=>{let v=r[key];if(v===void 0)return;if(!(typeof v=="object"&&v!==null&&!Array.isArray(v)&&Object.entries(v).every(([k,x])=>typeof x=="string"&&x!==""&&(!allowed||allowed.includes(k)))))throw wrong(key,allowed?`a map with ${allowed.join(", ")}`:"a map of names to GitHub logins");config[key]={...v}};if(stringMap("github",["repo","api_url"]),stringMap("people"),r.evidence_max_bytes!==void 0){if(!Number.isInteger(r.evidence_max_bytes)||r.evidence_max_bytes<=0)throw wrong("evidence_max_bytes","a positive number of bytes");config.evidence_max_bytes=r.evidence_max_bytes}if(r.review!==void 0){let v=r.review;if(!(typeof v=="object"&&v!==null&&!Array.isArray(v)&&Object.entries(v).every(([k,x])=>k==="require_independent_approval"&&typeof x=="boolean")))throw wrong("review","a map with require_independent_approval: true or false");config.review={...DEFAULT_CONFIG.review,...v}}if(r.issueops!==void 0){let v=r.issueops;if(!(typeof v=="object"&&v!==null&&!Array.isArray(v)&&Object.entries(v).every(([k,x])=>k==="label"&&typeof x=="string"&&x.trim()!==""||k==="mirror"&&typeof x=="boolean")))throw wrong("issueops","a map with label: <label name> and mirror: true or false");config.issueops={...DEFAULT_CONFIG.issueops,...v}}if(r.working_hours!==void 0&&(config.working_hours=workingHours(r.working_hours,wrong)),r.import!==void 0&&r.import!==null&&(config.import=importConfig(r.import,config.severities,wrong)),r.merge_driver!==void 0){if(!MERGE_DRIVER_MODES.includes(r.merge_driver))throw wrong("merge_driver",`one of ${MERGE_DRIVER_MODES.join(", ")}`);config.merge_driver=r.merge_driver}if(r.postmortem_due!==void 0){let due=r.postmortem_due;if(typeof due!="object"||due===null||Array.isArray(due))throw wrong("postmortem_due","a map of severity to {days} or {business_days}");for(let[sev,rule]of Object.entries(due))if(!(typeof rule=="object"&&rule!==null&&Object.entries(rule).every(([k,n])=>(k==="days"||k==="business_days")&&Number.isInteger(n)&&n>=0)))throw wrong(`postmortem_due.${sev}`,"{days: N} or {business_days: N}");config.postmortem_due={...DEFAULT_CONFIG.postmortem_due,...due}}return config}function workingHours(v,wrong){if(typeof v!="object"||v===null||Array.isArray(v))throw wrong("working_hours","a map with start, end, days and timezone");let out={...DEFAULT_CONFIG.working_hours};for(let[key,x]of Object.entries(v))if(key==="start"||key==="end"){if(typeof x!="string"||!CLOCK.test(x))throw wrong(`working_hours.${key}`,'a time of day as "HH:MM" (quoted), such as "09:00"');out[key]=x}else if(key==="days"){let names=WEEKDAYS;if(!Array.isArray(x)||x.length===0||!x.every(d=>typeof d=="string"&&names.includes(d)))throw wrong("working_hours.days",`a list of days among ${WEEKDAYS.join(", ")}`);out.days=x}else if(key==="timezone"){if(typeof x!="string"||!isValidTimeZone(x))throw wrong("working_hours.timezone",`an IANA time zone name such as ${zoneExamples(String(x))}`);out.timezone=x}else throw wrong("working_hours",`a map with start, end, days and timezone, not "${key}"`);if(out.start>=out.end)throw wrong("working_hours",`a start before the end, not ${out.start} to ${out.end}`);return out}function configTemplate(){return`# Casefile configuration. Every setting is optional: delete what you don't change.

# Where incident files live, one Markdown file per incident.
incidents_dir: ${DEFAULT_CONFIG.incidents_dir}

# Templates that override Casefile's defaults (same file names as the defaults).
templates_dir: ${DEFAULT_CONFIG.templates_dir}

# Severity names, most severe first.
severities: [${DEFAULT_CONFIG.severities.join(", ")}]
default_severity: ${DEFAULT_CONFIG.default_severity}

# IANA time zone for new incidents and for times typed without an offset (default: this machine's).
# timezone: Europe/Berlin

# Post-mortem sections every closed incident needs (synonyms such as "Overview" are accepted).
required_sections:
${DEFAULT_CONFIG.required_sections.map(s=>`  - ${s}`).join(`
`)}

# When the post-mortem is due after resolution: calendar days or business days (Mon-Fri).
postmortem_due:
  SEV-1:
    days: 3
  SEV-2:
    business_days: 5
  default:
    business_days: 10

# Terms that must never appear in public output: internal hostnames, customer names...
# (People named in roles and on the timeline are always kept out.)
redact: []

# Words the leak check lets through everywhere: action-item owners that are vendors or teams, a
# product word that is also a person's name. Case-insensitive.
allow: []
# allow: [AWS, SRE team]

# The company's own public domains (subdomains included): hostnames, URLs and emails there may be
# published. Anything else that looks internal (db-7.internal.acme, 10.0.0.5) is a leak.
public_domains: []
# public_domains: [example.com, status.example.com]

# The public incident history site (incident publish).
site_title: ${DEFAULT_CONFIG.site_title}
# Its address: feeds and the JSON API (api/v2/) link with it.
# site_url: https://status.example.com/
# Its look: logo (a URL), links in the header, colours (#rgb or #rrggbb).
# site:
#   logo: https://status.example.com/logo.svg
#   links:
#     Home: https://example.com
#     Support: https://example.com/support
#   colors:
#     accent: "#0969da"

# The status page: services shown even when no incident names them, and the state an open public
# incident gives its services by severity (operational, degraded_performance, partial_outage,
# major_outage, under_maintenance); an incident's own component_status: wins.
# status_page:
#   components:
#     - checkout
#     - api
#   severity_map:
#     SEV-1: major_outage
#     SEV-2: partial_outage
#     SEV-3: degraded_performance

# GitHub issues for action items (incident issues): the tracker and, for GitHub Enterprise, its API.
# github:
#   repo: acme/incidents
#   api_url: https://github.example.com/api/v3

# People as named in incidents -> GitHub logins, to assign action items.
# people:
#   Alice Example: alice

# IssueOps (the Action on issue comments): an issue opened with this label becomes an incident, and
# /log, /status, /role, /severity, /thread, /action and /update in its comments write to it.
# mirror: true also posts each entry written in git (incident log ...) to the issue as a comment.
# issueops:
#   label: ${DEFAULT_CONFIG.issueops.label}
#   mirror: false

# Evidence files larger than this are refused: keep them in Git LFS or another store and link them.
evidence_max_bytes: ${DEFAULT_CONFIG.evidence_max_bytes}

# The post-mortem review (incident review): publishing needs an approval from someone other than
# the post-mortem's owner. Set to false for a team of one.
review:
  require_independent_approval: ${DEFAULT_CONFIG.review.require_independent_approval}

# Several clones: a clone whose .gitattributes sends incident files to Casefile's merge driver, but
# whose git config lacks it, gets it from the next write command (auto: said once on stderr);
# warn: only say how (incident merge-driver --install); off: nothing.
# merge_driver: auto

# Working hours for \`incident insights\` (timeline entries written outside them), by default in
# each incident's own time zone; timezone: one zone for all.
# working_hours:
#   start: "09:00"
#   end: "18:00"
#   days:
#     - Mon
#     - Tue
#     - Wed
#     - Thu
#     - Fri
#   timezone: Europe/Berlin
`}function nearest(typed,known,max=3){let needle=typed.toLowerCase(),scored=[];for(let name of known){let lower=name.toLowerCase();if(lower===needle)continue;if(needle.length>=3&&lower.includes(needle)){scored.push({name,score:-1/lower.length});continue}let slug=lower.replace(/^\d{4}-\d{2}-\d{2}-/,""),limit=Math.max(2,Math.floor(needle.length/3)),d=Math.min(distance(needle,lower,limit),slug===lower?1/0:distance(needle,slug,limit));d<=limit&&scored.push({name,score:d})}return scored.sort((a,b)=>a.score-b.score||(a.name<b.name?1:a.name>b.name?-1:0)).slice(0,max).map(s=>s.name)}function distance(a,b,limit=1/0){if(Math.abs(a.length-b.length)>limit)return 1/0;let before=new Array(b.length+1).fill(0),previous=Array.from({length:b.length+1},(_,j)=>j),current=new Array(b.length+1).fill(0);for(let i=1;i<=a.length;i++){current[0]=i;let best=i;for(let j=1;j<=b.length;j++){let cost=a[i-1]===b[j-1]?0:1,d=Math.min(previous[j]+1,current[j-1]+1,previous[j-1]+cost);i>1&&j>1&&a[i-1]===b[j-2]&&a[i-2]===b[j-1]&&(d=Math.min(d,before[j-2]+1)),current[j]=d,d<best&&(best=d)}if(best>limit)return 1/0;[before,previous,current]=[previous,current,before]}return previous[b.length]<=limit?previous[b.length]:1/0}var CONFIG_FILE=".incident.yml";function findRoot(cwd){let gitRoot;for(let dir=cwd;;dir=dirname(dir)){if(existsSync(childPath(dir,CONFIG_FILE)))return dir;if(!gitRoot&&existsSync(childPath(dir,".git"))&&(gitRoot=dir),dirname(dir)===dir)return gitRoot??cwd}}async function openRepo(cwd,overrides={}){let root=findRoot(cwd),configPath=childPath(root,CONFIG_FILE);if(overrides.configFile&&(configPath=resolve(cwd,overrides.configFile),!existsSync(configPath)))throw new UsageError(`Unexpected config file "${overrides.configFile}", expected an existing file`);let config=await loadConfig(configPath,configPath===childPath(cwd,CONFIG_FILE)?CONFIG_FILE:relative(cwd,configPath)||CONFIG_FILE),incidentsDir=overrides.incidentsDir?resolve(cwd,overrides.incidentsDir):withoutTrailingSep(childPath(root,config.incidents_dir));return{root,cwd,config,incidentsDir}}var withoutTrailingSep=dir=>dir.length>1&&dir.endsWith(sep)?dir.slice(0,-1):dir,ONLY_COMMENTS=/^(?:[ ]*(?:#[^\r\n]*)?\r?\n)*[ ]*(?:#[^\r\n]*)?$/;async function loadConfig(path,shown){if(!existsSync(path))return resolveConfig(void 0);let text=readFileSync(path,"utf8"),simple=parseSimpleYaml(text);if(simple)return resolveConfig(simple.data,shown);if(ONLY_COMMENTS.test(text))return resolveConfig(void 0);let{parseYamlFile}=await import("./document-SLXNF6AU.js");return resolveConfig(parseYamlFile(text,shown),shown)}function incidentPath(repo,id){if((id.includes("/")||id.includes("\\"))&&id.endsWith(".md")){let file=resolve(repo.cwd,id);if(dirname(file)===resolve(repo.incidentsDir))return file;throw new UsageError(`Unexpected file "${id}", expected an incident id or a file in ${display(repo,repo.incidentsDir)||"."}/`)}if(!isPlainName(id)||id.includes(".."))throw new UsageError(`Unexpected incident id "${id}", expected a file name like 2026-03-01-database-outage`);return childPath(repo.incidentsDir,id.endsWith(".md")?id:`${id}.md`)}function display(repo,path){let below=withSep(repo.cwd);return path.startsWith(below)&&!path.includes(`${sep}.`,below.length-1)?path.slice(below.length)||path:relative(repo.cwd,path)||path}function listIncidentIds(repo){return incidentIdsIn(directoryNames(repo))}function directoryNames(repo){return existsSync(repo.incidentsDir)?readdirSync(repo.incidentsDir):[]}function incidentIdsIn(names){return incidentFiles(names,name=>name.slice(0,-3))}function listIncidentFiles(repo){return incidentFilesIn(repo,directoryNames(repo))}function incidentFilesIn(repo,names){let dir=withSep(repo.incidentsDir);return incidentFiles(names,name=>dir+name)}function incidentFiles(names,as){let out=[],sorted=!0;for(let name of names){if(!isIncidentFileName(name))continue;let item=as(name);sorted&&out.length>0&&!(out[out.length-1]<item)&&(sorted=!1),out.push(item)}return sorted?out:out.sort()}var isIncidentFileName=name=>name.endsWith(".md")&&!name.startsWith(".");function cloneStateDir(root){let git=join(root,".git");return existsSync(git)&&statSync(git).isDirectory()?join(git,"casefile"):void 0}function unknownIncident(repo,id){let typed=basename(id).replace(/\.md$/,""),close=nearest(typed,listIncidentIds(repo)),hint=close.length?`; did you mean ${close.join(", ")}?`:"";return new UsageError(`Unknown incident "${id}": no file ${display(repo,incidentPath(repo,id))}${hint}`)}export{DEFAULT_CONFIG,WEEKDAYS,configTemplate,CONFIG_FILE,findRoot,openRepo,incidentPath,display,listIncidentIds,directoryNames,incidentIdsIn,listIncidentFiles,incidentFilesIn,isIncidentFileName,cloneStateDir,unknownIncident};
