import{formatDuration,formatDurationProse}from"./chunk-V5RQTGAH.js";import{safeMarkdown}from"./chunk-WSVEUFK7.js";import{codeBlock,codeSpan,escapeHtml,inlineMarkdown,oneLine,tableCell,text}from"./chunk-NDQCVWOH.js";import{formatInZone,localParts,parseInstant}from"./chunk-DK44U6KR.js";import{DocumentError}from"./chunk-5CLGW2AY.js";import{__commonJS,__toESM}from"./chunk-A2EJQX32.js";var require_utils=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports){"use strict";exports.__esModule=!0;exports.extend=extend;exports.indexOf=indexOf;exports.escapeExpression=escapeExpression;exports.isEmpty=isEmpty;exports.createFrame=createFrame;exports.blockParams=blockParams;exports.appendContextPath=appendContextPath;var escape={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},badChars=/[&<>"'`=]/g,possible=/[&<>"'`=]/;function escapeChar(chr){return escape[chr]}function extend(obj){for(var i=1;i<arguments.length;i++)for(var key in arguments[i])Object.prototype.hasOwnProperty.call(arguments[i],key)&&(obj[key]=arguments[i][key]);return obj}var toString=Object.prototype.toString;exports.toString=toString;var isFunction=function(value){return typeof value=="function"};isFunction(/x/)&&(exports.isFunction=isFunction=function(value){return typeof value=="function"&&toString.call(value)==="[object Function]"});exports.isFunction=isFunction;var isArray=Array.isArray||function(value){return value&&typeof value=="object"?toString.call(value)==="[object Array]":!1};exports.isArray=isArray;function indexOf(array,value){for(var i=0,len=array.length;i<len;i++)if(array[i]===value)return i;return-1}function escapeExpression(string){if(typeof string!="string"){if(string&&typeof string.toHTML=="function")return string.toHTML();if(string==null)return"";if(!string)return string+"";string=""+string}return possible.test(string)?string.replace(badChars,escapeChar):string}function isEmpty(value){return!value&&value!==0?!0:!!(isArray(value)&&value.length===0)}function createFrame(object){var frame=extend({},object);return frame._parent=object,frame}function blockParams(params,ids){return params.path=ids,params}function appendContextPath(contextPath,id){return(contextPath?contextPath+".":"")+id}}});var require_exception=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports,module){"use strict";exports.__esModule=!0;var errorProps=["description","fileName","lineNumber","endLineNumber","message","name","number","stack"];function Exception(message,node){var loc=node&&node.loc,line=void 0,endLineNumber=void 0,column=void 0,endColumn=void 0;loc&&loc.start&&(line=loc.start.line,column=loc.start.column,loc.end&&(endLineNumber=loc.end.line,endColumn=loc.end.column),message+=" - "+line+":"+column);for(var tmp=Error.prototype.constructor.call(this,message),idx=0;idx<errorProps.length;idx++)this[errorProps[idx]]=tmp[errorProps[idx]];Error.captureStackTrace&&Error.captureStackTrace(this,Exception);try{loc&&(this.lineNumber=line,this.endLineNumber=endLineNumber,Object.defineProperty?(Object.defineProperty(this,"column",{value:column,enumerable:!0}),Object.defineProperty(this,"endColumn",{value:endColumn,enumerable:!0})):(this.column=column,this.endColumn=endColumn))}catch{}}Exception.prototype=new Error;exports.default=Exception;module.exports=exports.default}});var require_block_helper_missing=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports,module){"use strict";exports.__esModule=!0;var _utils=require_utils();exports.default=function(instance){instance.registerHelper("blockHelperMissing",function(context,options){var inverse=options.inverse,fn=options.fn;if(context===!0)return fn(this);if(context===!1||context==null)return inverse(this);if(_utils.isArray(context))return context.length>0?(options.ids&&(options.ids=[options.name]),instance.helpers.each(context,options)):inverse(this);if(options.data&&options.ids){var data=_utils.createFrame(options.data);data.contextPath=_utils.appendContextPath(options.data.contextPath,options.name),options={data}}return fn(context,options)})};module.exports=exports.default}});var require_each=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports,module){"use strict";exports.__esModule=!0;function _interopRequireDefault(obj){return obj&&obj.__esModule?obj:{default:obj}}var _utils=require_utils(),_exception=require_exception(),_exception2=_interopRequireDefault(_exception);function closeIterator(iterator){try{var _close=iterator.return;_utils.isFunction(_close)&&_close.call(iterator)}catch{}}exports.default=function(instance){instance.registerHelper("each",function(context,options){if(!options)throw new _exception2.default("Must pass iterator to #each");var fn=options.fn,inverse=options.inverse,i=0,ret="",data=void 0,contextPath=void 0;options.data&&options.ids&&(contextPath=_utils.appendContextPath(options.data.contextPath,options.ids[0])+"."),_utils.isFunction(context)&&(context=context.call(this)),options.data&&(data=_utils.createFrame(options.data));function execIteration(field,index,last,value){data&&(data.key=field,data.index=index,data.first=index===0,data.last=!!last,contextPath&&(data.contextPath=contextPath+field)),ret=ret+fn(value,{data,blockParams:_utils.blockParams([value,field],[contextPath+field,null])})}if(context&&typeof context=="object")if(_utils.isArray(context))for(var j=context.length;i<j;i++)i in context&&execIteration(i,i,i===context.length-1,context[i]);else if(typeof Symbol=="function"&&context[Symbol.iterator])for(var iterator=context[Symbol.iterator](),current=iterator.next();!current.done;){var next=iterator.next();try{execIteration(i,i,next.done,current.value)}catch(e){throw next.done||closeIterator(iterator),e}current=next,i++}else(function(){var priorKey=void 0;Object.keys(context).forEach(function(key){priorKey!==void 0&&execIteration(priorKey,i-1,!1,context[priorKey]),priorKey=key,i++}),priorKey!==void 0&&execIteration(priorKey,i-1,!0,context[priorKey])})();return i===0&&(ret=inverse(this)),ret})};module.exports=exports.default}});var require_helper_missing=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports,module){"use strict";exports.__esModule=!0;function _interopRequireDefault(obj){return obj&&obj.__esModule?obj:{default:obj}}var _exception=require_exception(),_exception2=_interopRequireDefault(_exception);exports.default=function(instance){instance.registerHelper("helperMissing",function(){if(arguments.length!==1)throw new _exception2.default('Missing helper: "'+arguments[arguments.length-1].name+'"')})};module.exports=exports.default}});var require_if=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports,module){"use strict";exports.__esModule=!0;function _interopRequireDefault(obj){return obj&&obj.__esModule?obj:{default:obj}}var _utils=require_utils(),_exception=require_exception(),_exception2=_interopRequireDefault(_exception);exports.default=function(instance){instance.registerHelper("if",function(conditional,options){if(arguments.length!=2)throw new _exception2.default("#if requires exactly one argument");return _utils.isFunction(conditional)&&(conditional=conditional.call(this)),!options.hash.includeZero&&!conditional||_utils.isEmpty(conditional)?options.inverse(this):options.fn(this)}),instance.registerHelper("unless",function(conditional,options){if(arguments.length!=2)throw new _exception2.default("#unless requires exactly one argument");return instance.helpers.if.call(this,conditional,{fn:options.inverse,inverse:options.fn,hash:options.hash})})};module.exports=exports.default}});var require_log=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports,module){"use strict";exports.__esModule=!0;exports.default=function(instance){instance.registerHelper("log",function(){for(var args=[void 0],options=arguments[arguments.length-1],i=0;i<arguments.length-1;i++)args.push(arguments[i]);var level=1;options.hash.level!=null?level=options.hash.level:options.data&&options.data.level!=null&&(level=options.data.level),args[0]=level,instance.log.apply(instance,args)})};module.exports=exports.default}});var require_lookup=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports,module){"use strict";exports.__esModule=!0;exports.default=function(instance){instance.registerHelper("lookup",function(obj,field,options){return obj&&options.lookupProperty(obj,field)})};module.exports=exports.default}});var require_with=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports,module){"use strict";exports.__esModule=!0;function _interopRequireDefault(obj){return obj&&obj.__esModule?obj:{default:obj}}var _utils=require_utils(),_exception=require_exception(),_exception2=_interopRequireDefault(_exception);exports.default=function(instance){instance.registerHelper("with",function(context,options){if(arguments.length!=2)throw new _exception2.default("#with requires exactly one argument");_utils.isFunction(context)&&(context=context.call(this));var fn=options.fn;if(_utils.isEmpty(context))return options.inverse(this);var data=options.data;return options.data&&options.ids&&(data=_utils.createFrame(options.data),data.contextPath=_utils.appendContextPath(options.data.contextPath,options.ids[0])),fn(context,{data,blockParams:_utils.blockParams([context],[data&&data.contextPath])})})};module.exports=exports.default}});var require_helpers=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports){"use strict";exports.__esModule=!0;exports.registerDefaultHelpers=registerDefaultHelpers;exports.moveHelperToHooks=moveHelperToHooks;function _interopRequireDefault(obj){return obj&&obj.__esModule?obj:{default:obj}}var _helpersBlockHelperMissing=require_block_helper_missing(),_helpersBlockHelperMissing2=_interopRequireDefault(_helpersBlockHelperMissing),_helpersEach=require_each(),_helpersEach2=_interopRequireDefault(_helpersEach),_helpersHelperMissing=require_helper_missing(),_helpersHelperMissing2=_interopRequireDefault(_helpersHelperMissing),_helpersIf=require_if(),_helpersIf2=_interopRequireDefault(_helpersIf),_helpersLog=require_log(),_helpersLog2=_interopRequireDefault(_helpersLog),_helpersLookup=require_lookup(),_helpersLookup2=_interopRequireDefault(_helpersLookup),_helpersWith=require_with(),_helpersWith2=_interopRequireDefault(_helpersWith);function registerDefaultHelpers(instance){_helpersBlockHelperMissing2.default(instance),_helpersEach2.default(instance),_helpersHelperMissing2.default(instance),_helpersIf2.default(instance),_helpersLog2.default(instance),_helpersLookup2.default(instance),_helpersWith2.default(instance)}function moveHelperToHooks(instance,helperName,keepHelper){instance.helpers[helperName]&&(instance.hooks[helperName]=instance.helpers[helperName],keepHelper||(instance.helpers[helperName]=void 0))}}});var require_inline=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports,module){"use strict";exports.__esModule=!0;var _utils=require_utils();exports.default=function(instance){instance.registerDecorator("inline",function(fn,props,container,options){var ret=fn;return props.partials||(props.partials={},ret=function(context,options2){var original=container.partials;container.partials=_utils.extend({},original,props.partials);var ret2=fn(context,options2);return container.partials=original,ret2}),props.partials[options.args[0]]=options.fn,ret})};module.exports=exports.default}});var require_decorators=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports){"use strict";exports.__esModule=!0;exports.registerDefaultDecorators=registerDefaultDecorators;function _interopRequireDefault(obj){return obj&&obj.__esModule?obj:{default:obj}}var _decoratorsInline=require_inline(),_decoratorsInline2=_interopRequireDefault(_decoratorsInline);function registerDefaultDecorators(instance){_decoratorsInline2.default(instance)}}});var require_logger=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports,module){"use strict";exports.__esModule=!0;var _utils=require_utils(),logger={methodMap:["debug","info","warn","error"],level:"info",lookupLevel:function(level){if(typeof level=="string"){var levelMap=_utils.indexOf(logger.methodMap,level.toLowerCase());levelMap>=0?level=levelMap:level=parseInt(level,10)}return level},log:function(level){if(level=logger.lookupLevel(level),typeof console<"u"&&logger.lookupLevel(logger.level)<=level){var method=logger.methodMap[level];console[method]||(method="log");for(var _len=arguments.length,message=Array(_len>1?_len-1:0),_key=1;_key<_len;_key++)message[_key-1]=arguments[_key];console[method].apply(console,message)}}};exports.default=logger;module.exports=exports.default}});var require_proto_access=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports){"use strict";exports.__esModule=!0;exports.createProtoAccessControl=createProtoAccessControl;exports.resultIsAllowed=resultIsAllowed;exports.isPrototypeConstructor=isPrototypeConstructor;exports.resetLoggedProperties=resetLoggedProperties;function _interopRequireDefault(obj){return obj&&obj.__esModule?obj:{default:obj}}var _utils=require_utils(),_logger=require_logger(),_logger2=_interopRequireDefault(_logger),loggedProperties=Object.create(null);function createProtoAccessControl(runtimeOptions){var propertyWhiteList=Object.create(null);propertyWhiteList.__proto__=!1,_utils.extend(propertyWhiteList,runtimeOptions.allowedProtoProperties);var methodWhiteList=Object.create(null);return methodWhiteList.constructor=!1,methodWhiteList.__defineGetter__=!1,methodWhiteList.__defineSetter__=!1,methodWhiteList.__lookupGetter__=!1,methodWhiteList.__lookupSetter__=!1,_utils.extend(methodWhiteList,runtimeOptions.allowedProtoMethods),{properties:{whitelist:propertyWhiteList,defaultValue:runtimeOptions.allowProtoPropertiesByDefault},methods:{whitelist:methodWhiteList,defaultValue:runtimeOptions.allowProtoMethodsByDefault}}}function resultIsAllowed(result,protoAccessControl,propertyName){return checkWhiteList(typeof result=="function"?protoAccessControl.methods:protoAccessControl.properties,propertyName)}function isPrototypeConstructor(parent,propertyName,result){return propertyName==="constructor"&&typeof result=="function"&&parent===result.prototype}function checkWhiteList(protoAccessControlForType,propertyName){return protoAccessControlForType.whitelist[propertyName]!==void 0?protoAccessControlForType.whitelist[propertyName]===!0:protoAccessControlForType.defaultValue!==void 0?protoAccessControlForType.defaultValue:(logUnexpecedPropertyAccessOnce(propertyName),!1)}function logUnexpecedPropertyAccessOnce(propertyName){loggedProperties[propertyName]!==!0&&(loggedProperties[propertyName]=!0,_logger2.default.log("error",'Handlebars: Access has been denied to resolve the property "'+propertyName+`" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`))}function resetLoggedProperties(){Object.keys(loggedProperties).forEach(function(propertyName){delete loggedProperties[propertyName]})}}});var require_base=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/base.js"(exports){"use strict";exports.__esModule=!0;exports.HandlebarsEnvironment=HandlebarsEnvironment;function _interopRequireDefault(obj){return obj&&obj.__esModule?obj:{default:obj}}var _utils=require_utils(),_exception=require_exception(),_exception2=_interopRequireDefault(_exception),_helpers=require_helpers(),_decorators=require_decorators(),_logger=require_logger(),_logger2=_interopRequireDefault(_logger),_internalProtoAccess=require_proto_access(),VERSION="4.7.10";exports.VERSION=VERSION;var COMPILER_REVISION=8;exports.COMPILER_REVISION=COMPILER_REVISION;var LAST_COMPATIBLE_COMPILER_REVISION=7;exports.LAST_COMPATIBLE_COMPILER_REVISION=LAST_COMPATIBLE_COMPILER_REVISION;var REVISION_CHANGES={1:"<= 1.0.rc.2",2:"== 1.0.0-rc.3",3:"== 1.0.0-rc.4",4:"== 1.x.x",5:"== 2.0.0-alpha.x",6:">= 2.0.0-beta.1",7:">= 4.0.0 <4.3.0",8:">= 4.3.0"};exports.REVISION_CHANGES=REVISION_CHANGES;var objectType="[object Object]";function HandlebarsEnvironment(helpers2,partials,decorators){this.helpers=helpers2||{},this.partials=partials||{},this.decorators=decorators||{},_helpers.registerDefaultHelpers(this),_decorators.registerDefaultDecorators(this)}HandlebarsEnvironment.prototype={constructor:HandlebarsEnvironment,logger:_logger2.default,log:_logger2.default.log,registerHelper:function(name,fn){if(_utils.toString.call(name)===objectType){if(fn)throw new _exception2.default("Arg not supported with multiple helpers");_utils.extend(this.helpers,name)}else this.helpers[name]=fn},unregisterHelper:function(name){delete this.helpers[name]},registerPartial:function(name,partial){if(_utils.toString.call(name)===objectType)_utils.extend(this.partials,name);else{if(typeof partial>"u")throw new _exception2.default('Attempting to register a partial called "'+name+'" as undefined');this.partials[name]=partial}},unregisterPartial:function(name){delete this.partials[name]},registerDecorator:function(name,fn){if(_utils.toString.call(name)===objectType){if(fn)throw new _exception2.default("Arg not supported with multiple decorators");_utils.extend(this.decorators,name)}else this.decorators[name]=fn},unregisterDecorator:function(name){delete this.decorators[name]},resetLoggedPropertyAccesses:function(){_internalProtoAccess.resetLoggedProperties()}};var log=_logger2.default.log;exports.log=log;exports.createFrame=_utils.createFrame;exports.logger=_logger2.default}});var require_safe_string=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports,module){"use strict";exports.__esModule=!0;function SafeString(string){this.string=string}SafeString.prototype.toString=SafeString.prototype.toHTML=function(){return""+this.string};exports.default=SafeString;module.exports=exports.default}});var require_wrapHelper=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports){"use strict";exports.__esModule=!0;exports.wrapHelper=wrapHelper;function wrapHelper(helper,transformOptionsFn){if(typeof helper!="function")return helper;var wrapper=function(){var options=arguments[arguments.length-1];return arguments[arguments.length-1]=transformOptionsFn(options),helper.apply(this,arguments)};return wrapper}}});var require_runtime=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports){"use strict";exports.__esModule=!0;exports.checkRevision=checkRevision;exports.template=template;exports.wrapProgram=wrapProgram;exports.resolvePartial=resolvePartial;exports.invokePartial=invokePartial;exports.noop=noop;function _interopRequireDefault(obj){return obj&&obj.__esModule?obj:{default:obj}}function _interopRequireWildcard(obj){if(obj&&obj.__esModule)return obj;var newObj={};if(obj!=null)for(var key in obj)Object.prototype.hasOwnProperty.call(obj,key)&&(newObj[key]=obj[key]);return newObj.default=obj,newObj}var _utils=require_utils(),Utils=_interopRequireWildcard(_utils),_exception=require_exception(),_exception2=_interopRequireDefault(_exception),_base=require_base(),_helpers=require_helpers(),_internalWrapHelper=require_wrapHelper(),_internalProtoAccess=require_proto_access();function checkRevision(compilerInfo){var compilerRevision=compilerInfo&&compilerInfo[0]||1,currentRevision=_base.COMPILER_REVISION;if(!(compilerRevision>=_base.LAST_COMPATIBLE_COMPILER_REVISION&&compilerRevision<=_base.COMPILER_REVISION))if(compilerRevision<_base.LAST_COMPATIBLE_COMPILER_REVISION){var runtimeVersions=_base.REVISION_CHANGES[currentRevision],compilerVersions=_base.REVISION_CHANGES[compilerRevision];throw new _exception2.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version ("+runtimeVersions+") or downgrade your runtime to an older version ("+compilerVersions+").")}else throw new _exception2.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version ("+compilerInfo[1]+").")}function template(templateSpec,env){if(!env)throw new _exception2.default("No environment passed to template");if(!templateSpec||!templateSpec.main)throw new _exception2.default("Unknown template object: "+typeof templateSpec);templateSpec.main.decorator=templateSpec.main_d,env.VM.checkRevision(templateSpec.compiler);var templateWasPrecompiledWithCompilerV7=templateSpec.compiler&&templateSpec.compiler[0]===7;function invokePartialWrapper(partial,context,options){options.hash&&(context=Utils.extend({},context,options.hash),options.ids&&(options.ids[0]=!0)),partial=env.VM.resolvePartial.call(this,partial,context,options),options.hooks=this.hooks,options.protoAccessControl=this.protoAccessControl;var result=env.VM.invokePartial.call(this,partial,context,options);if(result==null&&Utils.isFunction(partial))throw new _exception2.default("The partial "+options.name+" returned no output: partials must return a string");if(result==null&&env.compile){if(typeof partial!="string")throw new _exception2.default("The partial "+options.name+" could not be compiled: partials must be strings or functions returning strings");options.partials[options.name]=env.compile(partial,templateSpec.compilerOptions,env),result=options.partials[options.name](context,options)}if(result!=null){if(options.indent){for(var lines=result.split(`
`),i=0,l=lines.length;i<l&&!(!lines[i]&&i+1===l);i++)lines[i]=options.indent+lines[i];result=lines.join(`
`)}return result}else throw new _exception2.default("The partial "+options.name+" could not be compiled when running in runtime-only mode")}var container={strict:function(obj,name,loc){if(!obj||!(name in obj))throw new _exception2.default('"'+name+'" not defined in '+obj,{loc});return container.lookupProperty(obj,name)},lookupProperty:function(parent,propertyName){var result=parent[propertyName];if(result==null||Object.prototype.hasOwnProperty.call(parent,propertyName)&&!_internalProtoAccess.isPrototypeConstructor(parent,propertyName,result)||_internalProtoAccess.resultIsAllowed(result,container.protoAccessControl,propertyName))return result},lookup:function(depths,name){for(var len=depths.length,i=0;i<len;i++){var result=depths[i]&&container.lookupProperty(depths[i],name);if(result!=null)return result}},lambda:function(current,context){return typeof current=="function"?current.call(context):current},escapeExpression:Utils.escapeExpression,invokePartial:invokePartialWrapper,fn:function(i){var ret2=templateSpec[i];return ret2.decorator=templateSpec[i+"_d"],ret2},programs:[],program:function(i,data,declaredBlockParams,blockParams,depths){var programWrapper=this.programs[i],fn=this.fn(i);return data||depths||blockParams||declaredBlockParams?programWrapper=wrapProgram(this,i,fn,data,declaredBlockParams,blockParams,depths):programWrapper||(programWrapper=this.programs[i]=wrapProgram(this,i,fn)),programWrapper},data:function(value,depth){for(;value&&depth--;)value=value._parent;return value},mergeIfNeeded:function(param,common){var obj=param||common;return param&&common&&param!==common&&(obj=Utils.extend({},common,param)),obj},nullContext:Object.seal({}),noop:env.VM.noop,compilerInfo:templateSpec.compiler};function ret(context){var options=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],data=options.data;ret._setup(options),!options.partial&&templateSpec.useData&&(data=initData(context,data));var depths=void 0,blockParams=templateSpec.useBlockParams?[]:void 0;templateSpec.useDepths&&(options.depths?depths=context!=options.depths[0]?[context].concat(options.depths):options.depths:depths=[context]);function main(context2){return""+templateSpec.main(container,context2,container.helpers,container.partials,data,blockParams,depths)}return main=executeDecorators(templateSpec.main,main,container,options.depths||[],data,blockParams),main(context,options)}return ret.isTop=!0,ret._setup=function(options){if(options.partial)container.protoAccessControl=options.protoAccessControl,container.helpers=options.helpers,container.partials=options.partials,container.decorators=options.decorators,container.hooks=options.hooks;else{var mergedHelpers={};addHelpers(mergedHelpers,env.helpers,container),addHelpers(mergedHelpers,options.helpers,container),container.helpers=mergedHelpers,templateSpec.usePartial&&(container.partials=container.mergeIfNeeded(options.partials,env.partials)),(templateSpec.usePartial||templateSpec.useDecorators)&&(container.decorators=Utils.extend({},env.decorators,options.decorators)),container.hooks={},container.protoAccessControl=_internalProtoAccess.createProtoAccessControl(options);var keepHelperInHelpers=options.allowCallsToHelperMissing||templateWasPrecompiledWithCompilerV7;_helpers.moveHelperToHooks(container,"helperMissing",keepHelperInHelpers),_helpers.moveHelperToHooks(container,"blockHelperMissing",keepHelperInHelpers)}},ret._child=function(i,data,blockParams,depths){if(templateSpec.useBlockParams&&!blockParams)throw new _exception2.default("must pass block params");if(templateSpec.useDepths&&!depths)throw new _exception2.default("must pass parent depths");return wrapProgram(container,i,templateSpec[i],data,0,blockParams,depths)},ret}function wrapProgram(container,i,fn,data,declaredBlockParams,blockParams,depths){function prog(context){var options=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],currentDepths=depths;return depths&&context!=depths[0]&&!(context===container.nullContext&&depths[0]===null)&&(currentDepths=[context].concat(depths)),fn(container,context,container.helpers,container.partials,options.data||data,blockParams&&[options.blockParams].concat(blockParams),currentDepths)}return prog=executeDecorators(fn,prog,container,depths,data,blockParams),prog.program=i,prog.depth=depths?depths.length:0,prog.blockParams=declaredBlockParams||0,prog}function resolvePartial(partial,context,options){return partial?typeof partial!="function"&&!options.name&&(options.name=partial,partial=lookupOwnProperty(options.partials,partial)):options.name==="@partial-block"?partial=lookupOwnProperty(options.data,"partial-block"):partial=lookupOwnProperty(options.partials,options.name),partial}function invokePartial(partial,context,options){var currentPartialBlock=lookupOwnProperty(options.data,"partial-block");options.partial=!0,options.ids&&(options.data.contextPath=options.ids[0]||options.data.contextPath);var partialBlock=void 0;if(options.fn&&options.fn!==noop&&(function(){options.data=_base.createFrame(options.data);var fn=options.fn;partialBlock=options.data["partial-block"]=function(context2){var options2=arguments.length<=1||arguments[1]===void 0?{}:arguments[1];return options2.data=_base.createFrame(options2.data),options2.data["partial-block"]=currentPartialBlock,fn(context2,options2)},fn.partials&&(options.partials=Utils.extend({},options.partials,fn.partials))})(),partial===void 0&&partialBlock&&(partial=partialBlock),partial===void 0)throw new _exception2.default("The partial "+options.name+" could not be found");if(partial instanceof Function)return partial(context,options)}function noop(){return""}function lookupOwnProperty(obj,name){if(obj&&Object.prototype.hasOwnProperty.call(obj,name))return obj[name]}function initData(context,data){return(!data||!("root"in data))&&(data=data?_base.createFrame(data):{},data.root=context),data}function executeDecorators(fn,prog,container,depths,data,blockParams){if(fn.decorator){var props={};prog=fn.decorator(prog,props,container,depths&&depths[0],data,blockParams,depths),Utils.extend(prog,props)}return prog}function addHelpers(mergedHelpers,helpers2,container){helpers2&&Object.keys(helpers2).forEach(function(helperName){var helper=helpers2[helperName];mergedHelpers[helperName]=passLookupPropertyOption(helper,container)})}function passLookupPropertyOption(helper,container){var lookupProperty=container.lookupProperty;return _internalWrapHelper.wrapHelper(helper,function(options){return options.lookupProperty=lookupProperty,options})}}});var require_no_conflict=__commonJS({"node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports,module){"use strict";exports.__esModule=!0;exports.default=function(Handlebars){(function(){typeof globalThis!="object"&&(Object.prototype.__defineGetter__("__magic__",function(){return this}),__magic__.globalThis=__magic__,delete Object.prototype.__magic__)})();var $Handlebars=globalThis.Handlebars;Handlebars.noConflict=function(){return globalThis.Handlebars===Handlebars&&(globalThis.Handlebars=$Handlebars),Handlebars}};module.exports=exports.default}});var require_handlebars_runtime=__commonJS({"node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports,module){"use strict";exports.__esModule=!0;function _interopRequireDefault(obj){return obj&&obj.__esModule?obj:{default:obj}}function _interopRequireWildcard(obj){if(obj&&obj.__esModule)return obj;var newObj={};if(obj!=null)for(var key in obj)Object.prototype.hasOwnProperty.call(obj,key)&&(newObj[key]=obj[key]);return newObj.default=obj,newObj}var _handlebarsBase=require_base(),base=_interopRequireWildcard(_handlebarsBase),_handlebarsSafeString=require_safe_string(),_handlebarsSafeString2=_interopRequireDefault(_handlebarsSafeString),_handlebarsException=require_exception(),_handlebarsException2=_interopRequireDefault(_handlebarsException),_handlebarsUtils=require_utils(),Utils=_interopRequireWildcard(_handlebarsUtils),_handlebarsRuntime=require_runtime(),runtime2=_interopRequireWildcard(_handlebarsRuntime),_handlebarsNoConflict=require_no_conflict(),_handlebarsNoConflict2=_interopRequireDefault(_handlebarsNoConflict);function create(){var hb=new base.HandlebarsEnvironment;return Utils.extend(hb,base),hb.SafeString=_handlebarsSafeString2.default,hb.Exception=_handlebarsException2.default,hb.Utils=Utils,hb.escapeExpression=Utils.escapeExpression,hb.VM=runtime2,hb.template=function(spec){return runtime2.template(spec,hb)},hb}var inst=create();inst.create=create;_handlebarsNoConflict2.default(inst);inst.default=inst;exports.default=inst;module.exports=exports.default}});var convert,remember=!0;function rememberConverted(on){remember=on}async function loadMarkdownHtml(){convert??=(await import("./markdown-sanitize-EIORJYMX.js")).sanitizedHtml}function markdownToHtml(markdown,options={}){if(!convert)throw new Error("markdownToHtml: call loadMarkdownHtml() before rendering HTML");return convert(markdown,options.headingOffset??0,remember)}var import_handlebars_runtime=__toESM(require_handlebars_runtime(),1);var URL_NOISE=/[\u0000-\u0020\u007F-\u009F]/g,SAFE_SCHEMES=new Set(["http","https","mailto"]);function safeUrl(raw){let url=raw.replace(URL_NOISE,""),scheme=/^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);if(!(scheme&&!SAFE_SCHEMES.has(scheme[1].toLowerCase())))return url}function split(name,args,lenient=!1){let options=args[args.length-1],params=args.slice(0,-1);return lenient||params.forEach((p,i)=>{if(p===void 0){let loc=options.loc?.start;throw new Error(`helper "${name}": argument ${i+1} is not in the context (wrap optional fields in {{#if}})${loc?` - ${loc.line}:${loc.column}`:""}`)}}),{params,options}}var pad=n=>String(n).padStart(2,"0");function instant(value){return typeof value=="number"&&Number.isFinite(value)?value:typeof value=="string"?parseInstant(value):void 0}var isDigitAt=(s,i)=>s.charCodeAt(i)>=48&&s.charCodeAt(i)<=57,isOffset=s=>s.length===6&&(s[0]==="+"||s[0]==="-")&&isDigitAt(s,1)&&isDigitAt(s,2)&&s[3]===":"&&isDigitAt(s,4)&&isDigitAt(s,5);function zoneLabel(ms,zone){let iso=formatInZone(ms,zone),tail=iso.slice(-6),offset=iso.endsWith("Z")?"Z":isOffset(tail)?tail:/(Z|[+-]\d{2}:\d{2})$/.exec(iso)[1];return offset==="Z"||offset==="+00:00"?"UTC":`UTC${offset}`}function helpers(format,SafeString){let html=format==="html",out=s=>html?new SafeString(escapeHtml(s)):inlineMarkdown(s),raw=s=>html?new SafeString(s):s,zoneOf=(params,options,at)=>{let given=params[at];if(typeof given=="string"&&given)return given;let root=options.data?.root;return typeof root?.timezone=="string"?root.timezone:"UTC"},timeHelper=(name,format2)=>(...args)=>{let{params,options}=split(name,args),value=params[0];if(value===null||value==="")return"";let ms=instant(value);return ms===void 0?out(text(value)):raw(format2(ms,zoneOf(params,options,1),options))},clock=(ms,zone,seconds)=>{let p=localParts(ms,zone);return`${pad(p.hour)}:${pad(p.minute)}${seconds?`:${pad(p.second)}`:""}`},dateOf=(ms,zone)=>formatInZone(ms,zone).slice(0,10),withSeconds=options=>options.hash?.seconds===!0,table=(head,rows)=>html?`<table>
<thead><tr>${head.map(h=>`<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>
<tbody>
${rows.map(r=>`<tr>${r.map(c=>`<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join(`
`)}
</tbody>
</table>`:[head,...rows].map(r=>`| ${r.map(c=>tableCell(c)).join(" | ")} |`).toSpliced(1,0,`|${head.map(()=>"---").join("|")}|`).join(`
`);return{inline:(...args)=>out(oneLine(split("inline",args).params[0])),cell:(...args)=>out(oneLine(split("cell",args).params[0])),code(...args){let{params}=split("code",args),lang=typeof params[1]=="string"?params[1]:"";return html?new SafeString(`<pre><code>${escapeHtml(params[0])}</code></pre>`):codeBlock(params[0],lang)},codespan(...args){let value=split("codespan",args).params[0];return html?new SafeString(`<code>${escapeHtml(oneLine(value))}</code>`):codeSpan(value)},html:(...args)=>raw(escapeHtml(split("html",args).params[0])),markdown(...args){let{params,options}=split("markdown",args),headingOffset=typeof options.hash?.offset=="number"?options.hash.offset:0,source=text(params[0]);return html?new SafeString(markdownToHtml(source,{headingOffset})):safeMarkdown(source,{headingOffset})},date:timeHelper("date",(ms,zone)=>dateOf(ms,zone)),time:timeHelper("time",(ms,zone,options)=>clock(ms,zone,withSeconds(options))),datetime:timeHelper("datetime",(ms,zone,options)=>`${dateOf(ms,zone)} ${clock(ms,zone,withSeconds(options))} ${zoneLabel(ms,zone)}`),iso:timeHelper("iso",(ms,zone)=>formatInZone(ms,zone)),duration(...args){let{params,options}=split("duration",args),ms=params.length>=2?diff(params[0],params[1]):typeof params[0]=="number"?params[0]:void 0;if(ms===void 0)return"";let approx=options.hash?.approx===!0;return raw(options.hash?.long===!0?formatDurationProse(ms,approx):formatDuration(ms,approx))},metrics_table(...args){let list=split("metrics_table",args).params[0],rows=(Array.isArray(list)?list:[]).map(m=>[text(m.label),typeof m.ms=="number"?formatDuration(m.ms,m.approx===!0):"",text(m.from),text(m.to)]);return rows.length?raw(table(["Metric","Duration","From","To"],rows)):""},join(...args){let{params}=split("join",args),list=Array.isArray(params[0])?params[0]:params[0]===null?[]:[params[0]],sep=typeof params[1]=="string"?params[1]:", ";return out(list.map(oneLine).join(sep))},safeurl(...args){let url=safeUrl(oneLine(split("safeurl",args).params[0]))??"#";return html?new SafeString(escapeHtml(url)):url.replace(/[()<> ]/g,c=>`%${c.charCodeAt(0).toString(16).toUpperCase()}`)},mention(...args){let login=oneLine(split("mention",args).params[0]).replace(/[^A-Za-z0-9-]/g,"");return login?raw(`@${login}`):""},humanize(...args){let s=oneLine(split("humanize",args).params[0]).replace(/[_-]+/g," ");return out(s.charAt(0).toUpperCase()+s.slice(1))},eq:(...args)=>{let{params}=split("eq",args,!0);return params[0]===params[1]},ne:(...args)=>{let{params}=split("ne",args,!0);return params[0]!==params[1]},and:(...args)=>split("and",args,!0).params.every(Boolean),or:(...args)=>split("or",args,!0).params.some(Boolean),not:(...args)=>!split("not",args,!0).params[0],default(...args){let{params}=split("default",args,!0);return params[0]===void 0||params[0]===null||params[0]===""?params[1]:params[0]},length:(...args)=>{let v=split("length",args,!0).params[0];return Array.isArray(v)?v.length:0},log:()=>""}}function diff(from,to){let a=instant(from),b=instant(to);return a===void 0||b===void 0?void 0:b-a}var sourceLocation=(startLine,startColumn,endLine,endColumn)=>({start:{line:startLine,column:startColumn},end:{line:endLine,column:endColumn}}),helperOptions=(name,data,loc)=>({name,hash:{},data,loc}),blockHelperOptions=(name,fn,inverse,data,loc)=>({name,hash:{},fn,inverse,data,loc}),strictLocations=[],strictLocation=(k,startLine,startColumn,endLine,endColumn)=>strictLocations[k]??=sourceLocation(startLine,startColumn,endLine,endColumn),runProgram=(container,spec,n,context,data)=>n<0?"":spec[n](container,context,container.helpers,container.partials,data),ifBlock=(container,spec,context,value,fn,inverse,data)=>(typeof value=="function"&&(value=value.call(context)),runProgram(container,spec,!value||Array.isArray(value)&&value.length===0?inverse:fn,context,data)),eachBlock=(container,helpers2,spec,context,value,fn,inverse,data,loc)=>{if(!Array.isArray(value))return helpers2.each.call(context,value,blockHelperOptions("each",container.program(fn,data,0),inverse<0?container.noop:container.program(inverse,data,0),data,loc));let frame;if(data){frame={};for(let key in data)Object.prototype.hasOwnProperty.call(data,key)&&(frame[key]=data[key]);frame._parent=data}let n=value.length;if(n===0)return runProgram(container,spec,inverse,context,data);let program=spec[fn],out="";for(let i=0;i<n;i++)i in value&&(frame&&(frame.key=i,frame.index=i,frame.first=i===0,frame.last=i===value.length-1),out=out+program(container,value[i],container.helpers,container.partials,frame||data));return out},spec0={compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){return`<p class="drill"><strong>DRILL</strong>: this is a practice incident, not a real one.</p>
`},useData:!0},spec1={compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){return`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
`},useData:!0},spec2={0:function(container,depth0,helpers2,partials,data){var alias1=depth0??(container.nullContext||{}),alias2=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<dt>Started</dt><dd><time datetime="'+alias2(lookupProperty(helpers2,"iso").call(alias1,lookupProperty(depth0,"started"),helperOptions("iso",data,sourceLocation(3,36,3,51))))+'">'+alias2(lookupProperty(helpers2,"datetime").call(alias1,lookupProperty(depth0,"started"),helperOptions("datetime",data,sourceLocation(3,53,3,73))))+`</time></dd>
`},1:function(container,depth0,helpers2,partials,data){var alias1=depth0??(container.nullContext||{}),alias2=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<dt>Ended</dt><dd><time datetime="'+alias2(lookupProperty(helpers2,"iso").call(alias1,lookupProperty(depth0,"ended"),helperOptions("iso",data,sourceLocation(6,34,6,47))))+'">'+alias2(lookupProperty(helpers2,"datetime").call(alias1,lookupProperty(depth0,"ended"),helperOptions("datetime",data,sourceLocation(6,49,6,67))))+`</time></dd>
`},2:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec2,depth0??(container.nullContext||{}),lookupProperty(depth0,"ongoing"),3,-1,data))!=null?stack1:""},3:function(container,depth0,helpers2,partials,data){return`<dt>Ended</dt><dd>not yet (ongoing)</dd>
`},4:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"<dt>Duration</dt><dd>"+container.escapeExpression(lookupProperty(helpers2,"duration").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"duration_ms"),{name:"duration",hash:{approx:lookupProperty(depth0,"duration_approx"),long:!0},data,loc:sourceLocation(11,21,11,78)}))+`</dd>
`},5:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"<dt>Affected services</dt><dd>"+container.escapeExpression(lookupProperty(helpers2,"join").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"services"),helperOptions("join",data,sourceLocation(14,30,14,47))))+`</dd>
`},6:function(container,depth0,helpers2,partials,data){return"<dt>Severity</dt><dd>"+container.escapeExpression(container.lambda(container.strict(depth0,"severity",strictLocation(0,17,23,17,31)),depth0))+`</dd>
`},7:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=ifBlock(container,spec2,depth0??(container.nullContext||{}),lookupProperty(depth0,"status"),8,-1,data))!=null?stack1:"")+"<dt>Time zone</dt><dd>"+container.escapeExpression(container.lambda(container.strict(depth0,"timezone",strictLocation(1,23,24,23,32)),depth0))+`</dd>
`},8:function(container,depth0,helpers2,partials,data){return"<dt>Status</dt><dd>"+container.escapeExpression(container.lambda(container.strict(depth0,"status",strictLocation(2,21,21,21,27)),depth0))+`</dd>
`},compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<dl class="facts">
`+((stack1=ifBlock(container,spec2,alias1,lookupProperty(depth0,"started"),0,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec2,alias1,lookupProperty(depth0,"ended"),1,2,data))!=null?stack1:"")+((stack1=ifBlock(container,spec2,alias1,lookupProperty(depth0,"duration_ms"),4,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec2,alias1,lookupProperty(depth0,"services"),5,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec2,alias1,lookupProperty(depth0,"severity"),6,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec2,alias1,lookupProperty(depth0,"internal"),7,-1,data))!=null?stack1:"")+`</dl>
`},useData:!0},spec3={0:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Started:** "+((stack1=lookupProperty(helpers2,"datetime").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"started"),helperOptions("datetime",data,sourceLocation(2,15,2,35))))!=null?stack1:"")+`
`},1:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Ended:** "+((stack1=lookupProperty(helpers2,"datetime").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"ended"),helperOptions("datetime",data,sourceLocation(5,13,5,31))))!=null?stack1:"")+`
`},2:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec3,depth0??(container.nullContext||{}),lookupProperty(depth0,"ongoing"),3,-1,data))!=null?stack1:""},3:function(container,depth0,helpers2,partials,data){return`- **Ended:** not yet (ongoing)
`},4:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Duration:** "+((stack1=lookupProperty(helpers2,"duration").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"duration_ms"),{name:"duration",hash:{approx:lookupProperty(depth0,"duration_approx"),long:!0},data,loc:sourceLocation(10,16,10,73)}))!=null?stack1:"")+`
`},5:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Affected services:** "+((stack1=lookupProperty(helpers2,"join").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"services"),helperOptions("join",data,sourceLocation(13,25,13,42))))!=null?stack1:"")+`
`},6:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Severity:** "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"severity"),helperOptions("inline",data,sourceLocation(16,16,16,35))))!=null?stack1:"")+`
`},7:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=ifBlock(container,spec3,alias1,lookupProperty(depth0,"status"),8,-1,data))!=null?stack1:"")+"- **Time zone:** "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"timezone"),helperOptions("inline",data,sourceLocation(22,17,22,36))))!=null?stack1:"")+`
`+((stack1=lookupProperty(helpers2,"with").call(alias1,lookupProperty(depth0,"postmortem"),blockHelperOptions("with",container.program(9,data,0),container.noop,data,sourceLocation(23,0,27,9))))!=null?stack1:"")+"- **File:** "+((stack1=lookupProperty(helpers2,"codespan").call(alias1,lookupProperty(depth0,"file"),helperOptions("codespan",data,sourceLocation(28,12,28,29))))!=null?stack1:"")+`
`},8:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Status:** "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"status"),helperOptions("inline",data,sourceLocation(20,14,20,31))))!=null?stack1:"")+`
`},9:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec3,depth0??(container.nullContext||{}),lookupProperty(depth0,"status"),10,-1,data))!=null?stack1:""},10:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Post-mortem:** "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"status"),helperOptions("inline",data,sourceLocation(25,19,25,36))))!=null?stack1:"")+((stack1=ifBlock(container,spec3,alias1,lookupProperty(depth0,"owner"),11,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec3,alias1,lookupProperty(depth0,"due"),12,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec3,alias1,lookupProperty(depth0,"meeting"),13,-1,data))!=null?stack1:"")+`
`},11:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return", owner "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"owner"),helperOptions("inline",data,sourceLocation(25,57,25,73))))!=null?stack1:"")},12:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return", due "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"due"),helperOptions("inline",data,sourceLocation(25,97,25,111))))!=null?stack1:"")},13:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return", meeting "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"meeting"),helperOptions("inline",data,sourceLocation(25,143,25,161))))!=null?stack1:"")},compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=ifBlock(container,spec3,alias1,lookupProperty(depth0,"started"),0,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec3,alias1,lookupProperty(depth0,"ended"),1,2,data))!=null?stack1:"")+((stack1=ifBlock(container,spec3,alias1,lookupProperty(depth0,"duration_ms"),4,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec3,alias1,lookupProperty(depth0,"services"),5,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec3,alias1,lookupProperty(depth0,"severity"),6,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec3,alias1,lookupProperty(depth0,"internal"),7,-1,data))!=null?stack1:"")},useData:!0},spec4={0:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec4,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"site"),"colors"),1,-1,data))!=null?stack1:""},1:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"@media not (prefers-color-scheme: dark) { :root { "+container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"site"),"colors",strictLocation(3,14,83,14,94)),depth0))+` } }
`},compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<meta charset="utf-8">
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
`+((stack1=ifBlock(container,spec4,depth0??(container.nullContext||{}),lookupProperty(depth0,"site"),0,-1,data))!=null?stack1:"")+`
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
`},useData:!0},spec5={0:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return": "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"item"),"title"),helperOptions("inline",data,sourceLocation(2,40,2,61))))!=null?stack1:"")},1:function(container,depth0,helpers2,partials,data){return`> **DRILL**: this action item comes from a practice incident.

`},2:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Incident:** ["+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"title"),helperOptions("inline",data,sourceLocation(9,17,9,42))))!=null?stack1:"")+"]("+((stack1=lookupProperty(helpers2,"safeurl").call(alias1,lookupProperty(depth0,"url"),helperOptions("safeurl",data,sourceLocation(9,44,9,59))))!=null?stack1:"")+`)
`},3:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Incident:** "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"incident"),"title"),helperOptions("inline",data,sourceLocation(11,16,11,41))))!=null?stack1:"")+`
`},4:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Type:** "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"item"),"type"),helperOptions("inline",data,sourceLocation(15,12,15,32))))!=null?stack1:"")+`
`},5:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Owner:** "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"item"),"owner"),helperOptions("inline",data,sourceLocation(18,13,18,34))))!=null?stack1:"")+`
`},6:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Due:** "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"item"),"due"),helperOptions("inline",data,sourceLocation(21,11,21,30))))!=null?stack1:"")+`
`},7:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Status:** "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(lookupProperty(depth0,"item"),"status"),helperOptions("inline",data,sourceLocation(24,14,24,36))))!=null?stack1:"")+((stack1=ifBlock(container,spec5,alias1,lookupProperty(lookupProperty(depth0,"item"),"reason"),8,-1,data))!=null?stack1:"")+`
`},8:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return" ("+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"item"),"reason"),helperOptions("inline",data,sourceLocation(24,57,24,79))))!=null?stack1:"")+")"},9:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **Incident severity:** "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"incident"),"severity"),helperOptions("inline",data,sourceLocation(27,25,27,53))))!=null?stack1:"")+`
`},compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"# "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(lookupProperty(depth0,"item"),"id"),helperOptions("inline",data,sourceLocation(2,2,2,20))))!=null?stack1:"")+((stack1=ifBlock(container,spec5,alias1,lookupProperty(lookupProperty(depth0,"item"),"title"),0,-1,data))!=null?stack1:"")+`

`+((stack1=ifBlock(container,spec5,alias1,lookupProperty(helpers2,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"incident"),"kind"),"drill",helperOptions("eq",data,sourceLocation(4,6,4,32))),1,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec5,alias1,lookupProperty(depth0,"url"),2,3,data))!=null?stack1:"")+"- **File:** "+((stack1=lookupProperty(helpers2,"codespan").call(alias1,lookupProperty(depth0,"file"),helperOptions("codespan",data,sourceLocation(13,12,13,29))))!=null?stack1:"")+`
`+((stack1=ifBlock(container,spec5,alias1,lookupProperty(lookupProperty(depth0,"item"),"type"),4,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec5,alias1,lookupProperty(lookupProperty(depth0,"item"),"owner"),5,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec5,alias1,lookupProperty(lookupProperty(depth0,"item"),"due"),6,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec5,alias1,lookupProperty(lookupProperty(depth0,"item"),"status"),7,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec5,alias1,lookupProperty(lookupProperty(depth0,"incident"),"severity"),9,-1,data))!=null?stack1:"")+`
Closing or reopening this issue updates the action item in the file.
`},useData:!0},spec6={0:function(container,depth0,helpers2,partials,data){return"[DRILL] "},1:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=container.invokePartial(lookupProperty(partials,"drill"),depth0,{name:"drill",data,helpers:helpers2,partials,decorators:container.decorators}))!=null?stack1:"")+`
`},2:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"severity"),helperOptions("inline",data,sourceLocation(12,16,12,35))))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"status"),3,-1,data))!=null?stack1:"")+", a"},3:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return", "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"status"),helperOptions("inline",data,sourceLocation(12,51,12,68))))!=null?stack1:"")},4:function(container,depth0,helpers2,partials,data){return"A"},5:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return", what is new since "+((stack1=lookupProperty(helpers2,"time").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"since"),helperOptions("time",data,sourceLocation(12,141,12,155))))!=null?stack1:"")},6:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=lookupProperty(helpers2,"duration").call(alias1,lookupProperty(depth0,"elapsed_ms"),{name:"duration",hash:{approx:lookupProperty(depth0,"elapsed_approx")},data,loc:sourceLocation(14,0,14,45)}))!=null?stack1:"")+" since "+((stack1=container.lambda(container.strict(depth0,"elapsed_from",strictLocation(4,14,54,14,66)),depth0))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"started"),7,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"ongoing"),-1,8,data))!=null?stack1:"")+`.
`},7:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return" ("+((stack1=lookupProperty(helpers2,"time").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"started"),helperOptions("time",data,sourceLocation(14,85,14,101))))!=null?stack1:"")+")"},8:function(container,depth0,helpers2,partials,data){return"; impact has ended"},9:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return". "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"symptoms"),"summary"),helperOptions("inline",data,sourceLocation(17,65,17,92))))!=null?stack1:"")},10:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`
First seen `+((stack1=lookupProperty(helpers2,"time").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"symptoms"),"first"),"at"),helperOptions("time",data,sourceLocation(20,11,20,37))))!=null?stack1:"")+": "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"symptoms"),"first"),"text"),helperOptions("inline",data,sourceLocation(20,39,20,69))))!=null?stack1:"")+`
`},11:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"**Observed directly:** yes, "+((stack1=lookupProperty(helpers2,"time").call(alias1,lookupProperty(lookupProperty(depth0,"observed"),"at"),helperOptions("time",data,sourceLocation(24,28,24,48))))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(lookupProperty(depth0,"observed"),"by"),12,-1,data))!=null?stack1:"")+": "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(lookupProperty(depth0,"observed"),"text"),helperOptions("inline",data,sourceLocation(24,99,24,123))))!=null?stack1:"")+`
`},12:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return" "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"observed"),"by"),helperOptions("inline",data,sourceLocation(24,68,24,90))))!=null?stack1:"")},13:function(container,depth0,helpers2,partials,data){return`**Observed directly:** not yet: no finding or evidence recorded. Can we see it ourselves?
`},14:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`
**Data so far:**
`+((stack1=eachBlock(container,helpers2,spec6,depth0??(container.nullContext||{}),lookupProperty(depth0,"data"),15,-1,data,sourceLocation(31,0,33,9)))!=null?stack1:"")},15:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- "+((stack1=lookupProperty(helpers2,"time").call(alias1,lookupProperty(depth0,"at"),helperOptions("time",data,sourceLocation(32,2,32,13))))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"by"),16,-1,data))!=null?stack1:"")+": "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"text"),helperOptions("inline",data,sourceLocation(32,46,32,61))))!=null?stack1:"")+`
`},16:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return" "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"by"),helperOptions("inline",data,sourceLocation(32,24,32,37))))!=null?stack1:"")},17:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`
**Evidence saved:**
`+((stack1=eachBlock(container,helpers2,spec6,depth0??(container.nullContext||{}),lookupProperty(depth0,"evidence"),18,-1,data,sourceLocation(38,0,40,9)))!=null?stack1:"")},18:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- "+((stack1=lookupProperty(helpers2,"codespan").call(alias1,lookupProperty(depth0,"file"),helperOptions("codespan",data,sourceLocation(39,2,39,19))))!=null?stack1:"")+" ("+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"size"),helperOptions("inline",data,sourceLocation(39,21,39,36))))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"by"),19,-1,data))!=null?stack1:"")+")"+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"what"),20,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"note"),21,-1,data))!=null?stack1:"")+`
`},19:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return", "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"by"),helperOptions("inline",data,sourceLocation(39,48,39,61))))!=null?stack1:"")},20:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return": "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"what"),helperOptions("inline",data,sourceLocation(39,83,39,98))))!=null?stack1:"")},21:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return". "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"note"),helperOptions("inline",data,sourceLocation(39,119,39,134))))!=null?stack1:"")},22:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- #"+((stack1=container.lambda(container.strict(depth0,"number",strictLocation(5,45,5,45,11)),depth0))!=null?stack1:"")+" "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"question"),helperOptions("inline",data,sourceLocation(45,14,45,33))))!=null?stack1:"")+" ("+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"owner"),helperOptions("inline",data,sourceLocation(45,35,45,51))))!=null?stack1:"")+")"+((stack1=eachBlock(container,helpers2,spec6,alias1,lookupProperty(depth0,"updates"),23,-1,data,sourceLocation(45,52,46,72)))!=null?stack1:"")+`
`},23:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`
  - `+((stack1=lookupProperty(helpers2,"time").call(alias1,lookupProperty(depth0,"at"),helperOptions("time",data,sourceLocation(46,4,46,15))))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"by"),16,-1,data))!=null?stack1:"")+": "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"text"),helperOptions("inline",data,sourceLocation(46,48,46,63))))!=null?stack1:"")},24:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- none"+((stack1=ifBlock(container,spec6,depth0??(container.nullContext||{}),lookupProperty(depth0,"since"),25,-1,data))!=null?stack1:"")+`
`},25:function(container,depth0,helpers2,partials,data){return" new"},26:function(container,depth0,helpers2,partials,data){var stack1;return"- and "+((stack1=container.lambda(container.strict(depth0,"unchanged_threads",strictLocation(6,51,8,51,25)),depth0))!=null?stack1:"")+` more with nothing new
`},27:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`
**Interesting, not being investigated:**
`+((stack1=eachBlock(container,helpers2,spec6,depth0??(container.nullContext||{}),lookupProperty(depth0,"unowned"),28,-1,data,sourceLocation(56,0,58,9)))!=null?stack1:"")},28:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- #"+((stack1=container.lambda(container.strict(depth0,"number",strictLocation(7,57,5,57,11)),depth0))!=null?stack1:"")+" "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"question"),helperOptions("inline",data,sourceLocation(57,14,57,33))))!=null?stack1:"")+`
`},29:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`
**Answered:**
`+((stack1=eachBlock(container,helpers2,spec6,depth0??(container.nullContext||{}),lookupProperty(depth0,"answered"),30,-1,data,sourceLocation(63,0,65,9)))!=null?stack1:"")},30:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- #"+((stack1=container.lambda(container.strict(depth0,"number",strictLocation(8,64,5,64,11)),depth0))!=null?stack1:"")+" "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"question"),helperOptions("inline",data,sourceLocation(64,14,64,33))))!=null?stack1:"")+" \u2192 "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"answer"),helperOptions("inline",data,sourceLocation(64,36,64,53))))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"owner"),31,-1,data))!=null?stack1:"")+`
`},31:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return" ("+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"owner"),helperOptions("inline",data,sourceLocation(64,68,64,84))))!=null?stack1:"")+")"},32:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`
**Roles:** `+((stack1=eachBlock(container,helpers2,spec6,depth0??(container.nullContext||{}),lookupProperty(depth0,"roles"),33,-1,data,sourceLocation(69,11,69,96)))!=null?stack1:"")+`
`},33:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"label"),helperOptions("inline",data,sourceLocation(69,26,69,42))))!=null?stack1:"")+" "+((stack1=lookupProperty(helpers2,"join").call(alias1,lookupProperty(depth0,"names"),helperOptions("join",data,sourceLocation(69,43,69,57))))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(data,"last"),-1,34,data))!=null?stack1:"")},34:function(container,depth0,helpers2,partials,data){return"; "},35:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`
**Milestones:** `+((stack1=eachBlock(container,helpers2,spec6,depth0??(container.nullContext||{}),lookupProperty(depth0,"milestones"),36,-1,data,sourceLocation(73,16,73,164)))!=null?stack1:"")+`
`},36:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"kind"),helperOptions("inline",data,sourceLocation(73,36,73,51))))!=null?stack1:"")+" "+((stack1=lookupProperty(helpers2,"time").call(alias1,lookupProperty(depth0,"at"),helperOptions("time",data,sourceLocation(73,52,73,63))))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"after_ms"),37,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(data,"last"),-1,38,data))!=null?stack1:"")},37:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return" (+"+((stack1=lookupProperty(helpers2,"duration").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"after_ms"),{name:"duration",hash:{approx:lookupProperty(depth0,"approx")},data,loc:sourceLocation(73,82,73,117)}))!=null?stack1:"")+")"},38:function(container,depth0,helpers2,partials,data){return", "},compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"# "+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"drill"),0,-1,data))!=null?stack1:"")+"Investigation update: "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"title"),helperOptions("inline",data,sourceLocation(6,52,6,68))))!=null?stack1:"")+`

`+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"drill"),1,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"severity"),2,4,data))!=null?stack1:"")+"t "+((stack1=lookupProperty(helpers2,"time").call(alias1,lookupProperty(depth0,"now"),helperOptions("time",data,sourceLocation(12,96,12,108))))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"since"),5,-1,data))!=null?stack1:"")+`.
`+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"elapsed_ms"),6,-1,data))!=null?stack1:"")+`
**Symptoms:** `+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(lookupProperty(depth0,"symptoms"),"title"),helperOptions("inline",data,sourceLocation(17,14,17,39))))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(lookupProperty(depth0,"symptoms"),"summary"),9,-1,data))!=null?stack1:"")+`
`+((stack1=ifBlock(container,spec6,alias1,lookupProperty(lookupProperty(depth0,"symptoms"),"first"),10,-1,data))!=null?stack1:"")+`
`+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"observed"),11,13,data))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"data"),14,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"evidence"),17,-1,data))!=null?stack1:"")+`
**Open threads:**
`+((stack1=eachBlock(container,helpers2,spec6,alias1,lookupProperty(depth0,"threads"),22,24,data,sourceLocation(44,0,49,9)))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"unchanged_threads"),26,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"unowned"),27,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"answered"),29,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"roles"),32,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec6,alias1,lookupProperty(depth0,"milestones"),35,-1,data))!=null?stack1:"")},usePartial:!0,useData:!0},spec7={0:function(container,depth0,helpers2,partials,data){return"[DRILL] "},1:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return" \xB7 "+container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"site"),"title",strictLocation(9,6,61,6,71)),depth0))},2:function(container,depth0,helpers2,partials,data){var alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<nav aria-label="Site"><a href="'+alias3(alias2(alias1(lookupProperty(depth0,"site"),"index",strictLocation(10,10,34,10,44)),depth0))+'" rel="index">&larr; '+alias3(alias2(alias1(lookupProperty(depth0,"site"),"title",strictLocation(11,10,69,10,79)),depth0))+`</a></nav>
`},3:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=container.invokePartial(lookupProperty(partials,"drill"),depth0,{name:"drill",data,helpers:helpers2,partials,decorators:container.decorators}))!=null?stack1:""},4:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return container.escapeExpression(lookupProperty(helpers2,"markdown").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"body"),helperOptions("markdown",data,sourceLocation(20,0,20,17))))+`
`},5:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section>
<h2>Roles</h2>
<table>
<thead><tr><th scope="col">Role</th><th scope="col">Name</th></tr></thead>
<tbody>
`+((stack1=eachBlock(container,helpers2,spec7,depth0??(container.nullContext||{}),lookupProperty(depth0,"roles"),6,-1,data,sourceLocation(28,0,30,9)))!=null?stack1:"")+`</tbody>
</table>
</section>
`},6:function(container,depth0,helpers2,partials,data){var alias1=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"<tr><td>"+alias1(container.lambda(container.strict(depth0,"label",strictLocation(12,29,10,29,15)),depth0))+"</td><td>"+alias1(lookupProperty(helpers2,"join").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"names"),helperOptions("join",data,sourceLocation(29,26,29,40))))+`</td></tr>
`},7:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section>
<h2>Impact in numbers</h2>
<p>`+container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"impact"),"summary",strictLocation(13,38,5,38,19)),depth0))+`</p>
`+((stack1=ifBlock(container,spec7,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"impact"),"figures"),8,-1,data))!=null?stack1:"")+`</section>
`},8:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<ul>
`+((stack1=eachBlock(container,helpers2,spec7,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"impact"),"figures"),9,-1,data,sourceLocation(41,0,43,9)))!=null?stack1:"")+`</ul>
`},9:function(container,depth0,helpers2,partials,data){var alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression;return"<li><strong>"+alias3(alias2(alias1(depth0,"label",strictLocation(14,42,14,42,19)),depth0))+":</strong> "+alias3(alias2(alias1(depth0,"value",strictLocation(15,42,34,42,39)),depth0))+`</li>
`},10:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec7,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"impact"),"figures"),11,-1,data))!=null?stack1:""},11:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section>
<h2>Impact in numbers</h2>
<ul>
`+((stack1=eachBlock(container,helpers2,spec7,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"impact"),"figures"),9,-1,data,sourceLocation(51,0,53,9)))!=null?stack1:"")+`</ul>
</section>
`},12:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section>
<h2>Metrics</h2>
<table>
<thead><tr><th scope="col">Metric</th><th scope="col">Duration</th><th scope="col">From</th><th scope="col">To</th></tr></thead>
<tbody>
`+((stack1=eachBlock(container,helpers2,spec7,depth0??(container.nullContext||{}),lookupProperty(depth0,"metrics"),13,-1,data,sourceLocation(63,0,65,9)))!=null?stack1:"")+`</tbody>
</table>
</section>
`},13:function(container,depth0,helpers2,partials,data){var alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"<tr><td>"+alias3(alias2(alias1(depth0,"label",strictLocation(16,64,10,64,15)),depth0))+"</td><td>"+alias3(lookupProperty(helpers2,"duration").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"ms"),{name:"duration",hash:{approx:lookupProperty(depth0,"approx")},data,loc:sourceLocation(64,26,64,55)}))+"</td><td>"+alias3(alias2(alias1(depth0,"from",strictLocation(17,64,66,64,70)),depth0))+"</td><td>"+alias3(alias2(alias1(depth0,"to",strictLocation(18,64,83,64,85)),depth0))+`</td></tr>
`},14:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section>
<h2>Timeline</h2>
<p>Times in `+container.escapeExpression(container.lambda(container.strict(depth0,"timezone",strictLocation(19,73,14,73,22)),depth0))+`; ~ marks an approximate time.</p>
<table class="timeline">
<thead><tr><th scope="col">Time</th><th scope="col">Kind</th><th scope="col">By</th><th scope="col">What</th></tr></thead>
<tbody>
`+((stack1=eachBlock(container,helpers2,spec7,depth0??(container.nullContext||{}),lookupProperty(depth0,"timeline"),15,-1,data,sourceLocation(77,0,79,9)))!=null?stack1:"")+`</tbody>
</table>
</section>
`},15:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),alias2=container.strict,alias3=container.lambda,alias4=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"<tr><td>"+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"approx"),16,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"new_day"),17,-1,data))!=null?stack1:"")+alias4(alias3(alias2(depth0,"local_time",strictLocation(20,78,69,78,79)),depth0))+"</td><td>"+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"milestone"),18,19,data))!=null?stack1:"")+"</td><td>"+alias4(alias3(alias2(depth0,"by",strictLocation(21,78,166,78,168)),depth0))+"</td><td>"+alias4(alias3(alias2(depth0,"text",strictLocation(22,78,181,78,185)),depth0))+`</td></tr>
`},16:function(container,depth0,helpers2,partials,data){return"~"},17:function(container,depth0,helpers2,partials,data){return container.escapeExpression(container.lambda(container.strict(depth0,"local_date",strictLocation(23,78,47,78,57)),depth0))+" "},18:function(container,depth0,helpers2,partials,data){return"<strong>"+container.escapeExpression(container.lambda(container.strict(depth0,"kind",strictLocation(24,78,117,78,121)),depth0))+"</strong>"},19:function(container,depth0,helpers2,partials,data){return container.escapeExpression(container.lambda(container.strict(depth0,"kind",strictLocation(25,78,142,78,146)),depth0))},20:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section>
<h2>Action items</h2>
<table>
<thead><tr><th scope="col">Item</th><th scope="col">Title</th><th scope="col">Type</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>
<tbody>
`+((stack1=eachBlock(container,helpers2,spec7,depth0??(container.nullContext||{}),lookupProperty(depth0,"action_items"),21,-1,data,sourceLocation(90,0,92,9)))!=null?stack1:"")+`</tbody>
</table>
</section>
`},21:function(container,depth0,helpers2,partials,data){var stack1,alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,alias4=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"<tr><td>"+alias3(alias2(alias1(depth0,"id",strictLocation(26,91,10,91,12)),depth0))+"</td><td>"+alias3(alias2(alias1(depth0,"title",strictLocation(27,91,25,91,30)),depth0))+((stack1=ifBlock(container,spec7,alias4,lookupProperty(depth0,"issue"),22,-1,data))!=null?stack1:"")+"</td><td>"+alias3(alias2(alias1(depth0,"type",strictLocation(28,91,105,91,109)),depth0))+"</td><td>"+alias3(alias2(alias1(depth0,"owner",strictLocation(29,91,122,91,127)),depth0))+"</td><td>"+alias3(alias2(alias1(depth0,"due",strictLocation(30,91,140,91,143)),depth0))+"</td><td>"+((stack1=ifBlock(container,spec7,alias4,lookupProperty(depth0,"status"),23,24,data))!=null?stack1:"")+((stack1=ifBlock(container,spec7,alias4,lookupProperty(depth0,"reason"),25,-1,data))!=null?stack1:"")+`</td></tr>
`},22:function(container,depth0,helpers2,partials,data){var alias1=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return' <a href="'+alias1(lookupProperty(helpers2,"safeurl").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"issue"),helperOptions("safeurl",data,sourceLocation(91,55,91,72))))+'">'+alias1(container.lambda(container.strict(depth0,"issue",strictLocation(31,91,76,91,81)),depth0))+"</a>"},23:function(container,depth0,helpers2,partials,data){return container.escapeExpression(container.lambda(container.strict(depth0,"status",strictLocation(32,91,170,91,176)),depth0))},24:function(container,depth0,helpers2,partials,data){return"open"},25:function(container,depth0,helpers2,partials,data){return": "+container.escapeExpression(container.lambda(container.strict(depth0,"reason",strictLocation(33,91,215,91,221)),depth0))},compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),alias2=container.strict,alias3=container.lambda,alias4=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<!DOCTYPE html>
<html lang="en">
<head>
`+((stack1=container.invokePartial(lookupProperty(partials,"head"),depth0,{name:"head",data,helpers:helpers2,partials,decorators:container.decorators}))!=null?stack1:"")+"<title>"+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"drill"),0,-1,data))!=null?stack1:"")+alias4(alias3(alias2(depth0,"title",strictLocation(34,6,37,6,42)),depth0))+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"site"),1,-1,data))!=null?stack1:"")+`</title>
</head>
<body>
`+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"site"),2,-1,data))!=null?stack1:"")+`<main>
<article>
`+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"drill"),3,-1,data))!=null?stack1:"")+"<h1>"+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"drill"),0,-1,data))!=null?stack1:"")+alias4(alias3(alias2(depth0,"title",strictLocation(35,17,34,17,39)),depth0))+`</h1>
`+((stack1=container.invokePartial(lookupProperty(partials,"facts"),depth0,{name:"facts",data,helpers:helpers2,partials,decorators:container.decorators}))!=null?stack1:"")+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"body"),4,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"roles"),5,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec7,alias1,lookupProperty(lookupProperty(depth0,"impact"),"summary"),7,10,data))!=null?stack1:"")+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"metrics"),12,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"timeline"),14,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec7,alias1,lookupProperty(depth0,"action_items"),20,-1,data))!=null?stack1:"")+`</article>
</main>
</body>
</html>
`},usePartial:!0,useData:!0},spec8={0:function(container,depth0,helpers2,partials,data){return"[DRILL] "},1:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=container.invokePartial(lookupProperty(partials,"drill"),depth0,{name:"drill",data,helpers:helpers2,partials,decorators:container.decorators}))!=null?stack1:"")+`
`},2:function(container,depth0,helpers2,partials,data){var stack1;return((stack1=container.lambda(container.strict(depth0,"body",strictLocation(36,11,2,11,6)),depth0))!=null?stack1:"")+`

