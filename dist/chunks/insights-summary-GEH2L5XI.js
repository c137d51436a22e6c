import{readFileSync}from"./chunk-3G3T5LRI.js";import"./chunk-A2EJQX32.js";async function insightsSummary(inputs,deps){try{let event=process.env.GITHUB_EVENT_PATH?JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH,"utf8")):{},base=inputs.base||event.pull_request?.base?.sha||"HEAD",{formatDelta,insightsDelta}=await import("./insights-delta-XQWFOQWS.js");return formatDelta(await insightsDelta(base,deps))}catch(error){return`## Casefile: insights of the last 90 days

Not computed: ${String(error.message??error).split(`
`)[0]}
`}}export{insightsSummary};
