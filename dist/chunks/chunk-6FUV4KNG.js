import{DEFAULT_SEVERITIES}from"./chunk-EW5S3LUJ.js";import{parseSimpleYaml}from"./chunk-MMK2GO34.js";import{dirname,join,relative,resolve,sep}from"./chunk-YW2I4MNI.js";import{existsSync,readFileSync,readdirSync,statSync}from"./chunk-ZSJZIQIP.js";import{isValidTimeZone}from"./chunk-F2ZKJ2NL.js";import{DocumentError,UsageError}from"./chunk-EOCWPG3S.js";var DEFAULT_CONFIG={incidents_dir:"incidents",templates_dir:"templates",severities:[...DEFAULT_SEVERITIES],default_severity:"SEV-3",required_sections:["Summary","Impact","Root cause and contributing factors","Resolution","What went well","What went wrong"],postmortem_due:{"SEV-1":{days:3},"SEV-2":{business_days:5},default:{business_days:10}},redact:[],site_title:"Incident history",github:{},people:{},evidence_max_bytes:10*1024*1024};function resolveConfig(raw,file=".incident.yml"){if(raw==null)return{...DEFAULT_CONFIG};if(typeof raw!="object"||Array.isArray(raw))throw new DocumentError("Unexpected config, expected `key: value` settings",file,1,1);let r=raw,config={...DEFAULT_CONFIG},str=key=>{if(r[key]!==void 0){if(typeof r[key]!="string"||r[key]==="")throw wrong(key,"a non-empty string");config[key]=r[key]}},list=key=>{if(r[key]===void 0)return;let v=r[key];if(!Array.isArray(v)||v.length===0||!v.every(s=>typeof s=="string"&&s))throw wrong(key,"a list of names");config[key]=v},wrong=(key,expected)=>new DocumentError(`Unexpected value for \`${key}\`, expected ${expected}`,file);if(str("incidents_dir"),str("templates_dir"),str("timezone"),config.timezone!==void 0&&!isValidTimeZone(config.timezone))throw wrong("timezone","an IANA time zone name like Europe/Berlin");if(list("severities"),list("required_sections"),r.default_severity!==void 0?str("default_severity"):config.severities.includes(config.default_severity)||(config.default_severity=config.severities[Math.floor((config.severities.length-1)/2)]),!config.severities.includes(config.default_severity))throw wrong("default_severity",`one of ${config.severities.join(", ")}`);if(str("site_title"),r.redact!==void 0){if(!Array.isArray(r.redact)||!r.redact.every(t=>typeof t=="string"&&t.trim()))throw wrong("redact","a list of terms");config.redact=r.redact}let stringMap=(key,allowed)=>{let v=r[key];if(v===void 0)return;if(!(typeof v=="object"&&v!==null&&!Array.isArray(v)&&Object.entries(v).every(([k,x])=>typeof x=="string"&&x!==""&&(!allowed||allowed.includes(k)))))throw wrong(key,allowed?`a map with ${allowed.join(", ")}`:"a map of names to GitHub logins");config[key]={...v}};if(stringMap("github",["repo","api_url"]),stringMap("people"),r.evidence_max_bytes!==void 0){if(!Number.isInteger(r.evidence_max_bytes)||r.evidence_max_bytes<=0)throw wrong("evidence_max_bytes","a positive number of bytes");config.evidence_max_bytes=r.evidence_max_bytes}if(r.postmortem_due!==void 0){let due=r.postmortem_due;if(typeof due!="object"||due===null||Array.isArray(due))throw wrong("postmortem_due","a map of severity to {days} or {business_days}");for(let[sev,rule]of Object.entries(due))if(!(typeof rule=="object"&&rule!==null&&Object.entries(rule).every(([k,n])=>(k==="days"||k==="business_days")&&Number.isInteger(n)&&n>=0)))throw wrong(`postmortem_due.${sev}`,"{days: N} or {business_days: N}");config.postmortem_due={...DEFAULT_CONFIG.postmortem_due,...due}}return config}function configTemplate(){return`# Casefile configuration. Every setting is optional: delete what you don't change.

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
  SEV-1: { days: 3 }
  SEV-2: { business_days: 5 }
  default: { business_days: 10 }

# Terms that must never appear in public output: internal hostnames, customer names...
# (People named in roles and on the timeline are always kept out.)
redact: []

# The public incident history site (incident publish).
site_title: ${DEFAULT_CONFIG.site_title}

# GitHub issues for action items (incident issues): the tracker and, for GitHub Enterprise, its API.
# github:
#   repo: acme/incidents
#   api_url: https://github.example.com/api/v3

# People as named in incidents -> GitHub logins, to assign action items.
# people:
#   Alice Example: alice

# Evidence files larger than this are refused: keep them in Git LFS or another store and link them.
evidence_max_bytes: ${DEFAULT_CONFIG.evidence_max_bytes}
`}var CONFIG_FILE=".incident.yml";function findRoot(cwd){let gitRoot;for(let dir=cwd;;dir=dirname(dir)){if(existsSync(join(dir,CONFIG_FILE)))return dir;if(!gitRoot&&existsSync(join(dir,".git"))&&(gitRoot=dir),dirname(dir)===dir)return gitRoot??cwd}}async function openRepo(cwd,overrides={}){let root=findRoot(cwd),configPath=join(root,CONFIG_FILE);if(overrides.configFile&&(configPath=resolve(cwd,overrides.configFile),!existsSync(configPath)))throw new UsageError(`Unexpected config file "${overrides.configFile}", expected an existing file`);let config=await loadConfig(configPath,relative(cwd,configPath)||CONFIG_FILE),incidentsDir=overrides.incidentsDir?resolve(cwd,overrides.incidentsDir):withoutTrailingSep(join(root,config.incidents_dir));return{root,cwd,config,incidentsDir}}var withoutTrailingSep=dir=>dir.length>1&&dir.endsWith(sep)?dir.slice(0,-1):dir;async function loadConfig(path,shown){if(!existsSync(path))return resolveConfig(void 0);let text=readFileSync(path,"utf8"),simple=parseSimpleYaml(text);if(simple)return resolveConfig(simple.data,shown);let{parseYamlFile}=await import("./document-NQIW7G47.js");return resolveConfig(parseYamlFile(text,shown),shown)}function incidentPath(repo,id){if(!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)||id.includes(".."))throw new UsageError(`Unexpected incident id "${id}", expected a file name like 2026-03-01-database-outage`);return join(repo.incidentsDir,id.endsWith(".md")?id:`${id}.md`)}function display(repo,path){let below=repo.cwd.endsWith(sep)?repo.cwd:repo.cwd+sep;return path.startsWith(below)&&!path.includes(`${sep}.`,below.length-1)?path.slice(below.length)||path:relative(repo.cwd,path)||path}function listIncidentIds(repo){return incidentFileNames(repo).map(name=>name.slice(0,-3)).sort()}function listIncidentFiles(repo){let dir=repo.incidentsDir.endsWith(sep)?repo.incidentsDir:repo.incidentsDir+sep;return incidentFileNames(repo).sort().map(name=>dir+name)}function incidentFileNames(repo){return existsSync(repo.incidentsDir)?readdirSync(repo.incidentsDir).filter(name=>name.endsWith(".md")&&!name.startsWith(".")):[]}function cloneStateDir(root){let git=join(root,".git");return existsSync(git)&&statSync(git).isDirectory()?join(git,"casefile"):void 0}function unknownIncident(repo,id){let ids=listIncidentIds(repo),needle=id.toLowerCase(),close=ids.filter(known=>known.toLowerCase().includes(needle)).slice(0,3),hint=close.length?`; did you mean ${close.join(", ")}?`:"";return new UsageError(`Unknown incident "${id}": no file ${display(repo,incidentPath(repo,id))}${hint}`)}export{configTemplate,CONFIG_FILE,findRoot,openRepo,incidentPath,display,listIncidentIds,listIncidentFiles,cloneStateDir,unknownIncident};