`},3:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`## Roles

`+((stack1=eachBlock(container,helpers2,spec8,depth0??(container.nullContext||{}),lookupProperty(depth0,"roles"),4,-1,data,sourceLocation(17,0,19,9)))!=null?stack1:"")+`
`},4:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **"+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"label"),helperOptions("inline",data,sourceLocation(18,4,18,20))))!=null?stack1:"")+":** "+((stack1=lookupProperty(helpers2,"join").call(alias1,lookupProperty(depth0,"names"),helperOptions("join",data,sourceLocation(18,24,18,38))))!=null?stack1:"")+`
`},5:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`## Impact in numbers

`+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"impact"),"summary"),helperOptions("inline",data,sourceLocation(25,0,25,25))))!=null?stack1:"")+`

`},6:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=ifBlock(container,spec8,alias1,lookupProperty(lookupProperty(depth0,"impact"),"summary"),-1,7,data))!=null?stack1:"")+((stack1=eachBlock(container,helpers2,spec8,alias1,lookupProperty(lookupProperty(depth0,"impact"),"figures"),8,-1,data,sourceLocation(33,0,35,9)))!=null?stack1:"")+`
`},7:function(container,depth0,helpers2,partials,data){return`## Impact in numbers

`},8:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **"+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"label"),helperOptions("inline",data,sourceLocation(34,4,34,20))))!=null?stack1:"")+":** "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"value"),helperOptions("inline",data,sourceLocation(34,24,34,40))))!=null?stack1:"")+`
`},9:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`## Metrics

