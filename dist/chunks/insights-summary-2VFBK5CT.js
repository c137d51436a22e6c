import{markdownOut}from"./chunk-V2EI55G4.js";import"./chunk-5TFFURAC.js";import"./chunk-QS3HKEDW.js";import"./chunk-267KHAW3.js";import"./chunk-DGEAYRIZ.js";import"./chunk-XAVHEFSG.js";import"./chunk-X367COAG.js";import{inlineMarkdown}from"./chunk-NDQCVWOH.js";import"./chunk-ZH3WGIJU.js";import{readFileSync}from"./chunk-3G3T5LRI.js";import"./chunk-A2EJQX32.js";async function insightsSummary(inputs,deps){try{let event=process.env.GITHUB_EVENT_PATH?JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH,"utf8")):{},base=inputs.base||event.pull_request?.base?.sha||"HEAD",{formatDelta,insightsDelta}=await import("./insights-delta-7LDNL555.js");return markdownOut(formatDelta(await insightsDelta(base,deps)))}catch(error){return markdownOut(`## Casefile: insights of the last 90 days

Not computed: ${inlineMarkdown(String(error.message??error).split(`
`)[0])}
`)}}export{insightsSummary};
