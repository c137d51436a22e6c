import{writeLine}from"./chunk-RRMCGHZ2.js";import{workflowCommand}from"./chunk-VFPMQ3N4.js";import{appendFileSync}from"./chunk-3G3T5LRI.js";var getInput=(name,env=process.env)=>(env[`INPUT_${name.replace(/ /g,"_").toUpperCase()}`]??"").trim(),line=text=>writeLine(1,text),info=message=>line(message);function annotate(kind,message,place={}){line(workflowCommand(kind,{title:place.title,file:place.file,line:place.line,col:place.col},message))}function setFailed(message){annotate("error",message),process.exitCode=1}function setOutput(name,value,env=process.env){let delimiter;do delimiter=`ghadelimiter_${randomHex()}`;while(name.includes(delimiter)||value.includes(delimiter));env.GITHUB_OUTPUT?appendFileSync(env.GITHUB_OUTPUT,`${name}<<${delimiter}
${value}
${delimiter}
`):info(`output ${name}=${value}`)}var randomHex=()=>Array.from({length:4},()=>Math.floor(Math.random()*2**32).toString(16).padStart(8,"0")).join("");function addSummary(markdown,env=process.env){env.GITHUB_STEP_SUMMARY?appendFileSync(env.GITHUB_STEP_SUMMARY,markdown.endsWith(`
`)?markdown:markdown+`
`):info(markdown)}export{getInput,info,annotate,setFailed,setOutput,addSummary};