`+((stack1=lookupProperty(helpers2,"metrics_table").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"metrics"),helperOptions("metrics_table",data,sourceLocation(41,0,41,25))))!=null?stack1:"")+`

`},10:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`## Timeline

Times in `+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"timezone"),helperOptions("inline",data,sourceLocation(47,9,47,28))))!=null?stack1:"")+`; ~ marks an approximate time.

`+((stack1=eachBlock(container,helpers2,spec8,alias1,lookupProperty(depth0,"timeline"),11,-1,data,sourceLocation(49,0,51,9)))!=null?stack1:"")+`
`},11:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- "+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"approx"),12,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"new_day"),13,-1,data))!=null?stack1:"")+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"local_time"),helperOptions("inline",data,sourceLocation(50,68,50,89))))!=null?stack1:"")+" "+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"milestone"),14,15,data))!=null?stack1:"")+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"by"),16,-1,data))!=null?stack1:"")+": "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"text"),helperOptions("inline",data,sourceLocation(50,191,50,206))))!=null?stack1:"")+`
`},12:function(container,depth0,helpers2,partials,data){return"~"},13:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"local_date"),helperOptions("inline",data,sourceLocation(50,39,50,60))))!=null?stack1:"")+" "},14:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"**"+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"kind"),helperOptions("inline",data,sourceLocation(50,109,50,124))))!=null?stack1:"")+"**"},15:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"kind"),helperOptions("inline",data,sourceLocation(50,134,50,149))))!=null?stack1:""},16:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return" ("+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"by"),helperOptions("inline",data,sourceLocation(50,168,50,181))))!=null?stack1:"")+")"},17:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`## Action items

