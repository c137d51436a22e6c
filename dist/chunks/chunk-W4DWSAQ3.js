import{COMPONENT_STATUSES}from"./chunk-HIHDZEYA.js";import{DEFAULT_SEVERITIES}from"./chunk-TO4POIUW.js";import{parseSimpleYaml}from"./chunk-TFWWSGID.js";import{existsSync,readFileSync,readdirSync,statSync}from"./chunk-5FXGWDMT.js";import{dirname,join,relative,resolve,sep}from"./chunk-YW2I4MNI.js";import{isValidTimeZone,zoneExamples}from"./chunk-OLR4UF6Y.js";import{DocumentError,UsageError}from"./chunk-6F3ROEDC.js";var COLOR_KEYS=["accent","operational","degraded","partial","major","maintenance"],HTTP=/^https?:\/\/[^\s"'<>`\\]+$/i,COLOR=/^#(?:[0-9a-fA-F]{3}){1,2}$/,isMap=v=>typeof v=="object"&&v!==null&&!Array.isArray(v);function siteUrl(v,wrong){if(typeof v!="string"||!HTTP.test(v.trim()))throw wrong("site_url","an absolute http(s) URL such as https://status.example.com/");return v.trim().replace(/\/*$/,"/")}function siteConfig(v,wrong){if(!isMap(v))throw wrong("site","a map with title, logo, links and colors");let out={links:{},colors:{}};for(let[key,x]of Object.entries(v))if(key==="title"){if(typeof x!="string"||!x.trim())throw wrong("site.title","a non-empty string");out.title=x}else if(key==="logo"){if(typeof x!="string"||!HTTP.test(x.trim()))throw wrong("site.logo","an absolute http(s) URL of an image");out.logo=x.trim()}else if(key==="links"){if(!isMap(x)||!Object.values(x).every(u=>typeof u=="string"&&HTTP.test(u.trim())))throw wrong("site.links","a map of labels to http(s) URLs");out.links=Object.fromEntries(Object.entries(x).map(([k,u])=>[k,String(u).trim()]))}else if(key==="colors"){if(!(isMap(x)&&Object.entries(x).every(([k,c])=>COLOR_KEYS.includes(k)&&typeof c=="string"&&COLOR.test(c))))throw wrong("site.colors",`a map of ${COLOR_KEYS.join(", ")} to colours such as "#0969da"`);out.colors={...x}}else throw wrong("site",`a map with title, logo, links and colors, not "${key}"`);return out}function statusPageConfig(v,defaults,wrong){if(!isMap(v))throw wrong("status_page","a map with components and severity_map");let out={components:[...defaults.components],severity_map:{...defaults.severity_map}};for(let[key,x]of Object.entries(v))if(key==="components"){if(!Array.isArray(x)||!x.every(s=>typeof s=="string"&&s.trim()))throw wrong("status_page.components","a list of service names");out.components=x.map(s=>s.trim())}else if(key==="severity_map"){if(!(isMap(x)&&Object.values(x).every(s=>COMPONENT_STATUSES.includes(s))))throw wrong("status_page.severity_map",`a map of severity to one of ${COMPONENT_STATUSES.join(", ")}`);out.severity_map={...out.severity_map,...x}}else throw wrong("status_page",`a map with components and severity_map, not "${key}"`);return out}var DEFAULT_CONFIG={incidents_dir:"incidents",templates_dir:"templates",severities:[...DEFAULT_SEVERITIES],default_severity:"SEV-3",required_sections:["Summary","Impact","Root cause and contributing factors","Resolution","What went well","What went wrong"],postmortem_due:{"SEV-1":{days:3},"SEV-2":{business_days:5},default:{business_days:10}},redact:[],allow:[],public_domains:[],site_title:"Incident history",site:{links:{},colors:{}},status_page:{components:[],severity_map:{"SEV-1":"major_outage","SEV-2":"partial_outage","SEV-3":"degraded_performance"}},github:{},people:{},evidence_max_bytes:10*1024*1024,review:{require_independent_approval:!0},working_hours:{start:"09:00",end:"18:00",days:["Mon","Tue","Wed","Thu","Fri"]}},WEEKDAYS=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],CLOCK=/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/,PUBLIC_DOMAIN=/^(?:\*\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\.?$/;function resolveConfig(raw,file=".incident.yml"){if(raw==null)return{...DEFAULT_CONFIG};if(typeof raw!="object"||Array.isArray(raw))throw new DocumentError("Unexpected config, expected `key: value` settings",file,1,1);let r=raw,config={...DEFAULT_CONFIG},str=key=>{if(r[key]!==void 0){if(typeof r[key]!="string"||r[key]==="")throw wrong(key,"a non-empty string");config[key]=r[key]}},list=key=>{if(r[key]===void 0)return;let v=r[key];if(!Array.isArray(v)||v.length===0||!v.every(s=>typeof s=="string"&&s))throw wrong(key,"a list of names");config[key]=v},wrong=(key,expected)=>new DocumentError(`Unexpected value for \`${key}\`, expected ${expected}`,file);if(str("incidents_dir"),str("templates_dir"),str("timezone"),config.timezone!==void 0&&!isValidTimeZone(config.timezone))throw wrong("timezone",`an IANA time zone name such as ${zoneExamples(config.timezone)}, not "${config.timezone}"`);if(list("severities"),list("required_sections"),r.default_severity!==void 0?str("default_severity"):config.severities.includes(config.default_severity)||(config.default_severity=config.severities[Math.floor((config.severities.length-1)/2)]),!config.severities.includes(config.default_severity))throw wrong("default_severity",`one of ${config.severities.join(", ")}`);if(str("site_title"),r.site_url!==void 0&&(config.site_url=siteUrl(r.site_url,wrong)),r.site!==void 0&&(config.site=siteConfig(r.site,wrong)),r.status_page!==void 0&&(config.status_page=statusPageConfig(r.status_page,DEFAULT_CONFIG.status_page,wrong)),r.redact!==void 0){if(!Array.isArray(r.redact)||!r.redact.every(t=>typeof t=="string"&&t.trim()))throw wrong("redact","a list of terms");config.redact=r.redact}if(r.allow!==void 0){if(!Array.isArray(r.allow)||!r.allow.every(t=>typeof t=="string"&&t.trim()))throw wrong("allow","a list of words or names");config.allow=r.allow}if(r.public_domains!==void 0){let v=r.public_domains;if(!Array.isArray(v)||!v.every(d=>typeof d=="string"&&PUBLIC_DOMAIN.test(d.trim())))throw wrong("public_domains","a list of domain names such as status.example.com");config.public_domains=v.map(d=>d.trim().toLowerCase().replace(/^\*\./,"").replace(/\.$/,""))}let stringMap=(key,allowed)=>{let v=r[key];if(v===void 0)return;if(!(typeof v=="object"&&v!==null&&!Array.isArray(v)&&Object.entries(v).every(([k,x])=>typeof x=="string"&&x!==""&&(!allowed||allowed.includes(k)))))throw wrong(key,allowed?`a map with ${allowed.join(", ")}`:"a map of names to GitHub logins");config[key]={...v}};if(stringMap("github",["repo","api_url"]),stringMap("people"),r.evidence_max_bytes!==void 0){if(!Number.isInteger(r.evidence_max_bytes)||r.evidence_max_bytes<=0)throw wrong("evidence_max_bytes","a positive number of bytes");config.evidence_max_bytes=r.evidence_max_bytes}if(r.review!==void 0){let v=r.review;if(!(typeof v=="object"&&v!==null&&!Array.isArray(v)&&Object.entries(v).every(([k,x])=>k==="require_independent_approval"&&typeof x=="boolean")))throw wrong("review","a map with require_independent_approval: true or false");config.review={...DEFAULT_CONFIG.review,...v}}if(r.working_hours!==void 0&&(config.working_hours=workingHours(r.working_hours,wrong)),r.postmortem_due!==void 0){let due=r.postmortem_due;if(typeof due!="object"||due===null||Array.isArray(due))throw wrong("postmortem_due","a map of severity to {days} or {business_days}");for(let[sev,rule]of Object.entries(due))if(!(typeof rule=="object"&&rule!==null&&Object.entries(rule).every(([k,n])=>(k==="days"||k==="business_days")&&Number.isInteger(n)&&n>=0)))throw wrong(`postmortem_due.${sev}`,"{days: N} or {business_days: N}");config.postmortem_due={...DEFAULT_CONFIG.postmortem_due,...due}}return config}function workingHours(v,wrong){if(typeof v!="object"||v===null||Array.isArray(v))throw wrong("working_hours","a map with start, end, days and timezone");let out={...DEFAULT_CONFIG.working_hours};for(let[key,x]of Object.entries(v))if(key==="start"||key==="end"){if(typeof x!="string"||!CLOCK.test(x))throw wrong(`working_hours.${key}`,'a time of day as "HH:MM" (quoted), such as "09:00"');out[key]=x}else if(key==="days"){let names=WEEKDAYS;if(!Array.isArray(x)||x.length===0||!x.every(d=>typeof d=="string"&&names.includes(d)))throw wrong("working_hours.days",`a list of days among ${WEEKDAYS.join(", ")}`);out.days=x}else if(key==="timezone"){if(typeof x!="string"||!isValidTimeZone(x))throw wrong("working_hours.timezone",`an IANA time zone name such as ${zoneExamples(String(x))}`);out.timezone=x}else throw wrong("working_hours",`a map with start, end, days and timezone, not "${key}"`);if(out.start>=out.end)throw wrong("working_hours",`a start before the end, not ${out.start} to ${out.end}`);return out}function configTemplate(){return`# Casefile configuration. Every setting is optional: delete what you don't change.

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

# Evidence files larger than this are refused: keep them in Git LFS or another store and link them.
evidence_max_bytes: ${DEFAULT_CONFIG.evidence_max_bytes}

# The post-mortem review (incident review): publishing needs an approval from someone other than
# the post-mortem's owner. Set to false for a team of one.
review:
  require_independent_approval: ${DEFAULT_CONFIG.review.require_independent_approval}

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
`}var CONFIG_FILE=".incident.yml";function findRoot(cwd){let gitRoot;for(let dir=cwd;;dir=dirname(dir)){if(existsSync(join(dir,CONFIG_FILE)))return dir;if(!gitRoot&&existsSync(join(dir,".git"))&&(gitRoot=dir),dirname(dir)===dir)return gitRoot??cwd}}async function openRepo(cwd,overrides={}){let root=findRoot(cwd),configPath=join(root,CONFIG_FILE);if(overrides.configFile&&(configPath=resolve(cwd,overrides.configFile),!existsSync(configPath)))throw new UsageError(`Unexpected config file "${overrides.configFile}", expected an existing file`);let config=await loadConfig(configPath,relative(cwd,configPath)||CONFIG_FILE),incidentsDir=overrides.incidentsDir?resolve(cwd,overrides.incidentsDir):withoutTrailingSep(join(root,config.incidents_dir));return{root,cwd,config,incidentsDir}}var withoutTrailingSep=dir=>dir.length>1&&dir.endsWith(sep)?dir.slice(0,-1):dir,ONLY_COMMENTS=/^(?:[ ]*(?:#[^\r\n]*)?\r?\n)*[ ]*(?:#[^\r\n]*)?$/;async function loadConfig(path,shown){if(!existsSync(path))return resolveConfig(void 0);let text=readFileSync(path,"utf8"),simple=parseSimpleYaml(text);if(simple)return resolveConfig(simple.data,shown);if(ONLY_COMMENTS.test(text))return resolveConfig(void 0);let{parseYamlFile}=await import("./document-EB57Y4EZ.js");return resolveConfig(parseYamlFile(text,shown),shown)}function incidentPath(repo,id){if(!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)||id.includes(".."))throw new UsageError(`Unexpected incident id "${id}", expected a file name like 2026-03-01-database-outage`);return join(repo.incidentsDir,id.endsWith(".md")?id:`${id}.md`)}function display(repo,path){let below=repo.cwd.endsWith(sep)?repo.cwd:repo.cwd+sep;return path.startsWith(below)&&!path.includes(`${sep}.`,below.length-1)?path.slice(below.length)||path:relative(repo.cwd,path)||path}function listIncidentIds(repo){return incidentFileNames(repo).map(name=>name.slice(0,-3)).sort()}function listIncidentFiles(repo){let dir=repo.incidentsDir.endsWith(sep)?repo.incidentsDir:repo.incidentsDir+sep;return incidentFileNames(repo).sort().map(name=>dir+name)}function incidentFileNames(repo){return existsSync(repo.incidentsDir)?readdirSync(repo.incidentsDir).filter(name=>name.endsWith(".md")&&!name.startsWith(".")):[]}function cloneStateDir(root){let git=join(root,".git");return existsSync(git)&&statSync(git).isDirectory()?join(git,"casefile"):void 0}function unknownIncident(repo,id){let ids=listIncidentIds(repo),needle=id.toLowerCase(),close=ids.filter(known=>known.toLowerCase().includes(needle)).slice(0,3),hint=close.length?`; did you mean ${close.join(", ")}?`:"";return new UsageError(`Unknown incident "${id}": no file ${display(repo,incidentPath(repo,id))}${hint}`)}export{COLOR_KEYS,WEEKDAYS,configTemplate,CONFIG_FILE,findRoot,openRepo,incidentPath,display,listIncidentIds,listIncidentFiles,cloneStateDir,unknownIncident};