`+((stack1=eachBlock(container,helpers2,spec8,depth0??(container.nullContext||{}),lookupProperty(depth0,"action_items"),18,-1,data,sourceLocation(57,0,59,9)))!=null?stack1:"")},18:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- **"+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"id"),helperOptions("inline",data,sourceLocation(58,4,58,17))))!=null?stack1:"")+"** "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"title"),helperOptions("inline",data,sourceLocation(58,20,58,36))))!=null?stack1:"")+" ("+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"type"),19,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"owner"),20,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"due"),21,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"status"),22,23,data))!=null?stack1:"")+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"reason"),24,-1,data))!=null?stack1:"")+")"+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"issue"),25,-1,data))!=null?stack1:"")+`
`},19:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"type"),helperOptions("inline",data,sourceLocation(58,50,58,65))))!=null?stack1:"")+", "},20:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"owner "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"owner"),helperOptions("inline",data,sourceLocation(58,93,58,109))))!=null?stack1:"")+", "},21:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"due "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"due"),helperOptions("inline",data,sourceLocation(58,133,58,147))))!=null?stack1:"")+", "},22:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"status"),helperOptions("inline",data,sourceLocation(58,170,58,187))))!=null?stack1:""},23:function(container,depth0,helpers2,partials,data){return"open"},24:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return": "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"reason"),helperOptions("inline",data,sourceLocation(58,222,58,239))))!=null?stack1:"")},25:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return" "+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"issue"),helperOptions("inline",data,sourceLocation(58,261,58,277))))!=null?stack1:"")},compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"# "+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"drill"),0,-1,data))!=null?stack1:"")+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"title"),helperOptions("inline",data,sourceLocation(2,30,2,46))))!=null?stack1:"")+`

`+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"drill"),1,-1,data))!=null?stack1:"")+((stack1=container.invokePartial(lookupProperty(partials,"facts"),depth0,{name:"facts",data,helpers:helpers2,partials,decorators:container.decorators}))!=null?stack1:"")+`
`+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"body"),2,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"roles"),3,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec8,alias1,lookupProperty(lookupProperty(depth0,"impact"),"summary"),5,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec8,alias1,lookupProperty(lookupProperty(depth0,"impact"),"figures"),6,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"metrics"),9,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"timeline"),10,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec8,alias1,lookupProperty(depth0,"action_items"),17,-1,data))!=null?stack1:"")},usePartial:!0,useData:!0},spec9={0:function(container,depth0,helpers2,partials,data){return"[DRILL] "},1:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return" \xB7 "+container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"site"),"title",strictLocation(37,6,61,6,71)),depth0))},2:function(container,depth0,helpers2,partials,data){var stack1,alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=ifBlock(container,spec9,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"site"),"logo"),3,6,data))!=null?stack1:"")+'<nav><a href="'+alias3(alias2(alias1(lookupProperty(depth0,"site"),"index",strictLocation(38,13,16,13,26)),depth0))+'" rel="index">&larr; '+alias3(alias2(alias1(lookupProperty(depth0,"site"),"title",strictLocation(39,13,51,13,61)),depth0))+`</a></nav>
`},3:function(container,depth0,helpers2,partials,data){var stack1,alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<header class="site"><a href="'+alias3(alias2(alias1(lookupProperty(depth0,"site"),"index",strictLocation(40,10,49,10,59)),depth0))+'"><img src="'+alias3(alias2(alias1(lookupProperty(depth0,"site"),"logo",strictLocation(41,10,75,10,84)),depth0))+'" alt="'+alias3(alias2(alias1(lookupProperty(depth0,"site"),"title",strictLocation(42,10,95,10,105)),depth0))+'"></a>'+((stack1=ifBlock(container,spec9,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"site"),"links"),4,-1,data))!=null?stack1:"")+`</header>
`},4:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<nav aria-label="Links"><ul>'+((stack1=eachBlock(container,helpers2,spec9,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"site"),"links"),5,-1,data,sourceLocation(10,159,10,228)))!=null?stack1:"")+"</ul></nav>"},5:function(container,depth0,helpers2,partials,data){var alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression;return'<li><a href="'+alias3(alias2(alias1(depth0,"url",strictLocation(43,10,194,10,197)),depth0))+'">'+alias3(alias2(alias1(depth0,"label",strictLocation(44,10,203,10,208)),depth0))+"</a></li>"},6:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec9,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"site"),"links"),7,-1,data))!=null?stack1:""},7:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<header class="site"><nav aria-label="Links"><ul>'+((stack1=eachBlock(container,helpers2,spec9,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"site"),"links"),5,-1,data,sourceLocation(11,71,11,140)))!=null?stack1:"")+`</ul></nav></header>
`},8:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=container.invokePartial(lookupProperty(partials,"drill"),depth0,{name:"drill",data,helpers:helpers2,partials,decorators:container.decorators}))!=null?stack1:""},9:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec9,depth0??(container.nullContext||{}),lookupProperty(depth0,"summary"),10,-1,data))!=null?stack1:""},10:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section class="summary">
`+container.escapeExpression(lookupProperty(helpers2,"markdown").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"summary"),helperOptions("markdown",data,sourceLocation(24,0,24,20))))+`
</section>
`},11:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section>
<h2>Updates</h2>
<ol class="updates" reversed>
`+((stack1=eachBlock(container,helpers2,spec9,depth0??(container.nullContext||{}),lookupProperty(depth0,"updates"),12,-1,data,sourceLocation(33,0,37,9)))!=null?stack1:"")+`</ol>
</section>
`},12:function(container,depth0,helpers2,partials,data){var alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,alias4=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<li id="'+alias3(alias2(alias1(depth0,"id",strictLocation(45,34,10,34,12)),depth0))+'"><p><strong>'+alias3(alias2(alias1(depth0,"label",strictLocation(46,34,29,34,34)),depth0))+'</strong> <span class="meta"><time datetime="'+alias3(lookupProperty(helpers2,"iso").call(alias4,lookupProperty(depth0,"at"),helperOptions("iso",data,sourceLocation(34,81,34,91))))+'">'+alias3(lookupProperty(helpers2,"datetime").call(alias4,lookupProperty(depth0,"at"),helperOptions("datetime",data,sourceLocation(34,93,34,108))))+`</time></span></p>
`+alias3(lookupProperty(helpers2,"markdown").call(alias4,lookupProperty(depth0,"text"),helperOptions("markdown",data,sourceLocation(35,0,35,17))))+`
</li>
`},13:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=ifBlock(container,spec9,alias1,lookupProperty(depth0,"what_happened"),14,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec9,alias1,lookupProperty(depth0,"what_we_are_doing"),15,-1,data))!=null?stack1:"")+((stack1=eachBlock(container,helpers2,spec9,alias1,lookupProperty(depth0,"other_sections"),16,-1,data,sourceLocation(54,0,59,9)))!=null?stack1:"")},14:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section>
<h2>What happened</h2>
`+container.escapeExpression(lookupProperty(helpers2,"markdown").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"what_happened"),helperOptions("markdown",data,sourceLocation(45,0,45,26))))+`
</section>
`},15:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section>
<h2>What we are doing about this</h2>
`+container.escapeExpression(lookupProperty(helpers2,"markdown").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"what_we_are_doing"),helperOptions("markdown",data,sourceLocation(51,0,51,30))))+`
</section>
`},16:function(container,depth0,helpers2,partials,data){var alias1=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section>
<h2>`+alias1(container.lambda(container.strict(depth0,"title",strictLocation(47,56,6,56,11)),depth0))+`</h2>
`+alias1(lookupProperty(helpers2,"markdown").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"markdown"),helperOptions("markdown",data,sourceLocation(57,0,57,21))))+`
</section>
`},17:function(container,depth0,helpers2,partials,data){var alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<footer><p><a href="'+alias3(alias2(alias1(lookupProperty(depth0,"site"),"index",strictLocation(48,64,22,64,32)),depth0))+'">All incidents</a> \xB7 <a href="'+alias3(alias2(alias1(lookupProperty(depth0,"site"),"feed",strictLocation(49,64,67,64,76)),depth0))+`">Atom feed</a></p></footer>
`},compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),alias2=container.strict,alias3=container.lambda,alias4=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<!DOCTYPE html>
<html lang="en">
<head>
`+((stack1=container.invokePartial(lookupProperty(partials,"head"),depth0,{name:"head",data,helpers:helpers2,partials,decorators:container.decorators}))!=null?stack1:"")+"<title>"+((stack1=ifBlock(container,spec9,alias1,lookupProperty(depth0,"drill"),0,-1,data))!=null?stack1:"")+alias4(alias3(alias2(depth0,"title",strictLocation(50,6,37,6,42)),depth0))+((stack1=ifBlock(container,spec9,alias1,lookupProperty(depth0,"site"),1,-1,data))!=null?stack1:"")+`</title>
</head>
<body>
`+((stack1=ifBlock(container,spec9,alias1,lookupProperty(depth0,"site"),2,-1,data))!=null?stack1:"")+`<main>
<article>
`+((stack1=ifBlock(container,spec9,alias1,lookupProperty(depth0,"drill"),8,-1,data))!=null?stack1:"")+"<h1>"+((stack1=ifBlock(container,spec9,alias1,lookupProperty(depth0,"drill"),0,-1,data))!=null?stack1:"")+alias4(alias3(alias2(depth0,"title",strictLocation(51,20,34,20,39)),depth0))+`</h1>
`+((stack1=lookupProperty(helpers2,"with").call(alias1,lookupProperty(depth0,"public_summary"),blockHelperOptions("with",container.program(9,data,0),container.noop,data,sourceLocation(21,0,27,9))))!=null?stack1:"")+((stack1=container.invokePartial(lookupProperty(partials,"facts"),depth0,{name:"facts",data,helpers:helpers2,partials,decorators:container.decorators}))!=null?stack1:"")+((stack1=ifBlock(container,spec9,alias1,lookupProperty(depth0,"updates"),11,-1,data))!=null?stack1:"")+((stack1=lookupProperty(helpers2,"with").call(alias1,lookupProperty(depth0,"public_summary"),blockHelperOptions("with",container.program(13,data,0),container.noop,data,sourceLocation(41,0,60,9))))!=null?stack1:"")+`</article>
</main>
`+((stack1=ifBlock(container,spec9,alias1,lookupProperty(depth0,"site"),17,-1,data))!=null?stack1:"")+`</body>
</html>
`},usePartial:!0,useData:!0},spec10={0:function(container,depth0,helpers2,partials,data){return"[DRILL] "},1:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=container.invokePartial(lookupProperty(partials,"drill"),depth0,{name:"drill",data,helpers:helpers2,partials,decorators:container.decorators}))!=null?stack1:"")+`
`},2:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec10,depth0??(container.nullContext||{}),lookupProperty(depth0,"summary"),3,-1,data))!=null?stack1:""},3:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=lookupProperty(helpers2,"markdown").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"summary"),helperOptions("markdown",data,sourceLocation(10,0,10,20))))!=null?stack1:"")+`

`},4:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=ifBlock(container,spec10,alias1,lookupProperty(depth0,"what_happened"),5,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec10,alias1,lookupProperty(depth0,"what_we_are_doing"),6,-1,data))!=null?stack1:"")+((stack1=eachBlock(container,helpers2,spec10,alias1,lookupProperty(depth0,"other_sections"),7,-1,data,sourceLocation(29,0,34,9)))!=null?stack1:"")},5:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`## What happened

`+((stack1=lookupProperty(helpers2,"markdown").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"what_happened"),helperOptions("markdown",data,sourceLocation(20,0,20,26))))!=null?stack1:"")+`

`},6:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`## What we are doing about this

`+((stack1=lookupProperty(helpers2,"markdown").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"what_we_are_doing"),helperOptions("markdown",data,sourceLocation(26,0,26,30))))!=null?stack1:"")+`

`},7:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"## "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"title"),helperOptions("inline",data,sourceLocation(30,3,30,19))))!=null?stack1:"")+`

`+((stack1=lookupProperty(helpers2,"markdown").call(alias1,lookupProperty(depth0,"markdown"),helperOptions("markdown",data,sourceLocation(32,0,32,21))))!=null?stack1:"")+`

`},compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"# "+((stack1=ifBlock(container,spec10,alias1,lookupProperty(depth0,"drill"),0,-1,data))!=null?stack1:"")+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"title"),helperOptions("inline",data,sourceLocation(2,30,2,46))))!=null?stack1:"")+`

`+((stack1=ifBlock(container,spec10,alias1,lookupProperty(depth0,"drill"),1,-1,data))!=null?stack1:"")+((stack1=lookupProperty(helpers2,"with").call(alias1,lookupProperty(depth0,"public_summary"),blockHelperOptions("with",container.program(2,data,0),container.noop,data,sourceLocation(8,0,13,9))))!=null?stack1:"")+((stack1=container.invokePartial(lookupProperty(partials,"facts"),depth0,{name:"facts",data,helpers:helpers2,partials,decorators:container.decorators}))!=null?stack1:"")+`
`+((stack1=lookupProperty(helpers2,"with").call(alias1,lookupProperty(depth0,"public_summary"),blockHelperOptions("with",container.program(4,data,0),container.noop,data,sourceLocation(16,0,35,9))))!=null?stack1:"")},usePartial:!0,useData:!0},spec11={0:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<link rel="self" type="application/atom+xml" href="'+container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"site"),"self",strictLocation(52,8,53,8,62)),depth0))+`"/>
`},1:function(container,depth0,helpers2,partials,data){var stack1,alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,alias4=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<entry>
<title>`+alias3(alias2(alias1(depth0,"title",strictLocation(53,13,9,13,14)),depth0))+`</title>
<id>`+alias3(alias2(alias1(depth0,"entry_id",strictLocation(54,14,6,14,14)),depth0))+`</id>
<link rel="alternate" type="text/html" href="`+alias3(alias2(alias1(depth0,"href",strictLocation(55,15,47,15,51)),depth0))+`"/>
<updated>`+alias3(lookupProperty(helpers2,"iso").call(alias4,lookupProperty(depth0,"updated"),helperOptions("iso",data,sourceLocation(16,9,16,24))))+`</updated>
`+((stack1=ifBlock(container,spec11,alias4,lookupProperty(depth0,"started"),2,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec11,alias4,lookupProperty(depth0,"summary"),3,-1,data))!=null?stack1:"")+`</entry>
`},2:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"<published>"+container.escapeExpression(lookupProperty(helpers2,"iso").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"started"),helperOptions("iso",data,sourceLocation(18,11,18,26))))+`</published>
`},3:function(container,depth0,helpers2,partials,data){var alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<summary type="html">'+container.escapeExpression(lookupProperty(helpers2,"html").call(alias1,lookupProperty(helpers2,"markdown").call(alias1,lookupProperty(depth0,"summary"),helperOptions("markdown",data,sourceLocation(21,28,21,46))),helperOptions("html",data,sourceLocation(21,21,21,48))))+`</summary>
`},compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){var stack1,alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,alias4=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>`+alias3(alias2(alias1(lookupProperty(depth0,"site"),"title",strictLocation(56,3,9,3,19)),depth0))+`</title>
<id>`+alias3(alias2(alias1(depth0,"feed_id",strictLocation(57,4,6,4,13)),depth0))+`</id>
<updated>`+alias3(lookupProperty(helpers2,"iso").call(alias4,lookupProperty(depth0,"updated"),helperOptions("iso",data,sourceLocation(5,9,5,24))))+`</updated>
<link rel="alternate" type="text/html" href="`+alias3(alias2(alias1(lookupProperty(depth0,"site"),"index",strictLocation(58,6,47,6,57)),depth0))+`"/>
`+((stack1=ifBlock(container,spec11,alias4,lookupProperty(lookupProperty(depth0,"site"),"self"),0,-1,data))!=null?stack1:"")+"<author><name>"+alias3(alias2(alias1(lookupProperty(depth0,"site"),"title",strictLocation(59,10,16,10,26)),depth0))+`</name></author>
`+((stack1=eachBlock(container,helpers2,spec11,alias4,lookupProperty(depth0,"incidents"),1,-1,data,sourceLocation(11,0,24,9)))!=null?stack1:"")+`</feed>
`},useData:!0},spec12={0:function(container,depth0,helpers2,partials,data){var stack1,alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<header class="site"><a href="'+alias3(alias2(alias1(lookupProperty(depth0,"site"),"index",strictLocation(60,10,49,10,59)),depth0))+'"><img src="'+alias3(alias2(alias1(lookupProperty(depth0,"site"),"logo",strictLocation(61,10,75,10,84)),depth0))+'" alt="'+alias3(alias2(alias1(lookupProperty(depth0,"site"),"title",strictLocation(62,10,95,10,105)),depth0))+'"></a>'+((stack1=ifBlock(container,spec12,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"site"),"links"),1,-1,data))!=null?stack1:"")+`</header>
`},1:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<nav aria-label="Links"><ul>'+((stack1=eachBlock(container,helpers2,spec12,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"site"),"links"),2,-1,data,sourceLocation(10,159,10,228)))!=null?stack1:"")+"</ul></nav>"},2:function(container,depth0,helpers2,partials,data){var alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression;return'<li><a href="'+alias3(alias2(alias1(depth0,"url",strictLocation(63,10,194,10,197)),depth0))+'">'+alias3(alias2(alias1(depth0,"label",strictLocation(64,10,203,10,208)),depth0))+"</a></li>"},3:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec12,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"site"),"links"),4,-1,data))!=null?stack1:""},4:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<header class="site"><nav aria-label="Links"><ul>'+((stack1=eachBlock(container,helpers2,spec12,depth0??(container.nullContext||{}),lookupProperty(lookupProperty(depth0,"site"),"links"),2,-1,data,sourceLocation(11,71,11,140)))!=null?stack1:"")+`</ul></nav></header>
`},5:function(container,depth0,helpers2,partials,data){var alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<p class="banner '+alias3(alias2(alias1(lookupProperty(depth0,"status"),"indicator",strictLocation(65,16,19,16,35)),depth0))+'" role="status">'+alias3(alias2(alias1(lookupProperty(depth0,"status"),"description",strictLocation(66,16,55,16,73)),depth0))+`</p>
`},6:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section>
<h2>Active incidents</h2>
`+((stack1=eachBlock(container,helpers2,spec12,depth0??(container.nullContext||{}),lookupProperty(depth0,"active"),7,-1,data,sourceLocation(21,0,32,9)))!=null?stack1:"")+`</section>
`},7:function(container,depth0,helpers2,partials,data){var stack1,alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<article>
<h3><a href="`+alias3(alias2(alias1(depth0,"href",strictLocation(67,23,15,23,19)),depth0))+'">'+alias3(alias2(alias1(depth0,"title",strictLocation(68,23,25,23,30)),depth0))+`</a></h3>
<ol class="updates" reversed>
`+((stack1=eachBlock(container,helpers2,spec12,depth0??(container.nullContext||{}),lookupProperty(depth0,"updates"),8,-1,data,sourceLocation(25,0,29,9)))!=null?stack1:"")+`</ol>
</article>
`},8:function(container,depth0,helpers2,partials,data){var alias1=container.escapeExpression,alias2=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"<li><p><strong>"+alias1(container.lambda(container.strict(depth0,"label",strictLocation(69,26,17,26,22)),depth0))+'</strong> <span class="meta"><time datetime="'+alias1(lookupProperty(helpers2,"iso").call(alias2,lookupProperty(depth0,"at"),helperOptions("iso",data,sourceLocation(26,69,26,79))))+'">'+alias1(lookupProperty(helpers2,"datetime").call(alias2,lookupProperty(depth0,"at"),helperOptions("datetime",data,sourceLocation(26,81,26,96))))+`</time></span></p>
`+alias1(lookupProperty(helpers2,"markdown").call(alias2,lookupProperty(depth0,"text"),helperOptions("markdown",data,sourceLocation(27,0,27,17))))+`
</li>
`},9:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<section>
<h2>Services</h2>
<ul class="services">
`+((stack1=eachBlock(container,helpers2,spec12,depth0??(container.nullContext||{}),lookupProperty(depth0,"services"),10,-1,data,sourceLocation(39,0,45,9)))!=null?stack1:"")+`</ul>
</section>
`},10:function(container,depth0,helpers2,partials,data){var stack1,alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<li><div class="service-head"><span>'+alias3(alias2(alias1(depth0,"name",strictLocation(70,40,38,40,42)),depth0))+'</span><span class="state '+alias3(alias2(alias1(depth0,"status",strictLocation(71,40,72,40,78)),depth0))+'">'+alias3(alias2(alias1(depth0,"label",strictLocation(72,40,84,40,89)),depth0))+`</span></div>
<ol class="bars" aria-label="`+alias3(alias2(alias1(depth0,"name",strictLocation(73,41,31,41,35)),depth0))+": the last 90 days, "+alias3(alias2(alias1(depth0,"uptime",strictLocation(74,41,59,41,65)),depth0))+'% without impact">'+((stack1=eachBlock(container,helpers2,spec12,depth0??(container.nullContext||{}),lookupProperty(depth0,"days"),11,-1,data,sourceLocation(41,85,41,173)))!=null?stack1:"")+`</ol>
<div class="bars-legend"><span>90 days ago</span><span>`+alias3(alias2(alias1(depth0,"uptime",strictLocation(75,42,57,42,63)),depth0))+`% uptime</span><span>Today</span></div>
<small><a href="`+alias3(alias2(alias1(depth0,"feed",strictLocation(76,43,18,43,22)),depth0))+'">Atom feed</a> \xB7 <a href="'+alias3(alias2(alias1(depth0,"badge",strictLocation(77,43,53,43,58)),depth0))+`">Badge</a></small>
</li>
`},11:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"<li"+((stack1=ifBlock(container,spec12,depth0??(container.nullContext||{}),lookupProperty(depth0,"title"),12,-1,data))!=null?stack1:"")+"></li>"},12:function(container,depth0,helpers2,partials,data){var alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression;return' class="'+alias3(alias2(alias1(depth0,"level",strictLocation(78,41,125,41,130)),depth0))+'" title="'+alias3(alias2(alias1(depth0,"title",strictLocation(79,41,143,41,148)),depth0))+'"'},13:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<table class="incidents">
<thead><tr><th>Date</th><th>Incident</th><th>Severity</th><th>Duration</th></tr></thead>
<tbody>
`+((stack1=eachBlock(container,helpers2,spec12,depth0??(container.nullContext||{}),lookupProperty(depth0,"incidents"),14,-1,data,sourceLocation(54,0,56,9)))!=null?stack1:"")+`</tbody>
</table>
`},14:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),alias2=container.strict,alias3=container.lambda,alias4=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"<tr><td>"+((stack1=ifBlock(container,spec12,alias1,lookupProperty(depth0,"started"),15,-1,data))!=null?stack1:"")+'</td><td><a href="'+alias4(alias3(alias2(depth0,"href",strictLocation(80,55,106,55,110)),depth0))+'">'+alias4(alias3(alias2(depth0,"title",strictLocation(81,55,116,55,121)),depth0))+"</a></td><td>"+alias4(alias3(alias2(depth0,"severity",strictLocation(82,55,138,55,146)),depth0))+"</td><td>"+alias4(lookupProperty(helpers2,"duration").call(alias1,lookupProperty(depth0,"duration_ms"),{name:"duration",hash:{approx:lookupProperty(depth0,"duration_approx")},data,loc:sourceLocation(55,157,55,204)}))+`</td></tr>
`},15:function(container,depth0,helpers2,partials,data){var alias1=depth0??(container.nullContext||{}),alias2=container.escapeExpression,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<time datetime="'+alias2(lookupProperty(helpers2,"iso").call(alias1,lookupProperty(depth0,"started"),helperOptions("iso",data,sourceLocation(55,39,55,54))))+'">'+alias2(lookupProperty(helpers2,"date").call(alias1,lookupProperty(depth0,"started"),helperOptions("date",data,sourceLocation(55,56,55,72))))+"</time>"},16:function(container,depth0,helpers2,partials,data){return`<p>No incidents have been published.</p>
`},17:function(container,depth0,helpers2,partials,data){var stack1,alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,alias4=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return'<nav class="pages" aria-label="History pages"><p>Page '+alias3(alias2(alias1(lookupProperty(depth0,"pages"),"number",strictLocation(83,63,56,63,68)),depth0))+" of "+alias3(alias2(alias1(lookupProperty(depth0,"pages"),"count",strictLocation(84,63,76,63,87)),depth0))+((stack1=ifBlock(container,spec12,alias4,lookupProperty(lookupProperty(depth0,"pages"),"newer"),18,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec12,alias4,lookupProperty(lookupProperty(depth0,"pages"),"older"),19,-1,data))!=null?stack1:"")+`</p></nav>
`},18:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return' \xB7 <a href="'+container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"pages"),"newer",strictLocation(85,63,122,63,133)),depth0))+'" rel="prev">Newer incidents</a>'},19:function(container,depth0,helpers2,partials,data){var lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return' \xB7 <a href="'+container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"pages"),"older",strictLocation(86,63,207,63,218)),depth0))+'" rel="next">Older incidents</a>'},20:function(container,depth0,helpers2,partials,data){return' \xB7 <a href="'+container.escapeExpression(container.lambda(container.strict(depth0,"api",strictLocation(87,66,87,66,90)),depth0))+'">JSON API</a>'},compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){var stack1,alias1=container.strict,alias2=container.lambda,alias3=container.escapeExpression,alias4=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`<!DOCTYPE html>
<html lang="en">
<head>
`+((stack1=container.invokePartial(lookupProperty(partials,"head"),depth0,{name:"head",data,helpers:helpers2,partials,decorators:container.decorators}))!=null?stack1:"")+"<title>"+alias3(alias2(alias1(lookupProperty(depth0,"site"),"title",strictLocation(88,6,9,6,19)),depth0))+`</title>
<link rel="alternate" type="application/atom+xml" title="`+alias3(alias2(alias1(lookupProperty(depth0,"site"),"title",strictLocation(89,7,59,7,69)),depth0))+'" href="'+alias3(alias2(alias1(lookupProperty(depth0,"site"),"feed",strictLocation(90,7,81,7,90)),depth0))+`">
</head>
<body>
`+((stack1=ifBlock(container,spec12,alias4,lookupProperty(lookupProperty(depth0,"site"),"logo"),0,3,data))!=null?stack1:"")+`<main>
<h1>`+alias3(alias2(alias1(lookupProperty(depth0,"site"),"title",strictLocation(91,14,6,14,16)),depth0))+`</h1>
`+((stack1=ifBlock(container,spec12,alias4,lookupProperty(depth0,"status"),5,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec12,alias4,lookupProperty(depth0,"active"),6,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec12,alias4,lookupProperty(depth0,"services"),9,-1,data))!=null?stack1:"")+`<h2>History</h2>
`+((stack1=ifBlock(container,spec12,alias4,lookupProperty(depth0,"incidents"),13,16,data))!=null?stack1:"")+((stack1=ifBlock(container,spec12,alias4,lookupProperty(depth0,"pages"),17,-1,data))!=null?stack1:"")+`</main>
<footer><p>Times in UTC. <a href="`+alias3(alias2(alias1(lookupProperty(depth0,"site"),"feed",strictLocation(92,66,36,66,45)),depth0))+'">Atom feed</a>'+((stack1=ifBlock(container,spec12,alias4,lookupProperty(depth0,"api"),20,-1,data))!=null?stack1:"")+`</p></footer>
</body>
</html>
`},usePartial:!0,useData:!0},spec13={0:function(container,depth0,helpers2,partials,data){return"[DRILL] "},1:function(container,depth0,helpers2,partials,data){return`**DRILL**: this is a practice incident, not a real one.

`},2:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"severity"),helperOptions("inline",data,sourceLocation(8,16,8,35))))!=null?stack1:"")+", u"},3:function(container,depth0,helpers2,partials,data){return"U"},4:function(container,depth0,helpers2,partials,data){return`We are investigating this issue.
`},5:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec13,alias1,lookupProperty(helpers2,"eq").call(alias1,lookupProperty(depth0,"status"),"identified",helperOptions("eq",data,sourceLocation(12,10,12,34))),6,7,data))!=null?stack1:""},6:function(container,depth0,helpers2,partials,data){return`We have identified the cause and are working on a fix.
`},7:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec13,alias1,lookupProperty(helpers2,"eq").call(alias1,lookupProperty(depth0,"status"),"monitoring",helperOptions("eq",data,sourceLocation(14,10,14,34))),8,9,data))!=null?stack1:""},8:function(container,depth0,helpers2,partials,data){return`A fix is in place and we are monitoring the results.
`},9:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec13,alias1,lookupProperty(helpers2,"or").call(alias1,lookupProperty(helpers2,"eq").call(alias1,lookupProperty(depth0,"status"),"resolved",helperOptions("eq",data,sourceLocation(16,14,16,36))),lookupProperty(helpers2,"eq").call(alias1,lookupProperty(depth0,"status"),"closed",helperOptions("eq",data,sourceLocation(16,37,16,57))),helperOptions("or",data,sourceLocation(16,10,16,58))),10,-1,data))!=null?stack1:""},10:function(container,depth0,helpers2,partials,data){return`This incident has been resolved.
`},11:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"Impact started at "+((stack1=lookupProperty(helpers2,"datetime").call(alias1,lookupProperty(depth0,"started"),helperOptions("datetime",data,sourceLocation(20,18,20,38))))!=null?stack1:"")+((stack1=ifBlock(container,spec13,alias1,lookupProperty(depth0,"ended"),12,13,data))!=null?stack1:"")+`.
`},12:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return" and ended at "+((stack1=lookupProperty(helpers2,"datetime").call(alias1,lookupProperty(depth0,"ended"),helperOptions("datetime",data,sourceLocation(20,65,20,83))))!=null?stack1:"")+" (after "+((stack1=lookupProperty(helpers2,"duration").call(alias1,lookupProperty(depth0,"duration_ms"),{name:"duration",hash:{approx:lookupProperty(depth0,"duration_approx"),long:!0},data,loc:sourceLocation(20,91,20,148)}))!=null?stack1:"")+")"},13:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec13,depth0??(container.nullContext||{}),lookupProperty(depth0,"ongoing"),14,-1,data))!=null?stack1:""},14:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return", "+((stack1=lookupProperty(helpers2,"duration").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"started"),lookupProperty(depth0,"now"),{name:"duration",hash:{long:!0},data,loc:sourceLocation(20,170,20,204)}))!=null?stack1:"")+" ago"},15:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"Affected services: "+((stack1=lookupProperty(helpers2,"join").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"services"),helperOptions("join",data,sourceLocation(23,19,23,36))))!=null?stack1:"")+`.
`},16:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=ifBlock(container,spec13,alias1,lookupProperty(depth0,"roles"),17,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec13,alias1,lookupProperty(depth0,"recent"),20,-1,data))!=null?stack1:"")},17:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`
`+((stack1=eachBlock(container,helpers2,spec13,depth0??(container.nullContext||{}),lookupProperty(depth0,"roles"),18,-1,data,sourceLocation(28,0,28,86)))!=null?stack1:"")+`.
`},18:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"label"),helperOptions("inline",data,sourceLocation(28,15,28,31))))!=null?stack1:"")+": "+((stack1=lookupProperty(helpers2,"join").call(alias1,lookupProperty(depth0,"names"),helperOptions("join",data,sourceLocation(28,33,28,47))))!=null?stack1:"")+((stack1=ifBlock(container,spec13,alias1,lookupProperty(data,"last"),-1,19,data))!=null?stack1:"")},19:function(container,depth0,helpers2,partials,data){return"; "},20:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`
Latest:
`+((stack1=eachBlock(container,helpers2,spec13,depth0??(container.nullContext||{}),lookupProperty(depth0,"recent"),21,-1,data,sourceLocation(33,0,35,9)))!=null?stack1:"")},21:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"- "+((stack1=ifBlock(container,spec13,alias1,lookupProperty(depth0,"approx"),22,-1,data))!=null?stack1:"")+((stack1=lookupProperty(helpers2,"time").call(alias1,lookupProperty(depth0,"at"),helperOptions("time",data,sourceLocation(34,24,34,35))))!=null?stack1:"")+" "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"kind"),helperOptions("inline",data,sourceLocation(34,36,34,51))))!=null?stack1:"")+((stack1=ifBlock(container,spec13,alias1,lookupProperty(depth0,"by"),23,-1,data))!=null?stack1:"")+": "+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"text"),helperOptions("inline",data,sourceLocation(34,86,34,101))))!=null?stack1:"")+`
`},22:function(container,depth0,helpers2,partials,data){return"~"},23:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return" ("+((stack1=lookupProperty(helpers2,"inline").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"by"),helperOptions("inline",data,sourceLocation(34,63,34,76))))!=null?stack1:"")+")"},24:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=lookupProperty(helpers2,"with").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"public_summary"),blockHelperOptions("with",container.program(25,data,0),container.noop,data,sourceLocation(38,0,43,9))))!=null?stack1:""},25:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return(stack1=ifBlock(container,spec13,depth0??(container.nullContext||{}),lookupProperty(depth0,"summary"),26,-1,data))!=null?stack1:""},26:function(container,depth0,helpers2,partials,data){var stack1,lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return`
`+((stack1=lookupProperty(helpers2,"markdown").call(depth0??(container.nullContext||{}),lookupProperty(depth0,"summary"),helperOptions("markdown",data,sourceLocation(41,0,41,20))))!=null?stack1:"")+`
`},compiler:[8,">= 4.3.0"],main:function(container,depth0,helpers2,partials,data){var stack1,alias1=depth0??(container.nullContext||{}),lookupProperty=container.lookupProperty||function(parent,propertyName){if(Object.prototype.hasOwnProperty.call(parent,propertyName))return parent[propertyName]};return"# "+((stack1=ifBlock(container,spec13,alias1,lookupProperty(depth0,"drill"),0,-1,data))!=null?stack1:"")+((stack1=lookupProperty(helpers2,"inline").call(alias1,lookupProperty(depth0,"title"),helperOptions("inline",data,sourceLocation(2,30,2,46))))!=null?stack1:"")+`

`+((stack1=ifBlock(container,spec13,alias1,lookupProperty(depth0,"drill"),1,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec13,alias1,lookupProperty(depth0,"severity"),2,3,data))!=null?stack1:"")+"pdate at "+((stack1=lookupProperty(helpers2,"datetime").call(alias1,lookupProperty(depth0,"now"),helperOptions("datetime",data,sourceLocation(8,63,8,79))))!=null?stack1:"")+`.

`+((stack1=ifBlock(container,spec13,alias1,lookupProperty(helpers2,"eq").call(alias1,lookupProperty(depth0,"status"),"investigating",helperOptions("eq",data,sourceLocation(10,6,10,33))),4,5,data))!=null?stack1:"")+((stack1=ifBlock(container,spec13,alias1,lookupProperty(depth0,"started"),11,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec13,alias1,lookupProperty(depth0,"services"),15,-1,data))!=null?stack1:"")+((stack1=ifBlock(container,spec13,alias1,lookupProperty(depth0,"internal"),16,24,data))!=null?stack1:"")},useData:!0},PRECOMPILED={"html:90:hrmtwq1784ho8":spec0,"md:109:1lfe98k6foi44":spec1,"html:675:15wrofpoaqnr":spec2,"md:766:f7igc2te4oou":spec3,"html:4253:i5g2di1ucb1vs":spec4,"md:899:gxocjg1m066m2":spec5,"md:2628:1domib81os2zno":spec6,"html:2798:zus58gc0j1cq":spec7,"md:1335:1aqcgpy9u7drc":spec8,"html:1795:1pr139a1mc5v8":spec9,"md:564:ig3m091e6p01p":spec10,"html:710:1iy8p9b1xx2pgt":spec11,"html:2707:1a55x77do54cx":spec12,"md:1336:15029804ykwp4":spec13},PRECOMPILED_KEYS={md:new Map([[`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
`,"md:109:1lfe98k6foi44"],[`{{#if started}}
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
`,"md:766:f7igc2te4oou"],[`{{!-- The body of the GitHub issue for an action item. Context: incident (frontmatter), item, file, url. --}}
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
`,"md:899:gxocjg1m066m2"],[`{{!-- The investigation coordinator's report (seed 004), posted in the incident channel every
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
`,"md:2628:1domib81os2zno"],[`{{!-- The internal post-mortem: everything in the incident file. Context: README "Templates". --}}
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
`,"md:1335:1aqcgpy9u7drc"],[`{{!-- The public summary: only public fields and the body's Public summary section reach it. --}}
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
`,"md:564:ig3m091e6p01p"],[`{{!-- A short update for a status page or a chat channel during the incident. --}}
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
`,"md:1336:15029804ykwp4"]]),html:new Map([[`<p class="drill"><strong>DRILL</strong>: this is a practice incident, not a real one.</p>
`,"html:90:hrmtwq1784ho8"],[`<dl class="facts">
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
`,"html:675:15wrofpoaqnr"],[`<meta charset="utf-8">
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
`,"html:4253:i5g2di1ucb1vs"],[`{{!-- The internal post-mortem as a page: everything in the incident file (render --format html, and each incident's page of the internal site, incident site). Tables come from the frontmatter as HTML; only the body someone wrote goes through the Markdown converter. --}}
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
`,"html:2798:zus58gc0j1cq"],[`{{!-- A public summary as a page of its own; also each incident's page on the public site. --}}
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
`,"html:1795:1pr139a1mc5v8"],[`<?xml version="1.0" encoding="utf-8"?>
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
`,"html:710:1iy8p9b1xx2pgt"],[`{{!-- The public site's index: every published incident, newest first. --}}
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
`,"html:2707:1a55x77do54cx"]])};var RUNTIME_OPTIONS={allowProtoPropertiesByDefault:!1,allowProtoMethodsByDefault:!1,allowedProtoProperties:{},allowedProtoMethods:{},allowCallsToHelperMissing:!1};function environment(base,format){let env=base.create();for(let[name,fn]of Object.entries(helpers(format,env.SafeString)))env.registerHelper(name,fn);return env}var precompiledKey=(format,source)=>PRECOMPILED_KEYS[format].get(source);function precompiled(format,source){let key=precompiledKey(format,source);return key===void 0?void 0:PRECOMPILED[key]}function runner(template,name){return context=>{try{return template(context,RUNTIME_OPTIONS)}catch(error){throw templateError(error,name)}}}function setUpOnce(template){let t=template,setup=t._setup,ready=!1;return t._setup=options=>{ready&&options===RUNTIME_OPTIONS||(ready=!1,setup(options),ready=options===RUNTIME_OPTIONS)},(context,options)=>{try{return t(context,options)}catch(error){throw ready=!1,error}}}var runtimeEnvs=new Map;function precompiledTemplate(source,options){let spec=precompiled(options.format,source),partials=Object.entries(options.partials??{}).map(([name,s])=>[name,precompiledKey(options.format,s)]);if(!spec||partials.some(([,k])=>k===void 0||!PRECOMPILED[k]))return;let key=JSON.stringify([options.format,partials.map(([n])=>n),partials.map(([,k])=>k)]),env=runtimeEnvs.get(key);if(!env){env=environment(import_handlebars_runtime.default.default,options.format);for(let[name,k]of partials)env.registerPartial(name,env.template(PRECOMPILED[k]));runtimeEnvs.set(key,env)}return runner(setUpOnce(env.template(spec)),options.name??"template")}function templateError(error,file){if(error instanceof DocumentError)return error;let lines=(error instanceof Error?error.message:String(error)).split(`
`),parse=/^Parse error on line (\d+):/.exec(lines[0]);if(parse)return new DocumentError(`Unexpected template syntax: ${lines[lines.length-1]}`,file,Number(parse[1]));let missing=/^"(.+)" not defined in .* - (\d+):(\d+)$/.exec(lines[0]);if(missing)return new DocumentError(`Unexpected "${missing[1]}" in the template, expected a helper or a field of the context (see the README's template section)`,file,Number(missing[2]),Number(missing[3])+1);let parent=/^Cannot read properties of (?:undefined|null) \(reading '(.+)'\)$/.exec(lines[0]);if(parent)return new DocumentError(`Unexpected path to "${parent[1]}" in the template, expected its parent object in the context (wrap optional parts in {{#if}})`,file);let at=/ - (\d+):(\d+)$/.exec(lines[0]);return new DocumentError(`Template error: ${lines[0].replace(/ - \d+:\d+$/,"")}`,file,at?Number(at[1]):void 0,at?Number(at[2])+1:void 0)}export{require_utils,require_exception,require_base,require_no_conflict,require_handlebars_runtime,rememberConverted,loadMarkdownHtml,environment,precompiled,runner,precompiledTemplate,templateError};
