(function (top, lane) { return top === globalThis ? lane : lane.call(module.exports, module.exports, require, module, __filename, __dirname); })(this, function (exports, require, module, __filename, __dirname) {
"use strict";var Ys=Object.create;var it=Object.defineProperty;var Js=Object.getOwnPropertyDescriptor;var Xs=Object.getOwnPropertyNames;var Qs=Object.getPrototypeOf,ea=Object.prototype.hasOwnProperty;var A=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}},ta=(e,t)=>{for(var n in t)it(e,n,{get:t[n],enumerable:!0})},lr=(e,t,n,o)=>{if(t&&typeof t=="object"||typeof t=="function")for(let i of Xs(t))!ea.call(e,i)&&i!==n&&it(e,i,{get:()=>t[i],enumerable:!(o=Js(t,i))||o.enumerable});return e};var ye=(e,t,n)=>(n=e!=null?Ys(Qs(e)):{},lr(t||!e||!e.__esModule?it(n,"default",{value:e,enumerable:!0}):n,e)),na=e=>lr(it({},"__esModule",{value:!0}),e);var dr=A(()=>{throw{[Symbol.for("casefile.hand-over")]:"./markdown-sanitize.ts"}});var Z=A(U=>{"use strict";U.__esModule=!0;U.extend=mr;U.indexOf=la;U.escapeExpression=ua;U.isEmpty=ca;U.createFrame=da;U.blockParams=fa;U.appendContextPath=pa;var ia={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},oa=/[&<>"'`=]/g,sa=/[&<>"'`=]/;function aa(e){return ia[e]}function mr(e){for(var t=1;t<arguments.length;t++)for(var n in arguments[t])Object.prototype.hasOwnProperty.call(arguments[t],n)&&(e[n]=arguments[t][n]);return e}var Yt=Object.prototype.toString;U.toString=Yt;var Gt=function(t){return typeof t=="function"};Gt(/x/)&&(U.isFunction=Gt=function(e){return typeof e=="function"&&Yt.call(e)==="[object Function]"});U.isFunction=Gt;var hr=Array.isArray||function(e){return e&&typeof e=="object"?Yt.call(e)==="[object Array]":!1};U.isArray=hr;function la(e,t){for(var n=0,o=e.length;n<o;n++)if(e[n]===t)return n;return-1}function ua(e){if(typeof e!="string"){if(e&&typeof e.toHTML=="function")return e.toHTML();if(e==null)return"";if(!e)return e+"";e=""+e}return sa.test(e)?e.replace(oa,aa):e}function ca(e){return!e&&e!==0?!0:!!(hr(e)&&e.length===0)}function da(e){var t=mr({},e);return t._parent=e,t}function fa(e,t){return e.path=t,e}function pa(e,t){return(e?e+".":"")+t}});var fe=A((st,gr)=>{"use strict";st.__esModule=!0;var Jt=["description","fileName","lineNumber","endLineNumber","message","name","number","stack"];function Xt(e,t){var n=t&&t.loc,o=void 0,i=void 0,r=void 0,a=void 0;n&&n.start&&(o=n.start.line,r=n.start.column,n.end&&(i=n.end.line,a=n.end.column),e+=" - "+o+":"+r);for(var s=Error.prototype.constructor.call(this,e),l=0;l<Jt.length;l++)this[Jt[l]]=s[Jt[l]];Error.captureStackTrace&&Error.captureStackTrace(this,Xt);try{n&&(this.lineNumber=o,this.endLineNumber=i,Object.defineProperty?(Object.defineProperty(this,"column",{value:r,enumerable:!0}),Object.defineProperty(this,"endColumn",{value:a,enumerable:!0})):(this.column=r,this.endColumn=a))}catch{}}Xt.prototype=new Error;st.default=Xt;gr.exports=st.default});var br=A((at,yr)=>{"use strict";at.__esModule=!0;var Qt=Z();at.default=function(e){e.registerHelper("blockHelperMissing",function(t,n){var o=n.inverse,i=n.fn;if(t===!0)return i(this);if(t===!1||t==null)return o(this);if(Qt.isArray(t))return t.length>0?(n.ids&&(n.ids=[n.name]),e.helpers.each(t,n)):o(this);if(n.data&&n.ids){var r=Qt.createFrame(n.data);r.contextPath=Qt.appendContextPath(n.data.contextPath,n.name),n={data:r}}return i(t,n)})};yr.exports=at.default});var xr=A((lt,wr)=>{"use strict";lt.__esModule=!0;function ma(e){return e&&e.__esModule?e:{default:e}}var Ee=Z(),ha=fe(),ga=ma(ha);function ya(e){try{var t=e.return;Ee.isFunction(t)&&t.call(e)}catch{}}lt.default=function(e){e.registerHelper("each",function(t,n){if(!n)throw new ga.default("Must pass iterator to #each");var o=n.fn,i=n.inverse,r=0,a="",s=void 0,l=void 0;n.data&&n.ids&&(l=Ee.appendContextPath(n.data.contextPath,n.ids[0])+"."),Ee.isFunction(t)&&(t=t.call(this)),n.data&&(s=Ee.createFrame(n.data));function u(y,w,R,k){s&&(s.key=y,s.index=w,s.first=w===0,s.last=!!R,l&&(s.contextPath=l+y)),a=a+o(k,{data:s,blockParams:Ee.blockParams([k,y],[l+y,null])})}if(t&&typeof t=="object")if(Ee.isArray(t))for(var d=t.length;r<d;r++)r in t&&u(r,r,r===t.length-1,t[r]);else if(typeof Symbol=="function"&&t[Symbol.iterator])for(var c=t[Symbol.iterator](),f=c.next();!f.done;){var h=c.next();try{u(r,r,h.done,f.value)}catch(y){throw h.done||ya(c),y}f=h,r++}else(function(){var y=void 0;Object.keys(t).forEach(function(w){y!==void 0&&u(y,r-1,!1,t[y]),y=w,r++}),y!==void 0&&u(y,r-1,!0,t[y])})();return r===0&&(a=i(this)),a})};wr.exports=lt.default});var vr=A((ut,kr)=>{"use strict";ut.__esModule=!0;function ba(e){return e&&e.__esModule?e:{default:e}}var wa=fe(),xa=ba(wa);ut.default=function(e){e.registerHelper("helperMissing",function(){if(arguments.length!==1)throw new xa.default('Missing helper: "'+arguments[arguments.length-1].name+'"')})};kr.exports=ut.default});var Sr=A((ct,Or)=>{"use strict";ct.__esModule=!0;function ka(e){return e&&e.__esModule?e:{default:e}}var _r=Z(),va=fe(),Ar=ka(va);ct.default=function(e){e.registerHelper("if",function(t,n){if(arguments.length!=2)throw new Ar.default("#if requires exactly one argument");return _r.isFunction(t)&&(t=t.call(this)),!n.hash.includeZero&&!t||_r.isEmpty(t)?n.inverse(this):n.fn(this)}),e.registerHelper("unless",function(t,n){if(arguments.length!=2)throw new Ar.default("#unless requires exactly one argument");return e.helpers.if.call(this,t,{fn:n.inverse,inverse:n.fn,hash:n.hash})})};Or.exports=ct.default});var Cr=A((dt,Pr)=>{"use strict";dt.__esModule=!0;dt.default=function(e){e.registerHelper("log",function(){for(var t=[void 0],n=arguments[arguments.length-1],o=0;o<arguments.length-1;o++)t.push(arguments[o]);var i=1;n.hash.level!=null?i=n.hash.level:n.data&&n.data.level!=null&&(i=n.data.level),t[0]=i,e.log.apply(e,t)})};Pr.exports=dt.default});var Tr=A((ft,Er)=>{"use strict";ft.__esModule=!0;ft.default=function(e){e.registerHelper("lookup",function(t,n,o){return t&&o.lookupProperty(t,n)})};Er.exports=ft.default});var Ir=A((pt,$r)=>{"use strict";pt.__esModule=!0;function _a(e){return e&&e.__esModule?e:{default:e}}var Be=Z(),Aa=fe(),Oa=_a(Aa);pt.default=function(e){e.registerHelper("with",function(t,n){if(arguments.length!=2)throw new Oa.default("#with requires exactly one argument");Be.isFunction(t)&&(t=t.call(this));var o=n.fn;if(Be.isEmpty(t))return n.inverse(this);var i=n.data;return n.data&&n.ids&&(i=Be.createFrame(n.data),i.contextPath=Be.appendContextPath(n.data.contextPath,n.ids[0])),o(t,{data:i,blockParams:Be.blockParams([t],[i&&i.contextPath])})})};$r.exports=pt.default});var en=A(mt=>{"use strict";mt.__esModule=!0;mt.registerDefaultHelpers=Ha;mt.moveHelperToHooks=Ua;function be(e){return e&&e.__esModule?e:{default:e}}var Sa=br(),Pa=be(Sa),Ca=xr(),Ea=be(Ca),Ta=vr(),$a=be(Ta),Ia=Sr(),Ra=be(Ia),Ma=Cr(),La=be(Ma),Da=Tr(),Na=be(Da),ja=Ir(),Fa=be(ja);function Ha(e){Pa.default(e),Ea.default(e),$a.default(e),Ra.default(e),La.default(e),Na.default(e),Fa.default(e)}function Ua(e,t,n){e.helpers[t]&&(e.hooks[t]=e.helpers[t],n||(e.helpers[t]=void 0))}});var Mr=A((ht,Rr)=>{"use strict";ht.__esModule=!0;var za=Z();ht.default=function(e){e.registerDecorator("inline",function(t,n,o,i){var r=t;return n.partials||(n.partials={},r=function(a,s){var l=o.partials;o.partials=za.extend({},l,n.partials);var u=t(a,s);return o.partials=l,u}),n.partials[i.args[0]]=i.fn,r})};Rr.exports=ht.default});var Lr=A(tn=>{"use strict";tn.__esModule=!0;tn.registerDefaultDecorators=Va;function Wa(e){return e&&e.__esModule?e:{default:e}}var qa=Mr(),Ba=Wa(qa);function Va(e){Ba.default(e)}});var nn=A((gt,Dr)=>{"use strict";gt.__esModule=!0;var Za=Z(),Te={methodMap:["debug","info","warn","error"],level:"info",lookupLevel:function(t){if(typeof t=="string"){var n=Za.indexOf(Te.methodMap,t.toLowerCase());n>=0?t=n:t=parseInt(t,10)}return t},log:function(t){if(t=Te.lookupLevel(t),typeof console<"u"&&Te.lookupLevel(Te.level)<=t){var n=Te.methodMap[t];console[n]||(n="log");for(var o=arguments.length,i=Array(o>1?o-1:0),r=1;r<o;r++)i[r-1]=arguments[r];console[n].apply(console,i)}}};gt.default=Te;Dr.exports=gt.default});var rn=A($e=>{"use strict";$e.__esModule=!0;$e.createProtoAccessControl=Ja;$e.resultIsAllowed=Xa;$e.isPrototypeConstructor=Qa;$e.resetLoggedProperties=tl;function Ka(e){return e&&e.__esModule?e:{default:e}}var Nr=Z(),Ga=nn(),Ya=Ka(Ga),yt=Object.create(null);function Ja(e){var t=Object.create(null);t.__proto__=!1,Nr.extend(t,e.allowedProtoProperties);var n=Object.create(null);return n.constructor=!1,n.__defineGetter__=!1,n.__defineSetter__=!1,n.__lookupGetter__=!1,n.__lookupSetter__=!1,Nr.extend(n,e.allowedProtoMethods),{properties:{whitelist:t,defaultValue:e.allowProtoPropertiesByDefault},methods:{whitelist:n,defaultValue:e.allowProtoMethodsByDefault}}}function Xa(e,t,n){return jr(typeof e=="function"?t.methods:t.properties,n)}function Qa(e,t,n){return t==="constructor"&&typeof n=="function"&&e===n.prototype}function jr(e,t){return e.whitelist[t]!==void 0?e.whitelist[t]===!0:e.defaultValue!==void 0?e.defaultValue:(el(t),!1)}function el(e){yt[e]!==!0&&(yt[e]=!0,Ya.default.log("error",'Handlebars: Access has been denied to resolve the property "'+e+`" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`))}function tl(){Object.keys(yt).forEach(function(e){delete yt[e]})}});var ln=A(ee=>{"use strict";ee.__esModule=!0;ee.HandlebarsEnvironment=an;function Fr(e){return e&&e.__esModule?e:{default:e}}var we=Z(),nl=fe(),on=Fr(nl),rl=en(),il=Lr(),ol=nn(),bt=Fr(ol),sl=rn(),al="4.7.10";ee.VERSION=al;var ll=8;ee.COMPILER_REVISION=ll;var ul=7;ee.LAST_COMPATIBLE_COMPILER_REVISION=ul;var cl={1:"<= 1.0.rc.2",2:"== 1.0.0-rc.3",3:"== 1.0.0-rc.4",4:"== 1.x.x",5:"== 2.0.0-alpha.x",6:">= 2.0.0-beta.1",7:">= 4.0.0 <4.3.0",8:">= 4.3.0"};ee.REVISION_CHANGES=cl;var sn="[object Object]";function an(e,t,n){this.helpers=e||{},this.partials=t||{},this.decorators=n||{},rl.registerDefaultHelpers(this),il.registerDefaultDecorators(this)}an.prototype={constructor:an,logger:bt.default,log:bt.default.log,registerHelper:function(t,n){if(we.toString.call(t)===sn){if(n)throw new on.default("Arg not supported with multiple helpers");we.extend(this.helpers,t)}else this.helpers[t]=n},unregisterHelper:function(t){delete this.helpers[t]},registerPartial:function(t,n){if(we.toString.call(t)===sn)we.extend(this.partials,t);else{if(typeof n>"u")throw new on.default('Attempting to register a partial called "'+t+'" as undefined');this.partials[t]=n}},unregisterPartial:function(t){delete this.partials[t]},registerDecorator:function(t,n){if(we.toString.call(t)===sn){if(n)throw new on.default("Arg not supported with multiple decorators");we.extend(this.decorators,t)}else this.decorators[t]=n},unregisterDecorator:function(t){delete this.decorators[t]},resetLoggedPropertyAccesses:function(){sl.resetLoggedProperties()}};var dl=bt.default.log;ee.log=dl;ee.createFrame=we.createFrame;ee.logger=bt.default});var Ur=A((wt,Hr)=>{"use strict";wt.__esModule=!0;function un(e){this.string=e}un.prototype.toString=un.prototype.toHTML=function(){return""+this.string};wt.default=un;Hr.exports=wt.default});var zr=A(cn=>{"use strict";cn.__esModule=!0;cn.wrapHelper=fl;function fl(e,t){if(typeof e!="function")return e;var n=function(){var i=arguments[arguments.length-1];return arguments[arguments.length-1]=t(i),e.apply(this,arguments)};return n}});var Zr=A(pe=>{"use strict";pe.__esModule=!0;pe.checkRevision=bl;pe.template=wl;pe.wrapProgram=xt;pe.resolvePartial=xl;pe.invokePartial=kl;pe.noop=Br;function pl(e){return e&&e.__esModule?e:{default:e}}function ml(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var n in e)Object.prototype.hasOwnProperty.call(e,n)&&(t[n]=e[n]);return t.default=e,t}var hl=Z(),xe=ml(hl),gl=fe(),K=pl(gl),oe=ln(),Wr=en(),yl=zr(),dn=rn();function bl(e){var t=e&&e[0]||1,n=oe.COMPILER_REVISION;if(!(t>=oe.LAST_COMPATIBLE_COMPILER_REVISION&&t<=oe.COMPILER_REVISION))if(t<oe.LAST_COMPATIBLE_COMPILER_REVISION){var o=oe.REVISION_CHANGES[n],i=oe.REVISION_CHANGES[t];throw new K.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version ("+o+") or downgrade your runtime to an older version ("+i+").")}else throw new K.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version ("+e[1]+").")}function wl(e,t){if(!t)throw new K.default("No environment passed to template");if(!e||!e.main)throw new K.default("Unknown template object: "+typeof e);e.main.decorator=e.main_d,t.VM.checkRevision(e.compiler);var n=e.compiler&&e.compiler[0]===7;function o(a,s,l){l.hash&&(s=xe.extend({},s,l.hash),l.ids&&(l.ids[0]=!0)),a=t.VM.resolvePartial.call(this,a,s,l),l.hooks=this.hooks,l.protoAccessControl=this.protoAccessControl;var u=t.VM.invokePartial.call(this,a,s,l);if(u==null&&xe.isFunction(a))throw new K.default("The partial "+l.name+" returned no output: partials must return a string");if(u==null&&t.compile){if(typeof a!="string")throw new K.default("The partial "+l.name+" could not be compiled: partials must be strings or functions returning strings");l.partials[l.name]=t.compile(a,e.compilerOptions,t),u=l.partials[l.name](s,l)}if(u!=null){if(l.indent){for(var d=u.split(`
`),c=0,f=d.length;c<f&&!(!d[c]&&c+1===f);c++)d[c]=l.indent+d[c];u=d.join(`
`)}return u}else throw new K.default("The partial "+l.name+" could not be compiled when running in runtime-only mode")}var i={strict:function(s,l,u){if(!s||!(l in s))throw new K.default('"'+l+'" not defined in '+s,{loc:u});return i.lookupProperty(s,l)},lookupProperty:function(s,l){var u=s[l];if(u==null||Object.prototype.hasOwnProperty.call(s,l)&&!dn.isPrototypeConstructor(s,l,u)||dn.resultIsAllowed(u,i.protoAccessControl,l))return u},lookup:function(s,l){for(var u=s.length,d=0;d<u;d++){var c=s[d]&&i.lookupProperty(s[d],l);if(c!=null)return c}},lambda:function(s,l){return typeof s=="function"?s.call(l):s},escapeExpression:xe.escapeExpression,invokePartial:o,fn:function(s){var l=e[s];return l.decorator=e[s+"_d"],l},programs:[],program:function(s,l,u,d,c){var f=this.programs[s],h=this.fn(s);return l||c||d||u?f=xt(this,s,h,l,u,d,c):f||(f=this.programs[s]=xt(this,s,h)),f},data:function(s,l){for(;s&&l--;)s=s._parent;return s},mergeIfNeeded:function(s,l){var u=s||l;return s&&l&&s!==l&&(u=xe.extend({},l,s)),u},nullContext:Object.seal({}),noop:t.VM.noop,compilerInfo:e.compiler};function r(a){var s=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],l=s.data;r._setup(s),!s.partial&&e.useData&&(l=vl(a,l));var u=void 0,d=e.useBlockParams?[]:void 0;e.useDepths&&(s.depths?u=a!=s.depths[0]?[a].concat(s.depths):s.depths:u=[a]);function c(f){return""+e.main(i,f,i.helpers,i.partials,l,d,u)}return c=Vr(e.main,c,i,s.depths||[],l,d),c(a,s)}return r.isTop=!0,r._setup=function(a){if(a.partial)i.protoAccessControl=a.protoAccessControl,i.helpers=a.helpers,i.partials=a.partials,i.decorators=a.decorators,i.hooks=a.hooks;else{var s={};qr(s,t.helpers,i),qr(s,a.helpers,i),i.helpers=s,e.usePartial&&(i.partials=i.mergeIfNeeded(a.partials,t.partials)),(e.usePartial||e.useDecorators)&&(i.decorators=xe.extend({},t.decorators,a.decorators)),i.hooks={},i.protoAccessControl=dn.createProtoAccessControl(a);var l=a.allowCallsToHelperMissing||n;Wr.moveHelperToHooks(i,"helperMissing",l),Wr.moveHelperToHooks(i,"blockHelperMissing",l)}},r._child=function(a,s,l,u){if(e.useBlockParams&&!l)throw new K.default("must pass block params");if(e.useDepths&&!u)throw new K.default("must pass parent depths");return xt(i,a,e[a],s,0,l,u)},r}function xt(e,t,n,o,i,r,a){function s(l){var u=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],d=a;return a&&l!=a[0]&&!(l===e.nullContext&&a[0]===null)&&(d=[l].concat(a)),n(e,l,e.helpers,e.partials,u.data||o,r&&[u.blockParams].concat(r),d)}return s=Vr(n,s,e,a,o,r),s.program=t,s.depth=a?a.length:0,s.blockParams=i||0,s}function xl(e,t,n){return e?typeof e!="function"&&!n.name&&(n.name=e,e=kt(n.partials,e)):n.name==="@partial-block"?e=kt(n.data,"partial-block"):e=kt(n.partials,n.name),e}function kl(e,t,n){var o=kt(n.data,"partial-block");n.partial=!0,n.ids&&(n.data.contextPath=n.ids[0]||n.data.contextPath);var i=void 0;if(n.fn&&n.fn!==Br&&(function(){n.data=oe.createFrame(n.data);var r=n.fn;i=n.data["partial-block"]=function(s){var l=arguments.length<=1||arguments[1]===void 0?{}:arguments[1];return l.data=oe.createFrame(l.data),l.data["partial-block"]=o,r(s,l)},r.partials&&(n.partials=xe.extend({},n.partials,r.partials))})(),e===void 0&&i&&(e=i),e===void 0)throw new K.default("The partial "+n.name+" could not be found");if(e instanceof Function)return e(t,n)}function Br(){return""}function kt(e,t){if(e&&Object.prototype.hasOwnProperty.call(e,t))return e[t]}function vl(e,t){return(!t||!("root"in t))&&(t=t?oe.createFrame(t):{},t.root=e),t}function Vr(e,t,n,o,i,r){if(e.decorator){var a={};t=e.decorator(t,a,n,o&&o[0],i,r,o),xe.extend(t,a)}return t}function qr(e,t,n){t&&Object.keys(t).forEach(function(o){var i=t[o];e[o]=_l(i,n)})}function _l(e,t){var n=t.lookupProperty;return yl.wrapHelper(e,function(o){return o.lookupProperty=n,o})}});var Gr=A((vt,Kr)=>{"use strict";vt.__esModule=!0;vt.default=function(e){(function(){typeof globalThis!="object"&&(Object.prototype.__defineGetter__("__magic__",function(){return this}),__magic__.globalThis=__magic__,delete Object.prototype.__magic__)})();var t=globalThis.Handlebars;e.noConflict=function(){return globalThis.Handlebars===e&&(globalThis.Handlebars=t),e}};Kr.exports=vt.default});var ei=A((_t,Qr)=>{"use strict";_t.__esModule=!0;function pn(e){return e&&e.__esModule?e:{default:e}}function mn(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var n in e)Object.prototype.hasOwnProperty.call(e,n)&&(t[n]=e[n]);return t.default=e,t}var Al=ln(),Yr=mn(Al),Ol=Ur(),Sl=pn(Ol),Pl=fe(),Cl=pn(Pl),El=Z(),fn=mn(El),Tl=Zr(),Jr=mn(Tl),$l=Gr(),Il=pn($l);function Xr(){var e=new Yr.HandlebarsEnvironment;return fn.extend(e,Yr),e.SafeString=Sl.default,e.Exception=Cl.default,e.Utils=fn,e.escapeExpression=fn.escapeExpression,e.VM=Jr,e.template=function(t){return Jr.template(t,e)},e}var Ve=Xr();Ve.create=Xr;Il.default(Ve);Ve.default=Ve;_t.default=Ve;Qr.exports=_t.default});var Ui=A(()=>{throw{[Symbol.for("casefile.hand-over")]:"./compile.ts"}});var In=A((Kf,lo)=>{lo.exports=require("./parts/markdown-tree.cjs")});var Ro=A(()=>{throw{[Symbol.for("casefile.hand-over")]:"../document/document.ts"}});var Yo=A(()=>{throw{[Symbol.for("casefile.hand-over")]:"../core/document/document.ts"}});var Id={};ta(Id,{main:()=>$d,run:()=>Gs});module.exports=na(Id);var Bt=require("node:fs");var v=class extends Error{name="UsageError"},S=class extends Error{constructor(n,o,i,r){super(n);this.file=o;this.line=i;this.column=r}file;line;column;name="DocumentError";describe(){return this.file?`${this.line?`${this.file}:${this.line}${this.column?`:${this.column}`:""}`:this.file}: ${this.message}`:this.message}},de=class extends Error{name="CommandError"},ot=class extends Error{constructor(n){super(`exit ${n}`);this.code=n}code;name="SilentExit"};function ur(e,t){let n=e.evidence;if(n==null)return[];if(!(Array.isArray(n)&&n.every(i=>typeof i=="object"&&i!==null&&!Array.isArray(i)&&typeof i.file=="string")))throw new S("Unexpected `evidence` value, expected a list of files, each with a `file`",t);return n}function cr(e){if(e<1024)return`${e} B`;let t=["KiB","MiB","GiB","TiB"],n=e,o=-1;do n/=1024,o++;while(n>=1024&&o<t.length-1);return`${n.toFixed(n<10?1:0)} ${t[o]}`}var Kt,ra=!0;async function fr(){Kt??=(await Promise.resolve().then(()=>ye(dr(),1))).sanitizedHtml}function pr(e,t={}){if(!Kt)throw new Error("markdownToHtml: call loadMarkdownHtml() before rendering HTML");return Kt(e,t.headingOffset??0,ra)}var ji=ye(ei(),1);function ni(e){let t=e<0,n=Math.abs(e),o=n>=2*864e5?Math.floor(n/864e5):0,i=n-o*864e5,r=Math.floor(i/36e5);i-=r*36e5;let a=Math.floor(i/6e4),s=n<36e5?Math.floor((i-a*6e4)/1e3):0;return{negative:t&&o+r+a+s>0,days:o,hours:r,minutes:a,seconds:s}}var ti=e=>String(e).padStart(2,"0");function hn(e,t=!1){let n=ni(e),o;if(n.days===0&&n.hours===0)o=n.minutes===0?`${n.seconds}s`:`${n.minutes}m${n.seconds?`${ti(n.seconds)}s`:""}`;else{let i=`${n.hours}h${n.minutes?`${ti(n.minutes)}m`:""}`;o=n.days===0?i:`${n.days}d${n.hours||n.minutes?` ${i}`:""}`}return`${t?"~":""}${n.negative?"-":""}${o}`}function ri(e,t=!1){let n=ni(e),o=(r,a)=>r?[`${r} ${a}${r===1?"":"s"}`]:[],i=[...o(n.days,"day"),...o(n.hours,"hour"),...o(n.minutes,"minute"),...o(n.seconds,"second")];return`${t?"about ":""}${n.negative?"-":""}${i.join(" ")||"0 seconds"}`}var Rl=[31,28,31,30,31,30,31,31,30,31,30,31];function Ml(e){return e%4===0&&e%100!==0||e%400===0}function ii(e,t){return t===2&&Ml(e)?29:Rl[t-1]??0}function me(e,t){let n=e.charCodeAt(t)-48,o=e.charCodeAt(t+1)-48;return n>=0&&n<=9&&o>=0&&o<=9?n*10+o:-1}function Ie(e,t,n){let o=0;for(let i=t;i<t+n;i++){let r=e.charCodeAt(i);if(!(r>=48&&r<=57))return-1;o=o*10+r-48}return o}var Ot={UTC:{offset:0},GMT:{offset:0,also:["UTC","Europe/London"]},Z:{offset:0},PST:{offset:-480,region:"America/Los_Angeles"},PDT:{offset:-420,region:"America/Los_Angeles"},PT:{region:"America/Los_Angeles"},MST:{offset:-420,region:"America/Denver",also:["America/Phoenix"]},MDT:{offset:-360,region:"America/Denver"},MT:{region:"America/Denver"},CST:{offset:-360,region:"America/Chicago"},CDT:{offset:-300,region:"America/Chicago"},CT:{region:"America/Chicago"},EST:{offset:-300,region:"America/New_York"},EDT:{offset:-240,region:"America/New_York"},ET:{region:"America/New_York"},ADT:{offset:-180,region:"America/Halifax"},NST:{offset:-210,region:"America/St_Johns"},NDT:{offset:-150,region:"America/St_Johns"},AKST:{offset:-540,region:"America/Anchorage"},AKDT:{offset:-480,region:"America/Anchorage"},HST:{offset:-600,region:"Pacific/Honolulu"},BRT:{offset:-180,region:"America/Sao_Paulo"},ART:{offset:-180,region:"America/Argentina/Buenos_Aires"},WET:{offset:0,region:"Europe/Lisbon"},WEST:{offset:60,region:"Europe/Lisbon"},BST:{offset:60,region:"Europe/London"},CET:{offset:60,region:"Europe/Berlin",also:["Europe/Paris","Europe/Amsterdam"]},CEST:{offset:120,region:"Europe/Berlin",also:["Europe/Paris","Europe/Amsterdam"]},EET:{offset:120,region:"Europe/Athens",also:["Europe/Helsinki","Europe/Kyiv"]},EEST:{offset:180,region:"Europe/Athens",also:["Europe/Helsinki","Europe/Kyiv"]},MSK:{offset:180,region:"Europe/Moscow"},WAT:{offset:60,region:"Africa/Lagos"},CAT:{offset:120,region:"Africa/Maputo"},SAST:{offset:120,region:"Africa/Johannesburg"},EAT:{offset:180,region:"Africa/Nairobi"},PKT:{offset:300,region:"Asia/Karachi"},NPT:{offset:345,region:"Asia/Kathmandu"},ICT:{offset:420,region:"Asia/Bangkok"},WIB:{offset:420,region:"Asia/Jakarta"},SGT:{offset:480,region:"Asia/Singapore"},HKT:{offset:480,region:"Asia/Hong_Kong"},AWST:{offset:480,region:"Australia/Perth"},JST:{offset:540,region:"Asia/Tokyo"},KST:{offset:540,region:"Asia/Seoul"},ACST:{offset:570,region:"Australia/Adelaide",also:["Australia/Darwin"]},ACDT:{offset:630,region:"Australia/Adelaide"},AEST:{offset:600,region:"Australia/Sydney",also:["Australia/Brisbane"]},AEDT:{offset:660,region:"Australia/Sydney"},NZST:{offset:720,region:"Pacific/Auckland"},NZDT:{offset:780,region:"Pacific/Auckland"}},Re={IST:[{where:"India",offset:330,region:"Asia/Kolkata"},{where:"Israel",offset:120,region:"Asia/Jerusalem"},{where:"Ireland",offset:60,region:"Europe/Dublin"}],AST:[{where:"Atlantic",offset:-240,region:"America/Halifax"},{where:"Arabia",offset:180,region:"Asia/Riyadh"}],SST:[{where:"Samoa",offset:-660,region:"Pacific/Pago_Pago"},{where:"Singapore",offset:480,region:"Asia/Singapore"}]},oi={EST5EDT:"America/New_York",CST6CDT:"America/Chicago",MST7MDT:"America/Denver",PST8PDT:"America/Los_Angeles",MET:"Europe/Berlin"};function si(e,t){for(let[n,o]of Object.entries(Ot))if(o.region===e&&o.offset===t)return n}function gn(e){let t=Math.abs(e);return`${e<0?"-":"+"}${String(Math.trunc(t/60)).padStart(2,"0")}:${String(t%60).padStart(2,"0")}`}function ai(e){let t=Re[e];if(t)return`${e} (${t.map(n=>`${n.where} ${gn(n.offset)}`).join(", ")})`}var Ll=new Set(["Africa","America","Antarctica","Arctic","Asia","Atlantic","Australia","Europe","Indian","Pacific"]);function yn(e){if(e==="UTC")return!0;let t=e.split("/");return t[0]==="Etc"?t.length===2&&At(t[1],!1):Ll.has(t[0])&&(t.length===2||t.length===3)&&At(t[1],!0)&&(t.length===2||At(t[2],!0))}function li(e){let t=e.split("/"),n=e.charCodeAt(0);return t.length<=3&&(n>=65&&n<=90||n>=97&&n<=122)&&t.every(o=>At(o,!0))}function At(e,t){if(e==="")return!1;for(let n=0;n<e.length;n++){let o=e.charCodeAt(n);if(!(o>=65&&o<=90||o>=97&&o<=122||o>=48&&o<=57||o===43||o===45||t&&o===95))return!1}return!0}function ui(e){return`an IANA name such as ${St(e)}`}function St(e){let t=e.toUpperCase(),n=Ot[t],o=[];if(n)o=[...n.region?[n.region]:[],...n.also??(n.region?[]:["UTC"])];else if(Re[t])o=Re[t].map(i=>i.region);else if(oi[t])o=[oi[t]];else try{let i=new Intl.DateTimeFormat("en-US",{timeZone:e}).resolvedOptions().timeZone;i!==e&&yn(i)&&(o=[i])}catch{}return o.length===0&&(o=["Europe/Berlin","UTC"]),o.length===1?o[0]:`${o.slice(0,-1).join(", ")} or ${o[o.length-1]}`}var ci=/^(?:[~≈±]|\+\/?-|(?:about|around|approximately|approx|circa)\s|(?:approx|ca)\.)\s*/i,di=/(\d|[ap]\.?m\.?)-ish\b/i,Dl=/^(\d{4}-\d{2}-\d{2})\s+(.+)$/;function fi(e){let t=ci.exec(e);if(t)return e.slice(t[0].length);if(e.length>1&&e.endsWith("?"))return e.slice(0,-1).trimEnd();if(di.test(e))return e.replace(di,"$1");let n=Dl.exec(e),o=n&&ci.exec(n[2]);if(n&&o)return`${n[1]} ${n[2].slice(o[0].length)}`}var Nl=new RegExp("^(?:(\\d{4})-(\\d{2})-(\\d{2})(?:T|\\s+))?(?:(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?)?|(\\d{2})(\\d{2}))(?:\\s*([ap])\\.?m\\b\\.?)?(?:\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{1,5}))?$","i");function pi(e,t){let n=Nl.exec(e);if(!n)return;let[,o,i,r,a,s,l,u,d,c,f]=n,h=u!==void 0;if(h?f===void 0||c!==void 0:s===void 0&&c===void 0)return;let y=Number(h?u:a),w=Number((h?d:s)??0),R=Number(l??0);if(c!==void 0){if(y<1||y>12)throw new v(`Unexpected hour ${y} with ${c.toUpperCase()}M in "${t}", expected 1 to 12 (or a 24-hour time without AM/PM)`);y=y%12+(c.toLowerCase()==="p"?12:0)}let k={hour:y,minute:w,second:R};return o!==void 0&&(k.date={year:Number(o),month:Number(i),day:Number(r)}),f!==void 0&&(k.zone=jl(f,e,t)),k}function jl(e,t,n){let o=/^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(e);if(o){let[,a,s,l]=o,u=Number(s)*60+Number(l??0);if(Number(s)>14||Number(l??0)>59||u>840)throw new v(`Unexpected offset "${e}" in "${n}", expected one between -12:00 and +14:00`);return{offset:a==="-"?-u:u}}let i=e.toUpperCase(),r=Ot[i];if(r)return{offset:r.offset,region:r.region,abbr:i};if(Re[i]){let a=`${t.slice(0,t.length-e.length).trimEnd()} ${gn(Re[i][0].offset)}`;throw new v(`Unexpected ambiguous time zone ${ai(i)} in "${n}", expected an offset instead, like "${a}"`)}throw new v(`Unexpected time zone "${e}" in "${n}", expected an abbreviation listed in docs/time-formats.md (PST, CET, JST...) or an offset like -08:00`)}var mi=new Map;function Fl(e){let t=mi.get(e);return t||mi.set(e,t=new Intl.DateTimeFormat("en-US",{timeZone:e,year:"numeric",timeZoneName:"longOffset"})),t}var Hl=864e13-2*864e5,hi=(e,t)=>{let n=e.charCodeAt(t)-48;return n>=0&&n<=9?n:NaN},bn=(e,t)=>hi(e,t)*10+hi(e,t+1);function gi(e,t){if(!(Math.abs(t)<=Hl))return;let n=Fl(e).format(t),o=n.lastIndexOf("GMT")+3;if(o<3)return;let i=n.length-o;if(i===0)return 0;if(i!==6&&i!==9)return;let r=n.charCodeAt(o);if(r!==43&&r!==45||n.charCodeAt(o+3)!==58)return;let a=bn(n,o+1)*3600+bn(n,o+4)*60;if(i===9){if(n.charCodeAt(o+6)!==58)return;a+=bn(n,o+7)}if(!Number.isNaN(a))return a===0?0:Math.round((r===45?-a:a)*1e3/6e4)}var te=6e4,Pt=60*te,ke=24*Pt;function bi(e){return e.month>=1&&e.month<=12&&e.day>=1&&e.day<=ii(e.year,e.month)&&e.hour<=23&&e.minute<=59&&e.second<=59}function wi(e,t){if(typeof e!="string")return;let n=e.charCodeAt(10);if(e.charCodeAt(4)!==45||e.charCodeAt(7)!==45||n!==84&&n!==32||e.charCodeAt(13)!==58)return;let o=t??{year:0,month:0,day:0,hour:0,minute:0,second:0,ms:0,offset:void 0};if(o.year=Ie(e,0,4),o.month=me(e,5),o.day=me(e,8),o.hour=me(e,11),o.minute=me(e,14),o.second=0,o.offset=void 0,o.year<0||o.month<0||o.day<0||o.hour<0||o.minute<0)return;let i=16,r=0;if(e.charCodeAt(i)===58){if(o.second=me(e,i+1),o.second<0)return;if(i+=3,e.charCodeAt(i)===46||e.charCodeAt(i)===44){let d=i+1;for(;Ie(e,d,1)>=0;)d++;if(d===i+1||d-i-1>9)return;for(let c=i+1;c<i+4;c++)r=r*10+(c<d?Ie(e,c,1):0);i=d}}if(!bi(o))return;if(o.ms=r,i===e.length)return o;let a=e.charCodeAt(i);if(a===90)return o.offset=0,i+1===e.length?o:void 0;if(a!==43&&a!==45)return;let s=me(e,i+1),l=0,u=i+3;if(u<e.length&&(e.charCodeAt(u)===58&&u++,l=me(e,u),u+=2),!(s<0||l<0||u!==e.length||s>23||l>59))return o.offset=(a===45?-1:1)*(s*60+l),o}function Ct(e){if(e.year>=100&&e.year<=9999&&e.month>=1&&e.month<=12)return Ul(e.year,e.month,e.day)*ke+e.hour*Pt+e.minute*te+e.second*1e3;if(e.year>=100)return Date.UTC(e.year,e.month-1,e.day,e.hour,e.minute,e.second);let t=new Date(Date.UTC(2e3,e.month-1,e.day,e.hour,e.minute,e.second));return t.setUTCFullYear(e.year),t.getTime()}function Ul(e,t,n){let o=t<=2?e-1:e,i=Math.floor(o/400),r=o-i*400,a=Math.floor((153*(t>2?t-3:t+9)+2)/5)+n-1,s=r*365+Math.floor(r/4)-Math.floor(r/100)+a;return i*146097+s-719468}var zl={year:0,month:0,day:0,hour:0,minute:0,second:0,ms:0,offset:void 0};function F(e){let t=wi(e,zl);if(!(!t||t.offset===void 0))return Ct(t)+t.ms-t.offset*te}var yi=new Map;function wn(e){let t=yi.get(e);return t||(t=new Intl.DateTimeFormat("en-US",{timeZone:e,hourCycle:"h23",era:"short",year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric"}),yi.set(e,t)),t}var Ze={isValid(e){try{return wn(e),!0}catch{return!1}},offsetMinutes(e,t){let n=Math.floor(t/1e3)*1e3;return gi(e,n)??Wl(e,n)},isUtc:e=>wn(e).resolvedOptions().timeZone==="UTC"};function Wl(e,t){let n={},o=!1;for(let{type:r,value:a}of wn(e).formatToParts(t))r==="era"?o=a==="BC":r!=="literal"&&(n[r]=Number(a));let i=Ct({year:o?1-n.year:n.year,month:n.month,day:n.day,hour:n.hour%24,minute:n.minute,second:n.second});return Math.round((i-t)/te)}var Et=Ze;function xi(e){Et=e}function he(e){return typeof e=="string"&&yn(e)&&Et.isValid(e)}function Le(e,t){return ki(e)??Et.offsetMinutes(e,t)}function ki(e){let t=e.charCodeAt(0);if(t!==43&&t!==45)return;let n=Ie(e,1,2)*60+Ie(e,4,2);return t===45?-n:n}function De(e,t){let n=Math.floor(e/1e3)*1e3,o=new Date(n+Le(t,n)*te);return{year:o.getUTCFullYear(),month:o.getUTCMonth()+1,day:o.getUTCDate(),hour:o.getUTCHours(),minute:o.getUTCMinutes(),second:o.getUTCSeconds()}}function N(e,t=2){return String(Math.abs(e)).padStart(t,"0")}function Me(e){return`${e<0?"-":"+"}${N(Math.trunc(Math.abs(e)/60))}:${N(Math.abs(e)%60)}`}function z(e,t,n={}){let o=Le(t,e),i=new Date(Math.floor(e/1e3)*1e3+o*te),r=i.getUTCFullYear(),a=`${r<0?"-":""}${N(r,4)}-${N(i.getUTCMonth()+1)}-${N(i.getUTCDate())}`,s=`${N(i.getUTCHours())}:${N(i.getUTCMinutes())}${n.seconds===!1?"":`:${N(i.getUTCSeconds())}`}`;return`${a}T${s}${o===0&&ki(t)===void 0&&Et.isUtc(t)?"Z":Me(o)}`}function xn(e,t){let n=Ct(e),o=[Le(t,n-ke),Le(t,n+ke)].map(r=>n-r*te),i=o.filter(r=>n-Le(t,r)*te===r);return i.length>0?Math.min(...i):Math.max(...o)}var ql=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,Bl=/^(\d{1,2}):(\d{2})(?::(\d{2}))?$/,Vl=/^(?:-\s*)?(?:(\d+)\s*w)?\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/;function vi(e,t){if(!he(t.timeZone))throw new v(`Unexpected time zone "${t.timeZone}", expected ${ui(t.timeZone)}`);let n=_i(e.trim(),e,t);if(!Number.isFinite(n.ms)||!/^\d{4}-/.test(n.at)||n.at.startsWith("0000"))throw kn(e);return n}function kn(e){return new v(`Unexpected time "${e}", expected one in the years 0001 to 9999`)}function _i(e,t,n){let o=d=>{if(!(Math.abs(d)<86e14))throw kn(t);let c=z(d,n.timeZone);return{at:c,ms:F(c)}};if(e.toLowerCase()==="now")return o(n.now);let i=wi(e);if(i){if(i.offset!==void 0){let d=F(e);if(ql.test(e))return{at:e,ms:d};let c=i,f=i.offset===0&&/Z$/.test(e)?"Z":Me(i.offset);return{at:`${N(c.year,4)}-${N(c.month)}-${N(c.day)}T${N(c.hour)}:${N(c.minute)}:${N(c.second)}${f}`,ms:d}}return o(xn(i,n.timeZone))}let r=Bl.exec(e);if(r){let[d,c,f]=[Number(r[1]),Number(r[2]),Number(r[3]??0)];if(d<=23&&c<=59&&f<=59)return o(Ai(d,c,f,n))}let a=Kl(e);if(a!==void 0)return o(n.now-a);let s=fi(e);if(s)return{..._i(s,t,n),approx:!0};let l=pi(e,t),u=l&&Zl(l,n,t);if(u)return u;throw new v(`Unexpected time "${t}", expected ISO 8601 (2026-03-01T14:05:00+01:00), HH:MM, 9:37 AM PST, 1345 UTC or a relative time like -5m`)}function Zl(e,t,n){let{hour:o,minute:i,second:r,zone:a}=e;if(o>23||i>59||r>59)return;let s=a===void 0?t.timeZone:a.offset===void 0?a.region:a.offset===0&&a.abbr!==void 0&&a.region===void 0?"UTC":Me(a.offset),l;if(e.date){let c={...e.date,hour:o,minute:i,second:r};if(!bi(c))return;l=xn(c,s)}else l=Ai(o,i,r,{...t,timeZone:s});if(!(Math.abs(l)<86e14))throw kn(n);let u=z(l,s),d={at:u,ms:F(u)};if(a?.abbr!==void 0&&a.offset!==void 0&&a.region!==void 0){let c=Le(a.region,l);if(c!==a.offset){let f=a.region.slice(a.region.lastIndexOf("/")+1).replace(/_/g," "),h=si(a.region,c);d.note=`"${n.trim()}" is ${a.abbr} (${Me(a.offset)}), but ${f} was ${h?`on ${h} (${Me(c)})`:`at ${Me(c)}`} on ${Gl(l,a.region)}; stored ${u} as written`}}return d}function Ai(e,t,n,o){let i=o.latest===void 0||o.now-o.latest<ke,r=i?o.now:o.latest,{year:a,month:s,day:l}=De(r,o.timeZone),u=[-1,0,1].map(w=>{let R=new Date(Ct({year:a,month:s,day:l,hour:0,minute:0,second:0})+w*ke);return xn({year:R.getUTCFullYear(),month:R.getUTCMonth()+1,day:R.getUTCDate(),hour:e,minute:t,second:n},o.timeZone)});if(i)return Math.max(...u.filter(w=>w<=o.now+te));let d=u[0];for(let w of u)Math.abs(w-r)<=Math.abs(d-r)&&(d=w);if(!o.fits)return d;let c=u.filter(w=>Math.abs(w-r)<ke&&o.fits(w));if(c.length===0)return d;if(c.length===1)return c[0];if(c.includes(d)&&Math.abs(d-r)<=6*Pt)return d;let f=`${N(e)}:${N(t)}${n?`:${N(n)}`:""}`,[h,y]=c.map(w=>z(w,o.timeZone));throw new v(`Ambiguous time "${f}": ${h} or ${y} both fit; write the date, e.g. --at "${y.slice(0,10)} ${f}"`)}function Kl(e){let t=/\s*ago$/i.test(e),n=e.replace(/\s*ago$/i,"");if(n.startsWith("-")===t)return;let o=Vl.exec(n);if(!o||!o.slice(1).some(u=>u!==void 0))return;let[i,r,a,s,l]=o.slice(1).map(u=>Number(u??0));return(i*7+r)*ke+a*Pt+s*te+l*1e3}function Oi(e,t=F){let n=-1/0,o=0;for(;o<e.length;o++){let i=t(e[o].at)??1/0;if(!(i>=n))break;n=i}return o===e.length?e.slice():e.map((i,r)=>({entry:i,i:r,ms:t(i.at)??1/0})).sort((i,r)=>i.ms-r.ms||i.i-r.i).map(({entry:i})=>i)}function Gl(e,t){return vn(De(e,t))}function vn({year:e,month:t,day:n}){return`${e}-${String(t).padStart(2,"0")}-${String(n).padStart(2,"0")}`}function se(e){return e.includes("\r")?e.replace(/\r\n?/g,`
`):e}function Tt(e){return e.includes(`


`)?e.replace(/\n{3,}/g,`

`):e}var Yl={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},_n=/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g,Jl=/[&<>"'`=\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/,Si=/[^\0-\x7f]/;function ae(e){let t=ne(e);return Jl.test(t)?t.replace(_n,"").replace(/[&<>"'`=]/g,n=>Yl[n]):t}function ne(e){return e==null?"":Array.isArray(e)?e.map(ne).join(", "):String(e)}var re=e=>ne(e).replace(_n,"").replace(/\s+/g," ").trim();function ve(e){let t=re(e).replace(/[\\`*[\]<>|~]/g,"\\$&");return t.includes("_")&&(t=t.replace(Si.test(t)?/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu:/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g,"\\_")),t.includes("@")&&(t=t.replace(Si.test(t)?/(?<![\p{L}\p{N}_])@(?=[\p{L}\p{N}_])/gu:/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9_])/g,"@\u200B")),t.includes("&")&&(t=t.replace(/&(?=#?[A-Za-z0-9]+;)/g,"\\&")),Xl(t)}function Xl(e){let t=e.charCodeAt(0);if(t===35||t===43||t===61||t===45)return`\\${e}`;let n=0;for(;e.charCodeAt(n)>=48&&e.charCodeAt(n)<=57;)n++;let o=e.charCodeAt(n);return n>0&&(o===46||o===41)?`${e.slice(0,n)}\\${e.slice(n)}`:e}var Pi=ve;function Ci(e,t=""){let n=se(ne(e).replace(_n,"")).replace(/\n$/,""),o=Math.max(0,...(n.match(/`+/g)??[]).map(r=>r.length)),i="`".repeat(Math.max(3,o+1));return`${i}${t.replace(/[^\w+#.-]/g,"")}
${n}
${i}`}function Ql(e,t){let n=0;for(let o=e.indexOf(String.fromCharCode(t));o!==-1;o=e.indexOf(String.fromCharCode(t),o)){let i=o;for(;e.charCodeAt(o)===t;)o++;o-i>n&&(n=o-i)}return n}function Ei(e){let t=re(e);if(t==="")return"";let n="`".repeat(Ql(t,96)+1),o=t.startsWith("`")||t.endsWith("`")?" ":"";return`${n}${o}${t}${o}${n}`}var eu=/[\u0000-\u0020\u007F-\u009F]/g,tu=new Set(["http","https","mailto"]);function Ti(e){let t=e.replace(eu,""),n=/^([A-Za-z][A-Za-z0-9+.-]*):/.exec(t);if(!(n&&!tu.has(n[1].toLowerCase())))return t}var An=/^( {0,3})(`{3,}|~{3,})[ \t]*(.*)$/;function $t(e){return e.replace(/<!--[\s\S]*?(?:-->|$)/g,"")}var $i,Ii=e=>/[[<]/.test($t(e));function Sn(e,t={}){let n=t.headingOffset??0,o=se($t(e));return Ii(o)?o=$i?iu(o,n,$i):o.split(`
`).map(ve).join(`
`):o=nu(o,n),Tt(o.replace(/[ \t]+$/gm,"")).trim()}function nu(e,t){if(t===0)return e;let n;return e.split(`
`).map(o=>{if(n)return n.test(o)&&(n=void 0),o;let i=An.exec(o);return i&&!(i[2][0]==="`"&&i[3].includes("`"))?(n=new RegExp(`^ {0,3}${i[2][0]==="`"?"`":"~"}{${i[2].length},}[ \\t]*$`),o):o.replace(/^( {0,3})(#{1,6})(?=[ \t]|$)/,(r,a,s)=>a+"#".repeat(Ri(s.length,t)))}).join(`
`)}var Ri=(e,t)=>Math.min(6,Math.max(1,e+t)),ru=new Set(["http","https","mailto"]);function On(e){let t=/^([A-Za-z][A-Za-z0-9+.-]*):/.exec(e.replace(/[\u0000-\u0020\u007F-\u009F]/g,""));return t!==null&&ru.has(t[1].toLowerCase())}function iu(e,t,n){let o=e,i=t;for(let r=0;r<8;r++){let a=ou(o,n(o),i);if(a.length===0)return o;i=0,o=su(o,a)}return ve(e)}function ou(e,t,n){let o=[],i=a=>({from:a.position.start.offset,to:a.position.end.offset}),r=a=>{switch(a.type){case"link":if(!On(a.url)){let s=a.children,l=s.length?e.slice(i(s[0]).from,i(s[s.length-1]).to):"";o.push({...i(a),text:l});return}break;case"image":if(!On(a.url)){o.push({...i(a),text:ve(a.alt??"")});return}break;case"definition":On(a.url)||o.push({...i(a),text:""});return;case"html":o.push({...i(a),text:e.slice(i(a).from,i(a).to).replace(/</g,"&lt;")});return;case"heading":{let{from:s}=i(a),l=/^#{1,6}/.exec(e.slice(s,s+6));n!==0&&l&&o.push({from:s,to:s+l[0].length,text:"#".repeat(Ri(a.depth,n))});break}}if("children"in a)for(let s of a.children)r(s)};return r(t),o}function su(e,t){let n=e,o=1/0;for(let i of[...t].sort((r,a)=>a.from-r.from||a.to-r.to))i.to>o||(n=n.slice(0,i.from)+i.text+n.slice(i.to),o=i.from);return n}function T(e,t,n=!1){let o=t[t.length-1],i=t.slice(0,-1);return n||i.forEach((r,a)=>{if(r===void 0){let s=o.loc?.start;throw new Error(`helper "${e}": argument ${a+1} is not in the context (wrap optional fields in {{#if}})${s?` - ${s.line}:${s.column}`:""}`)}}),{params:i,options:o}}var Pn=e=>String(e).padStart(2,"0");function Cn(e){return typeof e=="number"&&Number.isFinite(e)?e:typeof e=="string"?F(e):void 0}var It=(e,t)=>e.charCodeAt(t)>=48&&e.charCodeAt(t)<=57,au=e=>e.length===6&&(e[0]==="+"||e[0]==="-")&&It(e,1)&&It(e,2)&&e[3]===":"&&It(e,4)&&It(e,5);function lu(e,t){let n=z(e,t),o=n.slice(-6),i=n.endsWith("Z")?"Z":au(o)?o:/(Z|[+-]\d{2}:\d{2})$/.exec(n)[1];return i==="Z"||i==="+00:00"?"UTC":`UTC${i}`}function Mi(e,t){let n=e==="html",o=c=>n?new t(ae(c)):ve(c),i=c=>n?new t(c):c,r=(c,f,h)=>{let y=c[h];if(typeof y=="string"&&y)return y;let w=f.data?.root;return typeof w?.timezone=="string"?w.timezone:"UTC"},a=(c,f)=>(...h)=>{let{params:y,options:w}=T(c,h),R=y[0];if(R===null||R==="")return"";let k=Cn(R);return k===void 0?o(ne(R)):i(f(k,r(y,w,1),w))},s=(c,f,h)=>{let y=De(c,f);return`${Pn(y.hour)}:${Pn(y.minute)}${h?`:${Pn(y.second)}`:""}`},l=(c,f)=>z(c,f).slice(0,10),u=c=>c.hash?.seconds===!0,d=(c,f)=>n?`<table>
<thead><tr>${c.map(h=>`<th>${ae(h)}</th>`).join("")}</tr></thead>
<tbody>
${f.map(h=>`<tr>${h.map(y=>`<td>${ae(y)}</td>`).join("")}</tr>`).join(`
`)}
</tbody>
</table>`:[c,...f].map(h=>`| ${h.map(y=>Pi(y)).join(" | ")} |`).toSpliced(1,0,`|${c.map(()=>"---").join("|")}|`).join(`
`);return{inline:(...c)=>o(re(T("inline",c).params[0])),cell:(...c)=>o(re(T("cell",c).params[0])),code(...c){let{params:f}=T("code",c),h=typeof f[1]=="string"?f[1]:"";return n?new t(`<pre><code>${ae(f[0])}</code></pre>`):Ci(f[0],h)},codespan(...c){let f=T("codespan",c).params[0];return n?new t(`<code>${ae(re(f))}</code>`):Ei(f)},html:(...c)=>i(ae(T("html",c).params[0])),markdown(...c){let{params:f,options:h}=T("markdown",c),y=typeof h.hash?.offset=="number"?h.hash.offset:0,w=ne(f[0]);return n?new t(pr(w,{headingOffset:y})):Sn(w,{headingOffset:y})},date:a("date",(c,f)=>l(c,f)),time:a("time",(c,f,h)=>s(c,f,u(h))),datetime:a("datetime",(c,f,h)=>`${l(c,f)} ${s(c,f,u(h))} ${lu(c,f)}`),iso:a("iso",(c,f)=>z(c,f)),duration(...c){let{params:f,options:h}=T("duration",c),y=f.length>=2?uu(f[0],f[1]):typeof f[0]=="number"?f[0]:void 0;if(y===void 0)return"";let w=h.hash?.approx===!0;return i(h.hash?.long===!0?ri(y,w):hn(y,w))},metrics_table(...c){let f=T("metrics_table",c).params[0],h=(Array.isArray(f)?f:[]).map(y=>[ne(y.label),typeof y.ms=="number"?hn(y.ms,y.approx===!0):"",ne(y.from),ne(y.to)]);return h.length?i(d(["Metric","Duration","From","To"],h)):""},join(...c){let{params:f}=T("join",c),h=Array.isArray(f[0])?f[0]:f[0]===null?[]:[f[0]],y=typeof f[1]=="string"?f[1]:", ";return o(h.map(re).join(y))},safeurl(...c){let f=Ti(re(T("safeurl",c).params[0]))??"#";return n?new t(ae(f)):f.replace(/[()<> ]/g,h=>`%${h.charCodeAt(0).toString(16).toUpperCase()}`)},mention(...c){let f=re(T("mention",c).params[0]).replace(/[^A-Za-z0-9-]/g,"");return f?i(`@${f}`):""},humanize(...c){let f=re(T("humanize",c).params[0]).replace(/[_-]+/g," ");return o(f.charAt(0).toUpperCase()+f.slice(1))},eq:(...c)=>{let{params:f}=T("eq",c,!0);return f[0]===f[1]},ne:(...c)=>{let{params:f}=T("ne",c,!0);return f[0]!==f[1]},and:(...c)=>T("and",c,!0).params.every(Boolean),or:(...c)=>T("or",c,!0).params.some(Boolean),not:(...c)=>!T("not",c,!0).params[0],default(...c){let{params:f}=T("default",c,!0);return f[0]===void 0||f[0]===null||f[0]===""?f[1]:f[0]},length:(...c)=>{let f=T("length",c,!0).params[0];return Array.isArray(f)?f.length:0},log:()=>""}}function uu(e,t){let n=Cn(e),o=Cn(t);return n===void 0||o===void 0?void 0:o-n}var p=(e,t,n,o)=>({start:{line:e,column:t},end:{line:n,column:o}}),m=(e,t,n)=>({name:e,hash:{},data:t,loc:n}),Ke=(e,t,n,o,i)=>({name:e,hash:{},fn:t,inverse:n,data:o,loc:i}),cu=[],Ne=(e,t,n,o,i)=>cu[e]??=p(t,n,o,i),Li=(e,t,n,o,i)=>n<0?"":t[n](e,o,e.helpers,e.partials,i),g=(e,t,n,o,i,r,a)=>(typeof o=="function"&&(o=o.call(n)),Li(e,t,!o||Array.isArray(o)&&o.length===0?r:i,n,a)),H=(e,t,n,o,i,r,a,s,l)=>{if(!Array.isArray(i))return t.each.call(o,i,Ke("each",e.program(r,s,0),a<0?e.noop:e.program(a,s,0),s,l));let u;if(s){u={};for(let h in s)Object.prototype.hasOwnProperty.call(s,h)&&(u[h]=s[h]);u._parent=s}let d=i.length;if(d===0)return Li(e,n,a,o,s);let c=n[r],f="";for(let h=0;h<d;h++)h in i&&(u&&(u.key=h,u.index=h,u.first=h===0,u.last=h===i.length-1),f=f+c(e,i[h],e.helpers,e.partials,u||s));return f},du={compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){return`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
`},useData:!0},W={0:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- **Started:** "+((r=a(n,"datetime").call(t??(e.nullContext||{}),a(t,"started"),m("datetime",i,p(2,15,2,35))))!=null?r:"")+`
`},1:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- **Ended:** "+((r=a(n,"datetime").call(t??(e.nullContext||{}),a(t,"ended"),m("datetime",i,p(5,13,5,31))))!=null?r:"")+`
`},2:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return(r=g(e,W,t??(e.nullContext||{}),a(t,"ongoing"),3,-1,i))!=null?r:""},3:function(e,t,n,o,i){return`- **Ended:** not yet (ongoing)
`},4:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- **Duration:** "+((r=a(n,"duration").call(t??(e.nullContext||{}),a(t,"duration_ms"),{name:"duration",hash:{approx:a(t,"duration_approx"),long:!0},data:i,loc:p(10,16,10,73)}))!=null?r:"")+`
`},5:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- **Affected services:** "+((r=a(n,"join").call(t??(e.nullContext||{}),a(t,"services"),m("join",i,p(13,25,13,42))))!=null?r:"")+`
`},6:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- **Severity:** "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"severity"),m("inline",i,p(16,16,16,35))))!=null?r:"")+`
`},7:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,W,a,s(t,"status"),8,-1,i))!=null?r:"")+"- **Time zone:** "+((r=s(n,"inline").call(a,s(t,"timezone"),m("inline",i,p(22,17,22,36))))!=null?r:"")+`
`+((r=s(n,"with").call(a,s(t,"postmortem"),Ke("with",e.program(9,i,0),e.noop,i,p(23,0,27,9))))!=null?r:"")+"- **File:** "+((r=s(n,"codespan").call(a,s(t,"file"),m("codespan",i,p(28,12,28,29))))!=null?r:"")+`
`},8:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- **Status:** "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"status"),m("inline",i,p(20,14,20,31))))!=null?r:"")+`
`},9:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return(r=g(e,W,t??(e.nullContext||{}),a(t,"status"),10,-1,i))!=null?r:""},10:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **Post-mortem:** "+((r=s(n,"inline").call(a,s(t,"status"),m("inline",i,p(25,19,25,36))))!=null?r:"")+((r=g(e,W,a,s(t,"owner"),11,-1,i))!=null?r:"")+((r=g(e,W,a,s(t,"due"),12,-1,i))!=null?r:"")+((r=g(e,W,a,s(t,"meeting"),13,-1,i))!=null?r:"")+`
`},11:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return", owner "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"owner"),m("inline",i,p(25,57,25,73))))!=null?r:"")},12:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return", due "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"due"),m("inline",i,p(25,97,25,111))))!=null?r:"")},13:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return", meeting "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"meeting"),m("inline",i,p(25,143,25,161))))!=null?r:"")},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,W,a,s(t,"started"),0,-1,i))!=null?r:"")+((r=g(e,W,a,s(t,"ended"),1,2,i))!=null?r:"")+((r=g(e,W,a,s(t,"duration_ms"),4,-1,i))!=null?r:"")+((r=g(e,W,a,s(t,"services"),5,-1,i))!=null?r:"")+((r=g(e,W,a,s(t,"severity"),6,-1,i))!=null?r:"")+((r=g(e,W,a,s(t,"internal"),7,-1,i))!=null?r:"")},useData:!0},ie={0:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return": "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(a(t,"item"),"title"),m("inline",i,p(2,40,2,61))))!=null?r:"")},1:function(e,t,n,o,i){return`> **DRILL**: this action item comes from a practice incident.

`},2:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **Incident:** ["+((r=s(n,"inline").call(a,s(s(t,"incident"),"title"),m("inline",i,p(9,17,9,42))))!=null?r:"")+"]("+((r=s(n,"safeurl").call(a,s(t,"url"),m("safeurl",i,p(9,44,9,59))))!=null?r:"")+`)
`},3:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- **Incident:** "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(a(t,"incident"),"title"),m("inline",i,p(11,16,11,41))))!=null?r:"")+`
`},4:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- **Type:** "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(a(t,"item"),"type"),m("inline",i,p(15,12,15,32))))!=null?r:"")+`
`},5:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- **Owner:** "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(a(t,"item"),"owner"),m("inline",i,p(18,13,18,34))))!=null?r:"")+`
`},6:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- **Due:** "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(a(t,"item"),"due"),m("inline",i,p(21,11,21,30))))!=null?r:"")+`
`},7:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **Status:** "+((r=s(n,"inline").call(a,s(s(t,"item"),"status"),m("inline",i,p(24,14,24,36))))!=null?r:"")+((r=g(e,ie,a,s(s(t,"item"),"reason"),8,-1,i))!=null?r:"")+`
`},8:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return" ("+((r=a(n,"inline").call(t??(e.nullContext||{}),a(a(t,"item"),"reason"),m("inline",i,p(24,57,24,79))))!=null?r:"")+")"},9:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- **Incident severity:** "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(a(t,"incident"),"severity"),m("inline",i,p(27,25,27,53))))!=null?r:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=s(n,"inline").call(a,s(s(t,"item"),"id"),m("inline",i,p(2,2,2,20))))!=null?r:"")+((r=g(e,ie,a,s(s(t,"item"),"title"),0,-1,i))!=null?r:"")+`

`+((r=g(e,ie,a,s(n,"eq").call(a,s(s(t,"incident"),"kind"),"drill",m("eq",i,p(4,6,4,32))),1,-1,i))!=null?r:"")+((r=g(e,ie,a,s(t,"url"),2,3,i))!=null?r:"")+"- **File:** "+((r=s(n,"codespan").call(a,s(t,"file"),m("codespan",i,p(13,12,13,29))))!=null?r:"")+`
`+((r=g(e,ie,a,s(s(t,"item"),"type"),4,-1,i))!=null?r:"")+((r=g(e,ie,a,s(s(t,"item"),"owner"),5,-1,i))!=null?r:"")+((r=g(e,ie,a,s(s(t,"item"),"due"),6,-1,i))!=null?r:"")+((r=g(e,ie,a,s(s(t,"item"),"status"),7,-1,i))!=null?r:"")+((r=g(e,ie,a,s(s(t,"incident"),"severity"),9,-1,i))!=null?r:"")+`
Closing or reopening this issue updates the action item in the file.
`},useData:!0},x={0:function(e,t,n,o,i){return"[DRILL] "},1:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return((r=e.invokePartial(a(o,"drill"),t,{name:"drill",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`},2:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=s(n,"inline").call(a,s(t,"severity"),m("inline",i,p(12,16,12,35))))!=null?r:"")+((r=g(e,x,a,s(t,"status"),3,-1,i))!=null?r:"")+", a"},3:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return", "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"status"),m("inline",i,p(12,51,12,68))))!=null?r:"")},4:function(e,t,n,o,i){return"A"},5:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return", what is new since "+((r=a(n,"time").call(t??(e.nullContext||{}),a(t,"since"),m("time",i,p(12,141,12,155))))!=null?r:"")},6:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=s(n,"duration").call(a,s(t,"elapsed_ms"),{name:"duration",hash:{approx:s(t,"elapsed_approx")},data:i,loc:p(14,0,14,45)}))!=null?r:"")+" since "+((r=e.lambda(e.strict(t,"elapsed_from",Ne(0,14,54,14,66)),t))!=null?r:"")+((r=g(e,x,a,s(t,"started"),7,-1,i))!=null?r:"")+((r=g(e,x,a,s(t,"ongoing"),-1,8,i))!=null?r:"")+`.
`},7:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return" ("+((r=a(n,"time").call(t??(e.nullContext||{}),a(t,"started"),m("time",i,p(14,85,14,101))))!=null?r:"")+")"},8:function(e,t,n,o,i){return"; impact has ended"},9:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return". "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(a(t,"symptoms"),"summary"),m("inline",i,p(17,65,17,92))))!=null?r:"")},10:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return`
First seen `+((r=s(n,"time").call(a,s(s(s(t,"symptoms"),"first"),"at"),m("time",i,p(20,11,20,37))))!=null?r:"")+": "+((r=s(n,"inline").call(a,s(s(s(t,"symptoms"),"first"),"text"),m("inline",i,p(20,39,20,69))))!=null?r:"")+`
`},11:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"**Observed directly:** yes, "+((r=s(n,"time").call(a,s(s(t,"observed"),"at"),m("time",i,p(24,28,24,48))))!=null?r:"")+((r=g(e,x,a,s(s(t,"observed"),"by"),12,-1,i))!=null?r:"")+": "+((r=s(n,"inline").call(a,s(s(t,"observed"),"text"),m("inline",i,p(24,99,24,123))))!=null?r:"")+`
`},12:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return" "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(a(t,"observed"),"by"),m("inline",i,p(24,68,24,90))))!=null?r:"")},13:function(e,t,n,o,i){return`**Observed directly:** not yet: no finding or evidence recorded. Can we see it ourselves?
`},14:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`
**Data so far:**
`+((r=H(e,n,x,t??(e.nullContext||{}),a(t,"data"),15,-1,i,p(31,0,33,9)))!=null?r:"")},15:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- "+((r=s(n,"time").call(a,s(t,"at"),m("time",i,p(32,2,32,13))))!=null?r:"")+((r=g(e,x,a,s(t,"by"),16,-1,i))!=null?r:"")+": "+((r=s(n,"inline").call(a,s(t,"text"),m("inline",i,p(32,46,32,61))))!=null?r:"")+`
`},16:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return" "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"by"),m("inline",i,p(32,24,32,37))))!=null?r:"")},17:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`
**Evidence saved:**
`+((r=H(e,n,x,t??(e.nullContext||{}),a(t,"evidence"),18,-1,i,p(38,0,40,9)))!=null?r:"")},18:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- "+((r=s(n,"codespan").call(a,s(t,"file"),m("codespan",i,p(39,2,39,19))))!=null?r:"")+" ("+((r=s(n,"inline").call(a,s(t,"size"),m("inline",i,p(39,21,39,36))))!=null?r:"")+((r=g(e,x,a,s(t,"by"),19,-1,i))!=null?r:"")+")"+((r=g(e,x,a,s(t,"what"),20,-1,i))!=null?r:"")+((r=g(e,x,a,s(t,"note"),21,-1,i))!=null?r:"")+`
`},19:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return", "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"by"),m("inline",i,p(39,48,39,61))))!=null?r:"")},20:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return": "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"what"),m("inline",i,p(39,83,39,98))))!=null?r:"")},21:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return". "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"note"),m("inline",i,p(39,119,39,134))))!=null?r:"")},22:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- #"+((r=e.lambda(e.strict(t,"number",Ne(1,45,5,45,11)),t))!=null?r:"")+" "+((r=s(n,"inline").call(a,s(t,"question"),m("inline",i,p(45,14,45,33))))!=null?r:"")+" ("+((r=s(n,"inline").call(a,s(t,"owner"),m("inline",i,p(45,35,45,51))))!=null?r:"")+")"+((r=H(e,n,x,a,s(t,"updates"),23,-1,i,p(45,52,46,72)))!=null?r:"")+`
`},23:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return`
  - `+((r=s(n,"time").call(a,s(t,"at"),m("time",i,p(46,4,46,15))))!=null?r:"")+((r=g(e,x,a,s(t,"by"),16,-1,i))!=null?r:"")+": "+((r=s(n,"inline").call(a,s(t,"text"),m("inline",i,p(46,48,46,63))))!=null?r:"")},24:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- none"+((r=g(e,x,t??(e.nullContext||{}),a(t,"since"),25,-1,i))!=null?r:"")+`
`},25:function(e,t,n,o,i){return" new"},26:function(e,t,n,o,i){var r;return"- and "+((r=e.lambda(e.strict(t,"unchanged_threads",Ne(2,51,8,51,25)),t))!=null?r:"")+` more with nothing new
`},27:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`
**Interesting, not being investigated:**
`+((r=H(e,n,x,t??(e.nullContext||{}),a(t,"unowned"),28,-1,i,p(56,0,58,9)))!=null?r:"")},28:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"- #"+((r=e.lambda(e.strict(t,"number",Ne(3,57,5,57,11)),t))!=null?r:"")+" "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"question"),m("inline",i,p(57,14,57,33))))!=null?r:"")+`
`},29:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`
**Answered:**
`+((r=H(e,n,x,t??(e.nullContext||{}),a(t,"answered"),30,-1,i,p(63,0,65,9)))!=null?r:"")},30:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- #"+((r=e.lambda(e.strict(t,"number",Ne(4,64,5,64,11)),t))!=null?r:"")+" "+((r=s(n,"inline").call(a,s(t,"question"),m("inline",i,p(64,14,64,33))))!=null?r:"")+" \u2192 "+((r=s(n,"inline").call(a,s(t,"answer"),m("inline",i,p(64,36,64,53))))!=null?r:"")+((r=g(e,x,a,s(t,"owner"),31,-1,i))!=null?r:"")+`
`},31:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return" ("+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"owner"),m("inline",i,p(64,68,64,84))))!=null?r:"")+")"},32:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`
**Roles:** `+((r=H(e,n,x,t??(e.nullContext||{}),a(t,"roles"),33,-1,i,p(69,11,69,96)))!=null?r:"")+`
`},33:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=s(n,"inline").call(a,s(t,"label"),m("inline",i,p(69,26,69,42))))!=null?r:"")+" "+((r=s(n,"join").call(a,s(t,"names"),m("join",i,p(69,43,69,57))))!=null?r:"")+((r=g(e,x,a,s(i,"last"),-1,34,i))!=null?r:"")},34:function(e,t,n,o,i){return"; "},35:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`
**Milestones:** `+((r=H(e,n,x,t??(e.nullContext||{}),a(t,"milestones"),36,-1,i,p(73,16,73,164)))!=null?r:"")+`
`},36:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=s(n,"inline").call(a,s(t,"kind"),m("inline",i,p(73,36,73,51))))!=null?r:"")+" "+((r=s(n,"time").call(a,s(t,"at"),m("time",i,p(73,52,73,63))))!=null?r:"")+((r=g(e,x,a,s(t,"after_ms"),37,-1,i))!=null?r:"")+((r=g(e,x,a,s(i,"last"),-1,38,i))!=null?r:"")},37:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return" (+"+((r=a(n,"duration").call(t??(e.nullContext||{}),a(t,"after_ms"),{name:"duration",hash:{approx:a(t,"approx")},data:i,loc:p(73,82,73,117)}))!=null?r:"")+")"},38:function(e,t,n,o,i){return", "},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=g(e,x,a,s(t,"drill"),0,-1,i))!=null?r:"")+"Investigation update: "+((r=s(n,"inline").call(a,s(t,"title"),m("inline",i,p(6,52,6,68))))!=null?r:"")+`

`+((r=g(e,x,a,s(t,"drill"),1,-1,i))!=null?r:"")+((r=g(e,x,a,s(t,"severity"),2,4,i))!=null?r:"")+"t "+((r=s(n,"time").call(a,s(t,"now"),m("time",i,p(12,96,12,108))))!=null?r:"")+((r=g(e,x,a,s(t,"since"),5,-1,i))!=null?r:"")+`.
`+((r=g(e,x,a,s(t,"elapsed_ms"),6,-1,i))!=null?r:"")+`
**Symptoms:** `+((r=s(n,"inline").call(a,s(s(t,"symptoms"),"title"),m("inline",i,p(17,14,17,39))))!=null?r:"")+((r=g(e,x,a,s(s(t,"symptoms"),"summary"),9,-1,i))!=null?r:"")+`
`+((r=g(e,x,a,s(s(t,"symptoms"),"first"),10,-1,i))!=null?r:"")+`
`+((r=g(e,x,a,s(t,"observed"),11,13,i))!=null?r:"")+((r=g(e,x,a,s(t,"data"),14,-1,i))!=null?r:"")+((r=g(e,x,a,s(t,"evidence"),17,-1,i))!=null?r:"")+`
**Open threads:**
`+((r=H(e,n,x,a,s(t,"threads"),22,24,i,p(44,0,49,9)))!=null?r:"")+((r=g(e,x,a,s(t,"unchanged_threads"),26,-1,i))!=null?r:"")+((r=g(e,x,a,s(t,"unowned"),27,-1,i))!=null?r:"")+((r=g(e,x,a,s(t,"answered"),29,-1,i))!=null?r:"")+((r=g(e,x,a,s(t,"roles"),32,-1,i))!=null?r:"")+((r=g(e,x,a,s(t,"milestones"),35,-1,i))!=null?r:"")},usePartial:!0,useData:!0},O={0:function(e,t,n,o,i){return"[DRILL] "},1:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return((r=e.invokePartial(a(o,"drill"),t,{name:"drill",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`},2:function(e,t,n,o,i){var r;return((r=e.lambda(e.strict(t,"body",Ne(5,11,2,11,6)),t))!=null?r:"")+`

`},3:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`## Roles

`+((r=H(e,n,O,t??(e.nullContext||{}),a(t,"roles"),4,-1,i,p(17,0,19,9)))!=null?r:"")+`
`},4:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **"+((r=s(n,"inline").call(a,s(t,"label"),m("inline",i,p(18,4,18,20))))!=null?r:"")+":** "+((r=s(n,"join").call(a,s(t,"names"),m("join",i,p(18,24,18,38))))!=null?r:"")+`
`},5:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`## Impact in numbers

`+((r=a(n,"inline").call(t??(e.nullContext||{}),a(a(t,"impact"),"summary"),m("inline",i,p(25,0,25,25))))!=null?r:"")+`

`},6:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,O,a,s(s(t,"impact"),"summary"),-1,7,i))!=null?r:"")+((r=H(e,n,O,a,s(s(t,"impact"),"figures"),8,-1,i,p(33,0,35,9)))!=null?r:"")+`
`},7:function(e,t,n,o,i){return`## Impact in numbers

`},8:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **"+((r=s(n,"inline").call(a,s(t,"label"),m("inline",i,p(34,4,34,20))))!=null?r:"")+":** "+((r=s(n,"inline").call(a,s(t,"value"),m("inline",i,p(34,24,34,40))))!=null?r:"")+`
`},9:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`## Metrics

`+((r=a(n,"metrics_table").call(t??(e.nullContext||{}),a(t,"metrics"),m("metrics_table",i,p(41,0,41,25))))!=null?r:"")+`

`},10:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return`## Timeline

Times in `+((r=s(n,"inline").call(a,s(t,"timezone"),m("inline",i,p(47,9,47,28))))!=null?r:"")+`; ~ marks an approximate time.

`+((r=H(e,n,O,a,s(t,"timeline"),11,-1,i,p(49,0,51,9)))!=null?r:"")+`
`},11:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- "+((r=g(e,O,a,s(t,"approx"),12,-1,i))!=null?r:"")+((r=g(e,O,a,s(t,"new_day"),13,-1,i))!=null?r:"")+((r=s(n,"inline").call(a,s(t,"local_time"),m("inline",i,p(50,68,50,89))))!=null?r:"")+" "+((r=g(e,O,a,s(t,"milestone"),14,15,i))!=null?r:"")+((r=g(e,O,a,s(t,"by"),16,-1,i))!=null?r:"")+": "+((r=s(n,"inline").call(a,s(t,"text"),m("inline",i,p(50,191,50,206))))!=null?r:"")+`
`},12:function(e,t,n,o,i){return"~"},13:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"local_date"),m("inline",i,p(50,39,50,60))))!=null?r:"")+" "},14:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"**"+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"kind"),m("inline",i,p(50,109,50,124))))!=null?r:"")+"**"},15:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return(r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"kind"),m("inline",i,p(50,134,50,149))))!=null?r:""},16:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return" ("+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"by"),m("inline",i,p(50,168,50,181))))!=null?r:"")+")"},17:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`## Action items

`+((r=H(e,n,O,t??(e.nullContext||{}),a(t,"action_items"),18,-1,i,p(57,0,59,9)))!=null?r:"")},18:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **"+((r=s(n,"inline").call(a,s(t,"id"),m("inline",i,p(58,4,58,17))))!=null?r:"")+"** "+((r=s(n,"inline").call(a,s(t,"title"),m("inline",i,p(58,20,58,36))))!=null?r:"")+" ("+((r=g(e,O,a,s(t,"type"),19,-1,i))!=null?r:"")+((r=g(e,O,a,s(t,"owner"),20,-1,i))!=null?r:"")+((r=g(e,O,a,s(t,"due"),21,-1,i))!=null?r:"")+((r=g(e,O,a,s(t,"status"),22,23,i))!=null?r:"")+((r=g(e,O,a,s(t,"reason"),24,-1,i))!=null?r:"")+")"+((r=g(e,O,a,s(t,"issue"),25,-1,i))!=null?r:"")+`
`},19:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"type"),m("inline",i,p(58,50,58,65))))!=null?r:"")+", "},20:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"owner "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"owner"),m("inline",i,p(58,93,58,109))))!=null?r:"")+", "},21:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"due "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"due"),m("inline",i,p(58,133,58,147))))!=null?r:"")+", "},22:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return(r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"status"),m("inline",i,p(58,170,58,187))))!=null?r:""},23:function(e,t,n,o,i){return"open"},24:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return": "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"reason"),m("inline",i,p(58,222,58,239))))!=null?r:"")},25:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return" "+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"issue"),m("inline",i,p(58,261,58,277))))!=null?r:"")},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=g(e,O,a,s(t,"drill"),0,-1,i))!=null?r:"")+((r=s(n,"inline").call(a,s(t,"title"),m("inline",i,p(2,30,2,46))))!=null?r:"")+`

`+((r=g(e,O,a,s(t,"drill"),1,-1,i))!=null?r:"")+((r=e.invokePartial(s(o,"facts"),t,{name:"facts",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`+((r=g(e,O,a,s(t,"body"),2,-1,i))!=null?r:"")+((r=g(e,O,a,s(t,"roles"),3,-1,i))!=null?r:"")+((r=g(e,O,a,s(s(t,"impact"),"summary"),5,-1,i))!=null?r:"")+((r=g(e,O,a,s(s(t,"impact"),"figures"),6,-1,i))!=null?r:"")+((r=g(e,O,a,s(t,"metrics"),9,-1,i))!=null?r:"")+((r=g(e,O,a,s(t,"timeline"),10,-1,i))!=null?r:"")+((r=g(e,O,a,s(t,"action_items"),17,-1,i))!=null?r:"")},usePartial:!0,useData:!0},_e={0:function(e,t,n,o,i){return"[DRILL] "},1:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return((r=e.invokePartial(a(o,"drill"),t,{name:"drill",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`},2:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return(r=g(e,_e,t??(e.nullContext||{}),a(t,"summary"),3,-1,i))!=null?r:""},3:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return((r=a(n,"markdown").call(t??(e.nullContext||{}),a(t,"summary"),m("markdown",i,p(10,0,10,20))))!=null?r:"")+`

`},4:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,_e,a,s(t,"what_happened"),5,-1,i))!=null?r:"")+((r=g(e,_e,a,s(t,"what_we_are_doing"),6,-1,i))!=null?r:"")+((r=H(e,n,_e,a,s(t,"other_sections"),7,-1,i,p(29,0,34,9)))!=null?r:"")},5:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`## What happened

`+((r=a(n,"markdown").call(t??(e.nullContext||{}),a(t,"what_happened"),m("markdown",i,p(20,0,20,26))))!=null?r:"")+`

`},6:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`## What we are doing about this

`+((r=a(n,"markdown").call(t??(e.nullContext||{}),a(t,"what_we_are_doing"),m("markdown",i,p(26,0,26,30))))!=null?r:"")+`

`},7:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"## "+((r=s(n,"inline").call(a,s(t,"title"),m("inline",i,p(30,3,30,19))))!=null?r:"")+`

`+((r=s(n,"markdown").call(a,s(t,"markdown"),m("markdown",i,p(32,0,32,21))))!=null?r:"")+`

`},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=g(e,_e,a,s(t,"drill"),0,-1,i))!=null?r:"")+((r=s(n,"inline").call(a,s(t,"title"),m("inline",i,p(2,30,2,46))))!=null?r:"")+`

`+((r=g(e,_e,a,s(t,"drill"),1,-1,i))!=null?r:"")+((r=s(n,"with").call(a,s(t,"public_summary"),Ke("with",e.program(2,i,0),e.noop,i,p(8,0,13,9))))!=null?r:"")+((r=e.invokePartial(s(o,"facts"),t,{name:"facts",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`+((r=s(n,"with").call(a,s(t,"public_summary"),Ke("with",e.program(4,i,0),e.noop,i,p(16,0,35,9))))!=null?r:"")},usePartial:!0,useData:!0},C={0:function(e,t,n,o,i){return"[DRILL] "},1:function(e,t,n,o,i){return`**DRILL**: this is a practice incident, not a real one.

`},2:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"severity"),m("inline",i,p(8,16,8,35))))!=null?r:"")+", u"},3:function(e,t,n,o,i){return"U"},4:function(e,t,n,o,i){return`We are investigating this issue.
`},5:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return(r=g(e,C,a,s(n,"eq").call(a,s(t,"status"),"identified",m("eq",i,p(12,10,12,34))),6,7,i))!=null?r:""},6:function(e,t,n,o,i){return`We have identified the cause and are working on a fix.
`},7:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return(r=g(e,C,a,s(n,"eq").call(a,s(t,"status"),"monitoring",m("eq",i,p(14,10,14,34))),8,9,i))!=null?r:""},8:function(e,t,n,o,i){return`A fix is in place and we are monitoring the results.
`},9:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return(r=g(e,C,a,s(n,"or").call(a,s(n,"eq").call(a,s(t,"status"),"resolved",m("eq",i,p(16,14,16,36))),s(n,"eq").call(a,s(t,"status"),"closed",m("eq",i,p(16,37,16,57))),m("or",i,p(16,10,16,58))),10,-1,i))!=null?r:""},10:function(e,t,n,o,i){return`This incident has been resolved.
`},11:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"Impact started at "+((r=s(n,"datetime").call(a,s(t,"started"),m("datetime",i,p(20,18,20,38))))!=null?r:"")+((r=g(e,C,a,s(t,"ended"),12,13,i))!=null?r:"")+`.
`},12:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return" and ended at "+((r=s(n,"datetime").call(a,s(t,"ended"),m("datetime",i,p(20,65,20,83))))!=null?r:"")+" (after "+((r=s(n,"duration").call(a,s(t,"duration_ms"),{name:"duration",hash:{approx:s(t,"duration_approx"),long:!0},data:i,loc:p(20,91,20,148)}))!=null?r:"")+")"},13:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return(r=g(e,C,t??(e.nullContext||{}),a(t,"ongoing"),14,-1,i))!=null?r:""},14:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return", "+((r=a(n,"duration").call(t??(e.nullContext||{}),a(t,"started"),a(t,"now"),{name:"duration",hash:{long:!0},data:i,loc:p(20,170,20,204)}))!=null?r:"")+" ago"},15:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return"Affected services: "+((r=a(n,"join").call(t??(e.nullContext||{}),a(t,"services"),m("join",i,p(23,19,23,36))))!=null?r:"")+`.
`},16:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,C,a,s(t,"roles"),17,-1,i))!=null?r:"")+((r=g(e,C,a,s(t,"recent"),20,-1,i))!=null?r:"")},17:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`
`+((r=H(e,n,C,t??(e.nullContext||{}),a(t,"roles"),18,-1,i,p(28,0,28,86)))!=null?r:"")+`.
`},18:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=s(n,"inline").call(a,s(t,"label"),m("inline",i,p(28,15,28,31))))!=null?r:"")+": "+((r=s(n,"join").call(a,s(t,"names"),m("join",i,p(28,33,28,47))))!=null?r:"")+((r=g(e,C,a,s(i,"last"),-1,19,i))!=null?r:"")},19:function(e,t,n,o,i){return"; "},20:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`
Latest:
`+((r=H(e,n,C,t??(e.nullContext||{}),a(t,"recent"),21,-1,i,p(33,0,35,9)))!=null?r:"")},21:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- "+((r=g(e,C,a,s(t,"approx"),22,-1,i))!=null?r:"")+((r=s(n,"time").call(a,s(t,"at"),m("time",i,p(34,24,34,35))))!=null?r:"")+" "+((r=s(n,"inline").call(a,s(t,"kind"),m("inline",i,p(34,36,34,51))))!=null?r:"")+((r=g(e,C,a,s(t,"by"),23,-1,i))!=null?r:"")+": "+((r=s(n,"inline").call(a,s(t,"text"),m("inline",i,p(34,86,34,101))))!=null?r:"")+`
`},22:function(e,t,n,o,i){return"~"},23:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return" ("+((r=a(n,"inline").call(t??(e.nullContext||{}),a(t,"by"),m("inline",i,p(34,63,34,76))))!=null?r:"")+")"},24:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return(r=a(n,"with").call(t??(e.nullContext||{}),a(t,"public_summary"),Ke("with",e.program(25,i,0),e.noop,i,p(38,0,43,9))))!=null?r:""},25:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return(r=g(e,C,t??(e.nullContext||{}),a(t,"summary"),26,-1,i))!=null?r:""},26:function(e,t,n,o,i){var r,a=e.lookupProperty||function(s,l){if(Object.prototype.hasOwnProperty.call(s,l))return s[l]};return`
`+((r=a(n,"markdown").call(t??(e.nullContext||{}),a(t,"summary"),m("markdown",i,p(41,0,41,20))))!=null?r:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,a=t??(e.nullContext||{}),s=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=g(e,C,a,s(t,"drill"),0,-1,i))!=null?r:"")+((r=s(n,"inline").call(a,s(t,"title"),m("inline",i,p(2,30,2,46))))!=null?r:"")+`

`+((r=g(e,C,a,s(t,"drill"),1,-1,i))!=null?r:"")+((r=g(e,C,a,s(t,"severity"),2,3,i))!=null?r:"")+"pdate at "+((r=s(n,"datetime").call(a,s(t,"now"),m("datetime",i,p(8,63,8,79))))!=null?r:"")+`.

`+((r=g(e,C,a,s(n,"eq").call(a,s(t,"status"),"investigating",m("eq",i,p(10,6,10,33))),4,5,i))!=null?r:"")+((r=g(e,C,a,s(t,"started"),11,-1,i))!=null?r:"")+((r=g(e,C,a,s(t,"services"),15,-1,i))!=null?r:"")+((r=g(e,C,a,s(t,"internal"),16,24,i))!=null?r:"")},useData:!0},Rt={"md:109:1lfe98k6foi44":du,"md:766:f7igc2te4oou":W,"md:899:gxocjg1m066m2":ie,"md:2628:1domib81os2zno":x,"md:1335:1aqcgpy9u7drc":O,"md:564:ig3m091e6p01p":_e,"md:1336:15029804ykwp4":C},Di={md:new Map([[`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
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
`,"md:1336:15029804ykwp4"]]),html:new Map([])};var fu={allowProtoPropertiesByDefault:!1,allowProtoMethodsByDefault:!1,allowedProtoProperties:{},allowedProtoMethods:{},allowCallsToHelperMissing:!1};function pu(e,t){let n=e.create();for(let[o,i]of Object.entries(Mi(t,n.SafeString)))n.registerHelper(o,i);return n}var Fi=(e,t)=>Di[e].get(t);function mu(e,t){let n=Fi(e,t);return n===void 0?void 0:Rt[n]}function hu(e,t){return n=>{try{return e(n,fu)}catch(o){throw gu(o,t)}}}var Ni=new Map;function Hi(e,t){let n=mu(t.format,e),o=Object.entries(t.partials??{}).map(([a,s])=>[a,Fi(t.format,s)]);if(!n||o.some(([,a])=>a===void 0||!Rt[a]))return;let i=JSON.stringify([t.format,o.map(([a])=>a),o.map(([,a])=>a)]),r=Ni.get(i);if(!r){r=pu(ji.default.default,t.format);for(let[a,s]of o)r.registerPartial(a,r.template(Rt[s]));Ni.set(i,r)}return hu(r.template(n),t.name??"template")}function gu(e,t){if(e instanceof S)return e;let o=(e instanceof Error?e.message:String(e)).split(`
`),i=/^Parse error on line (\d+):/.exec(o[0]);if(i)return new S(`Unexpected template syntax: ${o[o.length-1]}`,t,Number(i[1]));let r=/^"(.+)" not defined in .* - (\d+):(\d+)$/.exec(o[0]);if(r)return new S(`Unexpected "${r[1]}" in the template, expected a helper or a field of the context (see the README's template section)`,t,Number(r[2]),Number(r[3])+1);let a=/^Cannot read properties of (?:undefined|null) \(reading '(.+)'\)$/.exec(o[0]);if(a)return new S(`Unexpected path to "${a[1]}" in the template, expected its parent object in the context (wrap optional parts in {{#if}})`,t);let s=/ - (\d+):(\d+)$/.exec(o[0]);return new S(`Template error: ${o[0].replace(/ - \d+:\d+$/,"")}`,t,s?Number(s[1]):void 0,s?Number(s[2])+1:void 0)}async function zi(e,t){return t.format==="html"&&await fr(),Hi(e,t)??(await Promise.resolve().then(()=>ye(Ui(),1))).compileTemplate(e,t)}function Wi(e){let t=0;for(;t<3&&e.charCodeAt(t)===32;)t++;let n=e.charCodeAt(t);if(n!==96&&n!==126)return;let o=t;for(;e.charCodeAt(o)===n;)o++;if(!(o-t<3)){for(let i=o;i<e.length;i++){let r=e.charCodeAt(i);if(r===10||r===13||r===8232||r===8233)return}return e.slice(t,o)}}function qi(e,t){let n=0;for(;n<3&&e.charCodeAt(n)===32;)n++;let o=t.charCodeAt(0),i=n;for(;e.charCodeAt(i)===o;)i++;if(i-n<t.length)return!1;for(;e.charCodeAt(i)===32||e.charCodeAt(i)===9;)i++;return i===e.length}function Bi(e,t){if(t==="html")return yu(e)?e:e.replace(/^(?:[ \t]*\n)+/,"").trimEnd()+`
`;let n=se(e).split(`
`),o=[],i,r=0;for(let a of n){if(i){qi(a,i)&&(i=void 0),o.push(a);continue}if(i=Wi(a),a.trim()===""){if(++r>1||o.length===0)continue}else r=0;o.push(a)}return o.join(`
`).trimEnd()+`
`}function yu(e){let t=e.charCodeAt(0);return t!==32&&t!==9&&t!==10&&e.endsWith(`
`)&&e.length>=2&&!/\s/.test(e.charAt(e.length-2))}function Vi(e,t){let n=t.map((r,a)=>Math.max(...e.map(s=>s[a].length))),o=t.map((r,a)=>{let s=r==="l"||r==="c"?":":"",l=r==="r"||r==="c"?":":"",u=Math.max(1,n[a]-s.length-l.length);return n[a]=Math.max(n[a],s.length+u+l.length),`${s}${"-".repeat(u)}${l}`}),i=r=>{let a="|";for(let s=0;s<t.length;s++){let l=r[s],u=n[s]-l.length;t[s]==="r"?a+=` ${" ".repeat(u)}${l} |`:t[s]==="c"?a+=` ${" ".repeat(Math.ceil(u/2))}${l}${" ".repeat(Math.floor(u/2))} |`:a+=` ${l}${" ".repeat(u)} |`}return a};return[i(e[0]),i(o),...e.slice(1).map(i)].join(`
`)}function Mt(e){return e<128?e===32||e>=9&&e<=13:e===160||e===5760||e>=8192&&e<=8202||e===8232||e===8233||e===8239||e===8287||e===12288||e===65279}function je(e){return e>=48&&e<=57||e>=65&&e<=90||e>=97&&e<=122}function Zi(e){if(e.length===0||!je(e.charCodeAt(0)))return!1;for(let t=1;t<e.length;t++){let n=e.charCodeAt(t);if(!(je(n)||n===46||n===95||n===45))return!1}return!0}function Ki(e){let t=0;for(;t<7&&e.charCodeAt(t)===35;)t++;if(t===0||t>6||e.charCodeAt(t)!==32)return;let n=e.slice(t+1);if(!(n.includes(`
`)||n.includes("\r")||n.includes("\u2028")||n.includes("\u2029")))return{hashes:e.slice(0,t),text:n}}function Gi(e){if(e.charCodeAt(0)!==124||e.length<2)return!1;let t=1;for(;t<e.length;){for(;e.charCodeAt(t)===32;)t++;e.charCodeAt(t)===58&&t++;let n=t;for(;e.charCodeAt(t)===45;)t++;if(t===n)return!1;for(e.charCodeAt(t)===58&&t++;e.charCodeAt(t)===32;)t++;if(e.charCodeAt(t)!==124)return!1;t++}return!0}function Yi(e){let t=e.length,n=e.charCodeAt(0);if(t===0||!(je(n)||n===40))return!1;if(t===1)return!0;let o=e.charCodeAt(t-1);if(!(je(o)||o===58||o===41))return!1;for(let i=1;i<t-1;i++)if("*_`\\~[]<>&|".includes(e[i]))return!1;return!0}var Ji=e=>e.includes("*")||e.includes("`")||e.includes("~")||e.includes("|")||e.includes("[")||e.includes("]");function Xi(e,t){if(e.charCodeAt(t)!==38)return!1;let n=t+1;e.charCodeAt(n)===35&&n++;let o=n;for(;je(e.charCodeAt(n));)n++;return n>o&&e.charCodeAt(n)===59}var Qi=(e,t)=>(e.builtIn??e.file.startsWith("built-in:"))&&t.length<=524288;function Fe(e){return e.includes("~")&&e.split("~").length===2&&e.includes("\\~")?e.replace("\\~","~"):e}var eo=e=>e.includes("~")?e.split(`
`).map(t=>t.split(/(?<!\\)\|/).map(n=>{let o=Fe(n);return o===n?n:`${o} `}).join("|")).join(`
`):e,to=/\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,:;!?'")\]*_~]|\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g,En=/\bhttps?:\/\/|\bwww\.|@[A-Za-z0-9-]+\./;function bu(e,t){let n=e.charCodeAt(t);if(n!==n)return!1;if("-+*>#=|<~`_[".includes(e[t]))return!0;let o=t;for(;o-t<10&&e.charCodeAt(o)>=48&&e.charCodeAt(o)<=57;)o++;let i=e.charCodeAt(o);return o>t&&o-t<=9&&(i===46||i===41)}function Dt(e,t,n){return e.split(`
`).map((o,i)=>wu(o,i===0?t:n,n)).join(`
`)}function wu(e,t,n){if(e.length<=t)return e;let o=xu(e),i=[],r=0,a=t,s=-1;for(let l of o)l-r>a&&s>r&&(i.push(e.slice(r,s)),r=s+1,a=n),s=l;return e.length-r>a&&s>r&&(i.push(e.slice(r,s)),r=s+1),i.push(e.slice(r)),i.join(`
`)}var Lt=/[\\`<( ]/g;function xu(e){let t=[],n=0;Lt.lastIndex=0;for(let o=Lt.exec(e);o!==null;o=Lt.exec(e)){let i=o.index,r=e[i];if(r==="\\"&&!n)i++;else if(r==="`"){let a=1;for(;e[i+a]==="`";)a++;n?a===n&&(n=0):n=a,i+=a-1}else if(!n)if(r==="<"&&e.indexOf(">",i)!==-1&&ku(e.charCodeAt(i+1)))i=e.indexOf(">",i);else if(r==="("&&e[i-1]==="]"){let a=0,s=i;for(;s<e.length;s++)if(e[s]==="\\")s++;else if(e[s]==="(")a++;else if(e[s]===")"&&--a===0)break;i=s}else r===" "&&i>0&&e[i-1]!==" "&&e[i-1]!=="\\"&&e[i+1]!==void 0&&e[i+1]!==" "&&!bu(e,i+1)&&t.push(i);Lt.lastIndex=i+1}return t}var ku=e=>e>=65&&e<=90||e>=97&&e<=122||e===47||e===33||e===63;var vu=/[\u0000-\u0008\u000B-\u001F\u007F]/,_u=/^```([A-Za-z0-9_+.-]*)$/,io=e=>{let t=e.trimStart();return t.startsWith("```")||t.startsWith("~~~")},Au=/^(?:[A-Za-z0-9("'\u0080-\uFFFF]|\*\*[^*\s]|`[^`]|~[^~])/,Ou=/^#[^\s#]/;function Su(e){let t=0;for(;oo(e.charCodeAt(t));)t++;let n=e.charCodeAt(t);return t>0&&(n===46||n===41)}var no=/[*`\\~_[\]<>|\t!]/g,oo=e=>e>=48&&e<=57,Nt=e=>{let t=e.charCodeAt(0);return oo(t)||t>=65&&t<=90||t>=97&&t<=122},so=e=>e.trim()!==e,Tn=e=>e.trimEnd()!==e,Pu=/^\[[^[\]\\^\s][^[\]\\]*\](?![([:])/;function ao(e){if(vu.test(e))return;let t=e.split(`
`),n=[],o="",i=!0,r=0;for(;r<t.length;){let a=t[r];if(a===""){i=!0,r++;continue}let s,l="";if(a.startsWith("#"))s=Cu(a),r++;else if(a.startsWith("```")){let u=Iu(t,r);if(!u)return;s=u.block,r=u.next}else if(a.startsWith("|")){if(!i)return;let u=Mu(t,r);if(!u)return;s=u.block,r=u.next}else if(a.startsWith("- ")){if(o==="list")return;let u=Tu(t,r);if(!u)return;s=u.block,r=u.next,l="list"}else if(a.startsWith("> ")){if(o==="quote")return;let u=$u(t,r);if(!u)return;s=u.block,r=u.next,l="quote"}else{let u=Eu(t,r);if(!u)return;s=u.block,r=u.next}if(s===void 0)return;n.push(s),o=l,i=!1}return n.length?`${n.join(`

`)}
`:""}function Cu(e){let t=Ki(e);if(!t||t.text===""||t.text.endsWith("#")||so(t.text))return;let n=Ge([t.text],!1);return n===void 0?void 0:Fe(`${t.hashes} ${n}`)}var $n=e=>Au.test(e)&&!Su(e)&&!io(e);function Eu(e,t){let n=[],o=t;for(;o<e.length&&e[o]!=="";o++){let r=e[o];if(n.length&&(r.startsWith("#")||r.startsWith("- ")))break;if(!$n(r)||Tn(r))return;n.push(r)}let i=Ge(n,!1);if(i!==void 0)return{block:Dt(Fe(i),80,80),next:o}}function Tu(e,t){let n=[],o=t;for(;o<e.length&&e[o].startsWith("- ");){let i=[e[o].slice(2)];for(o++;o<e.length&&e[o].startsWith("  ");o++)i.push(e[o].slice(2));if(i.some((a,s)=>!($n(a)||s===0&&Ou.test(a))||Tn(a)))return;let r=Ge(i,!1);if(r===void 0)return;n.push(Dt(Fe(r),78,78).split(`
`).map((a,s)=>s?`  ${a}`:`- ${a}`).join(`
`))}if(!(o<e.length&&e[o]!==""&&!e[o].startsWith("#")))return{block:n.join(`
`),next:o}}function $u(e,t){let n=[],o=t;for(;o<e.length&&e[o].startsWith("> ");o++)n.push(e[o].slice(2));if(o<e.length&&e[o]!==""&&!e[o].startsWith("#")||n.some(r=>!$n(r)||Tn(r)))return;let i=Ge(n,!1);if(i!==void 0)return{block:Dt(Fe(i),78,78).split(`
`).map(r=>`> ${r}`).join(`
`),next:o}}function Iu(e,t){let n=_u.exec(e[t]);if(!n)return;let o=t+1;for(;o<e.length&&e[o]!=="```";){if(io(e[o]))return;o++}if(o>=e.length)return;let i=e.slice(t+1,o).join(`
`);if(i.trim()==="")return;let r=i.match(/`+/g)??[],a="`".repeat(Math.max(3,...r.map(s=>s.length+1)));return{block:`${a}${n[1]||"text"}
${i}
${a}`,next:o+1}}function ro(e){if(!e.startsWith("|")||!e.endsWith("|")||e.endsWith("\\|")||e.length<2)return;let t=e.slice(1,-1);if(t.includes("\\\\"))return;let n=t.split(/(?<!\\)\|/);return n.some(o=>o.includes("	"))?void 0:n.map(Ru)}function Ru(e){let t=0,n=e.length;for(;t<n&&e.charCodeAt(t)===32;)t++;for(;n>t&&e.charCodeAt(n-1)===32;)n--;return e.slice(t,n)}function Mu(e,t){let n=ro(e[t]),o=e[t+1];if(!n||o===void 0||!Gi(o))return;let i=o.slice(1,-1).split("|").map(u=>{let d=u.trim();return d.startsWith(":")?d.endsWith(":")?"c":"l":d.endsWith(":")?"r":""});if(i.length!==n.length)return;let r=[n],a=t+2;for(;a<e.length&&e[a]!=="";a++){let u=ro(e[a]);if(!u||u.length!==n.length)return;r.push(u)}let s=[];for(let u of r){let d=u.map(c=>c===""?"":Ge([c],!0));if(d.some(c=>c===void 0))return;s.push(d)}let l=Vi(s,i);return{block:eo(l),next:a}}function Ge(e,t){let n=[],o=r=>{let a=n[n.length-1];a?.type==="text"?a.value+=r:n.push({type:"text",value:r})};for(let r=0;r<e.length;r++){let a=e[r];if(a.includes("~*")||a.includes("*~")||a.includes("*\\~"))return;r>0&&o(" ");let s=0;for(;s<a.length;){no.lastIndex=s;let l=no.exec(a)?.index??a.length;if(l>s){o(a.slice(s,l)),s=l;continue}let u=a[s];if(u==="*"){if(a[s+1]!=="*")return;let d=a.indexOf("**",s+2);if(d<0)return;let c=a.slice(s+2,d),f=s===0?" ":a[s-1],h=a[d+2]??" ";if(!Yi(c)||En.test(c)||f!==" "&&f!=="("||h!==" "&&!(Nt(c.slice(-1))&&(h===":"||h===","||h==="."||h===")")))return;n.push({type:"strong",value:c}),s=d+2;continue}if(u==="`"){if(t)return;let d=a.indexOf("`",s+1),c=a.slice(s+1,d);if(d<0||c===""||so(c)||a[d+1]==="`")return;n.push({type:"code",value:c}),s=d+1;continue}if(u==="\\"){let d=a[s+1];if(d==="~"||t&&d==="|"){o(d),s+=2;continue}return}if(u==="~"){let d=s===0?t?"|":" ":a[s-1],c=a[s+1]??" ";if(c==="~"||!(d===" "||(d==="("||d==="+")&&Nt(c)))return}else if(u==="_"){if(s===0||!Nt(a[s-1])||!Nt(a[s+1]??""))return}else if(u==="["){let d=Pu.exec(a.slice(s));if(!d)return;o(d[0]),s+=d[0].length;continue}else return;o(u),s++}}let i="";for(let r of n)if(r.type==="strong")i+=`**${r.value}**`;else if(r.type==="code")i+=`\`${r.value}\``;else{let a=Lu(r.value,t);if(a===void 0)return;i+=a}return i}function Lu(e,t){let n=a=>{if(a.includes("&"))return;let s=a.replaceAll("~","\\~");return t?s.replaceAll("|","\\|").replaceAll("[","\\["):s};if(!(e.includes("http")||e.includes("www.")||e.includes("@"))||!En.test(e))return n(e);let o="",i=0;for(let a of e.matchAll(to)){let s=a[0];if(!(s.startsWith("http://")||s.startsWith("https://"))||Ji(s))return;for(let u=s.indexOf("&");u!==-1;u=s.indexOf("&",u+1))if(Xi(s,u))return;let l=n(e.slice(i,a.index));if(l===void 0)return;o+=`${l}<${s}>`,i=a.index+s.length}let r=n(e.slice(i));return r===void 0?void 0:o+r}async function uo(e,t){return Qi(e,t)?ao(t)??(await Promise.resolve().then(()=>ye(In(),1))).markdownRoundTrip(t):t}async function co(e){return(await Promise.resolve().then(()=>ye(In(),1))).markdownChat(e)}var fo=/^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;function Du(e){let t=e.charCodeAt(0)===65279?1:0;if(!e.startsWith("---",t))return-1;for(t+=3;e.charCodeAt(t)===32||e.charCodeAt(t)===9;)t++;return e.charCodeAt(t)===13&&t++,e.charCodeAt(t)===10?t+1:-1}function po(e,t){let n=Du(e);if(n<0)throw new S("Unexpected start of file, expected a frontmatter block opened by a `---` line",t,1,1);let o=Nu(e,n);if(!o)throw new S("Unexpected end of file, expected a `---` line closing the frontmatter opened here",t,1,1);return{fmStart:n,fmEnd:o.index,bodyStart:o.index+o.length,eol:e.charCodeAt(n-2)===13?`\r
`:`
`}}function Nu(e,t){if(e.indexOf("\r",t)!==-1||e.indexOf("\u2028",t)!==-1||e.indexOf("\u2029",t)!==-1){fo.lastIndex=t;let n=fo.exec(e);return n?{index:n.index,length:n[0].length}:void 0}for(let n=t;;){if(e.startsWith("---",n)||e.startsWith("...",n)){let i=n+3;for(;e.charCodeAt(i)===32||e.charCodeAt(i)===9;)i++;if(i===e.length)return{index:n,length:i-n};if(e.charCodeAt(i)===10)return{index:n,length:i+1-n}}let o=e.indexOf(`
`,n);if(o===-1)return;n=o+1}}var ju={'"':'"',"\\":"\\","/":"/",t:"	",n:`
`};function Ae(e){let t=e[0];if(t==='"'){if(!/^"(?:[^"\\]|\\["\\/tn])*"$/.test(e))return;let n=e.slice(1,-1);return n.includes("\\")?n.replace(/\\(.)/g,(o,i)=>ju[i]):n}if(t==="'")return/^'(?:[^']|'')*'$/.test(e)?e.slice(1,-1).replace(/''/g,"'"):void 0;if(t==="["){let n=/^\[([^[\]{}"'#]*)\]$/.exec(e)?.[1];if(n===void 0)return;let o=n.split(",").map(Rn);o.length&&o[o.length-1]===""&&o.pop();let i=o.map(r=>r===""?void 0:mo(r));return i.every(r=>r!==void 0&&!Array.isArray(r))?i:void 0}return mo(e)}var ep=new Set([..."&*!%@`,?:"].map(e=>e.charCodeAt(0))),Fu=new Set([..."&*!|>{}%@`,?:-[]#'\""].map(e=>e.charCodeAt(0))),ho=new Uint8Array(128);for(let e of Fu)ho[e]=1;var jt=e=>e>=48&&e<=57,Hu=/: |\t| #|:$/;function mo(e){return Hu.test(e)?void 0:Ft(e)}function Ft(e){let t=e.charCodeAt(0);if(!(jt(t)||t===43||t===46||t===45&&jt(e.charCodeAt(1)))){if(t<128&&ho[t]===1)return;let n=e.length;return n!==4&&n!==5&&n!==1?e:e==="null"||e==="Null"||e==="NULL"||e==="~"?null:e==="true"||e==="True"||e==="TRUE"?!0:e==="false"||e==="False"||e==="FALSE"?!1:e}if(jt(t)){let n=1;for(;jt(e.charCodeAt(n));)n++;let o=e.charCodeAt(n);if(n<e.length&&o!==46&&o!==101&&o!==69&&o!==120&&o!==111)return e;if(n===e.length)return Number.isSafeInteger(Number(e))?Number(e):void 0}if(Uu.test(e))return Number.isSafeInteger(Number(e))?Number(e):void 0;if(!zu.test(e))return Wu.test(e)?Number(e):e}var Uu=/^[-+]?\d+$/,zu=/^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?(?:\.inf|\.Inf|\.INF)$|^\.(?:nan|NaN|NAN)$/,Wu=/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;function Rn(e){let t=0,n=e.length;for(;t<n&&(e.charCodeAt(t)===32||e.charCodeAt(t)===9);)t++;for(;n>t&&(e.charCodeAt(n-1)===32||e.charCodeAt(n-1)===9);)n--;return t===0&&n===e.length?e:e.slice(t,n)}function Ye(e){let t=Rn(e);if(t.startsWith("#"))return"";if(t.startsWith('"')||t.startsWith("'")){let i=t[0]==="'"?t.search(/'(?!')(?:[ \t]+#.*)?$/):t.lastIndexOf('"');if(i<=0)return t;let r=t.slice(i+1);return r===""||/^[ \t]+#/.test(r)?t.slice(0,i+1):t}let n=t.indexOf("#")===-1?-1:t.search(/[ \t]#/);return n===-1?t:Rn(t.slice(0,n))}function go(e,t){let n=new Mn(e,t),o=n.node(0);return o===void 0||n.p!==e.length?void 0:{value:o,maps:n.maps}}var $=void 0,Mn=class{constructor(t,n){this.s=t;this.place=n}s;place;p=0;maps=!1;spaces(){for(;this.s.charCodeAt(this.p)===32;)this.p++}node(t){let n=this.s.charCodeAt(this.p);return n===91?t<16?this.seq(t):$:n===123?t<16?this.map(t):$:n===34||n===39?this.quoted(n):this.plain()}next(t){this.spaces();let n=this.s.charCodeAt(this.p);return n===t?(this.p++,!0):n!==44?$:(this.p++,this.spaces(),this.s.charCodeAt(this.p)!==t?!1:(this.p++,!0))}seq(t){let n=[];if(this.p++,this.spaces(),this.s.charCodeAt(this.p)===93)return this.p++,n;for(;;){let o=this.p,i=this.node(t+1);if(i===$)return $;this.place?.(n,n.length,o),n.push(i);let r=this.next(93);if(r===$)return $;if(r)return n}}map(t){let n={};if(this.p++,this.spaces(),this.s.charCodeAt(this.p)===125)return this.p++,n;for(this.maps=!0;;){let o=this.p,i=this.key();if(i===$||i==="__proto__"||Object.hasOwn(n,i))return $;this.spaces();let r=this.p,a=this.node(t+1);if(a===$)return $;this.place?.(n,i,r,o),n[i]=a;let s=this.next(125);if(s===$)return $;if(s)return n}}key(){let t=this.s,n=this.p,o=n;for(;o<t.length;o++){let r=t.charCodeAt(o);if(r===58)break;if(r===44||r===91||r===93||r===123||r===125||r===35||r<32||r===127)return $}if(t.charCodeAt(o+1)!==32)return $;let i=t.slice(n,o);return Ln(i)?(this.p=o+1,i):$}quoted(t){let n=t===34?qu:Bu;n.lastIndex=this.p;let o=n.exec(this.s);return o?(this.p+=o[0].length,Ae(o[0])):$}plain(){let t=this.s,n=this.p,o=n;for(;o<t.length;o++){let a=t.charCodeAt(o);if(a===44||a===93||a===125)break;if(a===91||a===123||a===35||a===9)return $}let i=o;for(;i>n&&t.charCodeAt(i-1)===32;)i--;if(i===n)return $;this.p=o;let r=Ae(t.slice(n,i));return Array.isArray(r)?$:r}},qu=/"(?:[^"\\]|\\["\\/tn])*"/y,Bu=/'(?:[^']|'')*'/y,Vu=new Set(["true","True","TRUE","false","False","FALSE","null","Null","NULL"]),Zu=new Set([..."-?:,[]{}#&*!|>'\"%@` 	"].map(e=>e.charCodeAt(0)));function Ln(e){let t=e.length;if(t===0||t>1e3)return!1;let n=e.charCodeAt(0);if(Zu.has(n))return!1;let o=e.charCodeAt(t-1);if(o===32||o===58)return!1;let i=!0;for(let r=0;r<t;r++){let a=e.charCodeAt(r);if(a<32||a===127||a===35&&e.charCodeAt(r-1)===32||a===58&&e.charCodeAt(r+1)===32)return!1;a>127&&!Ku(a)&&(i=!1)}return!i&&Yu().test(e)||e.startsWith("...")||e.startsWith("---")?!1:n>=48&&n<=57||n===43||n===46||n===126?Ae(e)===e:!(t<=5&&Vu.has(e))}var Ku=e=>e>=161&&e<=591&&e!==173,Gu,Yu=()=>Gu??=/[^\x20-\x7e\p{L}\p{M}\p{N}\p{P}\p{S}]/u;var Nn=class{log;size=0;index;searches=0;constructor(t){this.log=new Array(Math.min(6*t+8,Ju))}add(t,n,o,i){let r=this.log,a=this.size;r[a++]=t,r[a++]=n,r[a++]=i,r[a++]=o,this.size=a}get(t,n){let o=this.log;if(!this.index&&this.searches++<Xu){for(let i=this.size-4;i>=0;i-=4)if(o[i]===t&&o[i+1]===n)return yo(o[i+2],o[i+3]);return}if(!this.index){this.index=new Map;for(let i=0;i<this.size;i+=4){let r=this.index.get(o[i]);r||this.index.set(o[i],r=new Map),r.set(o[i+1],yo(o[i+2],o[i+3]))}}return this.index.get(t)?.get(n)}},Ju=16384,Xu=16,yo=(e,t)=>e===void 0?{value:t}:{key:e,value:t},qn=-1,jn=-2,Fn=class{constructor(t){this.text=t;let n=this.starts=[],o=this.ends=[],i=this.indents=[];for(let r=0;r<t.length;){let a=t.indexOf(`
`,r),s=a===-1?t.length:a;if(s>r&&t.charCodeAt(s-1)===13&&s--,n.push(r),o.push(s),i.push(Qu(t,r,s)),a===-1)break;r=a+1}this.oddBreaks=t.includes("\u2028")||t.includes("\u2029")}text;starts;ends;indents;oddBreaks;colon=-1;colonAsked=0;hash=-1;hashAsked=0;tab=-1;tabAsked=0;backslash=-1;backslashAsked=0;colonFrom(t){return(t<this.colonAsked||t>this.colon)&&(this.colon=Ht(this.text.indexOf(":",this.colonAsked=t),this.text)),this.colon}hashFrom(t){return(t<this.hashAsked||t>this.hash)&&(this.hash=Ht(this.text.indexOf("#",this.hashAsked=t),this.text)),this.hash}tabFrom(t){return(t<this.tabAsked||t>this.tab)&&(this.tab=Ht(this.text.indexOf("	",this.tabAsked=t),this.text)),this.tab}backslashFrom(t){return(t<this.backslashAsked||t>this.backslash)&&(this.backslash=Ht(this.text.indexOf("\\",this.backslashAsked=t),this.text)),this.backslash}get length(){return this.starts.length}next(t){return t+1<this.starts.length?this.starts[t+1]:this.text.length}at(t){return this.text.slice(this.starts[t],this.ends[t])}isDash(t){return Hn(this.text,this.starts[t]+this.indents[t],this.ends[t])}keyAt(t,n){let o=this.text,i=this.colonFrom(t);if(i>=n)return;let r=o.charCodeAt(t),a=i-t;if(a>0&&a<32&&r<128&&(i+1===n||o.charCodeAt(i+1)===32)){let l=zn[r<<5|a];if(l!==void 0&&Ao(o,t,l))return this.oddBreaks&&Dn.test(o.slice(t,n))?void 0:l}let s=this.keyLength(t,n);return s===-1?void 0:ic(o,t,s)}keyLength(t,n){let o=this.text,i=t,r=i<n?o.charCodeAt(i):0;if(r>=97&&r<=122||r>=65&&r<=90||r===95)for(i++;i<n&&(r=o.charCodeAt(i),r>=97&&r<=122||r>=65&&r<=90||r===95||r>=48&&r<=57||r===45);i++);if(i===t||o.charCodeAt(i)!==58||i+1<n&&o.charCodeAt(i+1)!==32){let a=o.slice(t,n);return i=a.indexOf(": "),i===-1&&(i=a.charCodeAt(a.length-1)===58?a.length-1:-1),i<=0||!Ln(a.slice(0,i))||this.oddBreaks&&Dn.test(a)?-1:i}return this.oddBreaks&&Dn.test(o.slice(t,n))?-1:i-t}},Dn=/[\r\u2028\u2029]/,Ht=(e,t)=>e===-1?t.length:e,Hn=(e,t,n)=>e.charCodeAt(t)===45&&(t+1===n||e.charCodeAt(t+1)===32);function Qu(e,t,n){let o=t;for(;o<n&&e.charCodeAt(o)===32;)o++;let i=e.charCodeAt(o);return o<n&&i===9||o<n&&(i===11||i===12||i===13||i>=128&&Mt(i))?jn:o===n||i===35?qn:o-t}var Un=Symbol("nothing"),le=Symbol("elsewhere");function bo(e,t,n){if(t===n)return Un;let o=e.text,i=o.charCodeAt(t);if(i===35)return Un;if(i===39)return e.oddBreaks?le:tc(o,t,n);if(i===34)return nc(e,t,n);if(i===91||i===123||i===124||i===62)return le;let r=n;for(let s=e.hashFrom(t+1);s<n;s=e.hashFrom(s+1)){let l=o.charCodeAt(s-1);if(l===32||l===9){r=s-1;break}}if(e.tabFrom(t)<r)return ec(o,t,n);for(let s=e.colonFrom(t);s<r;s=e.colonFrom(s+1)){let l=s+1<n?o.charCodeAt(s+1):32;if(l===32||l===9)return}let a=r-1;for(;o.charCodeAt(a)===32;)a--;return Ft(o.slice(t,a+1))}function ec(e,t,n){let o=t,i=-1;for(let r=t;r<n;r++){let a=e.charCodeAt(r);if(a===32||a===9){if(r+1<n&&e.charCodeAt(r+1)===35)break;a===9&&i===-1&&(i=r)}else if(o=r,a===58){let s=r+1<n?e.charCodeAt(r+1):32;if(s===32||s===9)return}}if(!(i!==-1&&i<o))return Ft(e.slice(t,o+1))}function _o(e,t,n){let o=t+1;for(;o<n&&(e.charCodeAt(o)===32||e.charCodeAt(o)===9);)o++;return o===n||o>t+1&&e.charCodeAt(o)===35}function tc(e,t,n){let o=e.indexOf("'",t+1);if(o===-1||o>=n)return le;let i=e.charCodeAt(t+1);return o+1<n&&e.charCodeAt(o+1)===39||i===32||i===9?le:_o(e,o,n)?e.slice(t+1,o):le}function nc(e,t,n){let o=e.text,i=o.indexOf('"',t+1);if(i===-1||i>=n||!_o(o,i,n)||e.backslashFrom(t+1)<i)return le;for(let r=i+1;r<n;r++)if(o.charCodeAt(r)===34)return le;return o.slice(t+1,i)}function zt(e,t={}){if(e.includes("\r")&&/\r(?!\n)/.test(e))return;let n=new Fn(e),{starts:o,ends:i,indents:r}=n,a={indent:0,kind:"map",value:{}},s=t.places?new Nn(n.length):void 0,l=[a],u=new Map,d=!1,c=(k,b)=>{let Y=go(k,s&&((j,J,qe,L)=>s.add(j,J,b+qe,L===void 0?void 0:b+L)));return Y?.maps&&(d=!0),Y?.value},f,h="",y=0,w=0;for(let k=0;k<o.length;k++){let b=r[k];if(b===qn)continue;if(b===jn)return;let Y=o[k],j=i[k],J=Y+b,qe=Hn(e,J,j),L,sr=!1;if(f){let P=f,I=P.value;if(f=void 0,qe&&b>=P.indent){let Q=P===a?{indent:b,items:[],end:Y}:void 0;Q&&u.set(h,Q);let ce=[];I[h]=ce,l.push({indent:b,kind:"seq",value:ce,layout:Q}),s?.add(I,h,J,y)}else if(b>P.indent&&(sr=!0,(L=n.keyAt(J,j))!==void 0)){let Q={};I[h]=Q,l.push({indent:b,kind:"map",value:Q}),s?.add(I,h,J,y)}else{if(b>P.indent)return;I[h]=null,s?.add(I,h,w,y)}}for(;l.length>1;){let P=l[l.length-1];if(b<P.indent||P.kind==="seq"&&b===P.indent&&!qe)l.pop();else break}let V=l[l.length-1],D=J;if(V.kind==="seq"){if(b!==V.indent||!qe)return;for(V.layout?.items.push(Y),D=J+1;e.charCodeAt(D)===32;)D++;let P=e.charCodeAt(D);if(D===j||Hn(e,D,j)||P===35||sc(e,D))return;let I=V.value;if(s?.add(I,I.length,D),L=n.keyAt(D,j),L===void 0){if(wo(P))return;let ce=bo(n,D,j);if(ce===le){let Ce=Ye(e.slice(D,j));ce=xo(Ce.charCodeAt(0))?c(Ce,D):Ae(Ce)}if(ce===void 0)return;if(Wn(n,k,b)){let Ce=e.slice(D,j),Zt=ko(n,k,b,Ce,Ye(Ce));if(!Zt)return;ce=Zt.value,k=Zt.last}I.push(ce),Ut(l,n.next(k));continue}let Q={indent:b+D-J,kind:"map",value:{}};I.push(Q.value),l.push(Q),V=Q}else{if(b!==V.indent)return;if(sr||(L=n.keyAt(J,j)),L===void 0)return}if(L.length<=5&&oc(L)&&rc.has(L))return;let Vt=V.value;if(L==="__proto__"||Object.hasOwn(Vt,L))return;let X=D+L.length+1;for(;X<j&&(e.charCodeAt(X)===32||e.charCodeAt(X)===9);)X++;Ut(l,n.next(k));let ge=bo(n,X,j);if(ge===Un){f=V,h=L,y=D,w=X;continue}s?.add(Vt,L,X,D);let ar=!0;if(ge===le){let P=Ye(e.slice(X,j));if(wo(P.charCodeAt(0))){let I=uc(n,k,V.indent,P);if(!I)return;ge=I.value,k=I.last,Ut(l,n.next(k)),ar=!1}else ge=xo(P.charCodeAt(0))?c(P,X):Ae(P)}if(ge===void 0)return;if(ar&&Wn(n,k,V.indent)){let P=e.slice(X,j),I=ko(n,k,V.indent,P,Ye(P));if(!I)return;ge=I.value,k=I.last,Ut(l,n.next(k))}Vt[L]=ge}if(f&&(f.value[h]=null,s?.add(f.value,h,w,y)),Object.keys(a.value).length===0)return;let R={data:a.value,seqs:u,places:s,lineStarts:o};return d&&(R.flowMaps=!0),R}var rc=new Set(["true","True","TRUE","false","False","FALSE","null","Null","NULL"]),zn=new Array(4096);function ic(e,t,n){let o=e.charCodeAt(t);if(n>=32||o>=128)return e.slice(t,t+n);let i=o<<5|n,r=zn[i];return r!==void 0&&Ao(e,t,r)?r:zn[i]=e.slice(t,t+n)}function Ao(e,t,n){for(let o=1;o<n.length;o++)if(e.charCodeAt(t+o)!==n.charCodeAt(o))return!1;return!0}var oc=e=>{let t=e.charCodeAt(0),n=e.charCodeAt(1);return(t===116||t===84||t===102||t===70||t===110||t===78)&&(n===114||n===82||n===97||n===65||n===117||n===85)},sc=(e,t)=>Mt(e.charCodeAt(t)),wo=e=>e===124||e===62,xo=e=>e===91||e===123;function Ut(e,t){let n=e.length>1?e[1].layout:void 0;n&&(n.end=t)}function Wn(e,t,n){for(let o=t+1;o<e.length;o++)if(e.indents[o]!==qn)return e.indents[o]>n&&!e.isDash(o);return!1}function ko(e,t,n,o,i){let r=i.charCodeAt(0),a=r===34||r===39||r===91||r===123;if(e.oddBreaks||a||vo(o)!==i)return;let s=e.text,l=i,u=t,d=0;for(let c=t+1;c<e.length;c++){let f=e.starts[c],h=e.ends[c],y=f;for(;y<h&&s.charCodeAt(y)===32;)y++;if(y===h){d++;continue}if(s.charCodeAt(y)===35||y-f<=n)break;let w=vo(s.slice(y,h));if(!ac.test(w))return;l+=(d===0?" ":`
`.repeat(d))+w,d=0,u=c}if(!(u===t||Wn(e,u,n)))return{value:l,last:u}}var ac=/^(?!\.\.\.)[^-?:,[\]{}#&*!|>'"%@`\s](?:(?!: | #|\t).)*(?<!:)$/;function vo(e){let t=e.length;for(;t>0&&e.charCodeAt(t-1)===32;)t--;return t===e.length?e:e.slice(0,t)}function lc(e){let t=e[0];if(t!=="|"&&t!==">"||e.length>2)return;let n=e.length===2?e[1]:"";return n===""||n==="-"||n==="+"?{style:t,chomp:n}:void 0}function uc(e,t,n,o){let i=lc(o);if(!i)return;let{style:r,chomp:a}=i,s=[],l=-1,u=t;for(let f=t+1;f<e.length;f++){let h=e.at(f),y=0;for(;h.charCodeAt(y)===32;)y++;if(y===h.length){if(l===-1||h.length>l)return;s.push(""),u=f;continue}if(h.includes("	")||Mt(h.charCodeAt(y)))return;if(y<=n)break;if(l===-1&&(l=y),y<l||y>l&&r===">")return;s.push(h.slice(l)),u=f}if(l===-1)return;let d=0;for(;s.length&&s[s.length-1]==="";)s.pop(),d++,u--;let c="";if(r==="|")c=s.join(`
`);else{let f=!1;for(let h of s)h===""?c+=`
`:c+=(f?" ":"")+h,f=h!==""}if(a==="-")return{value:c,last:u};if(a==="+"){let f=u+d,h=d>0&&f===e.length-1&&!e.text.endsWith(`
`)?d-1:d;return{value:c+`
`+`
`.repeat(h),last:f}}return{value:c+`
`,last:u}}var Je=["started","detected","acknowledged","declared","mitigated","recovered","resolved"],hc=["note","action","decision","finding","question","comms","todo","evidence","role","status","severity","reopened"],jp=[...Je,...hc];var Oo=["investigating","identified","monitoring"];var So=["SEV-1","SEV-2","SEV-3","SEV-4","SEV-5"],Po=["incident_commander","deputy","scribe","communications_liaison","investigation_coordinator"];var gc=[{key:"time_to_detect",label:"Time to detect",from:"started",to:["detected"]},{key:"time_to_acknowledge",label:"Time to acknowledge",from:"detected",to:["acknowledged"]},{key:"time_to_declare",label:"Time to declare",from:"detected",to:["declared"]},{key:"time_to_mitigate",label:"Time to mitigate",from:"started",to:["mitigated"]},{key:"impact_duration",label:"Impact duration",from:"started",to:["recovered","resolved"]},{key:"time_to_resolve",label:"Time to resolve",from:"started",to:["resolved"]}],yc=new Set(Je),bc=new Set(["mitigated","recovered","resolved"]);function Bn(e=[],t=F){let n=-1/0;for(let i of e){let r=i.kind==="reopened"?t(i.at):void 0;r!==void 0&&r>n&&(n=r)}let o={};for(let i of e){if(!yc.has(i.kind))continue;let r=t(i.at),a=i.kind;r!==void 0&&(bc.has(a)?r>=n&&(o[a]===void 0||r>=o[a])&&(o[a]=r):(o[a]===void 0||r<o[a])&&(o[a]=r))}return o}function Vn(e=[],t=F){let n=Bn(e,t),o=[];for(let i of gc){let r=n[i.from],a=i.to.find(s=>n[s]!==void 0);r===void 0||a===void 0||n[a]<r||(o.push({key:i.key,label:i.label,ms:n[a]-r,from:i.from,to:a}),(Co(e,i.from,r,t)||Co(e,a,n[a],t))&&(o[o.length-1].approx=!0))}return o}function Co(e,t,n,o){return e.some(i=>i.kind===t&&i.approx===!0&&o(i.at)===n)}var wc=/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;function xc(e){for(let t=0;t<e.length;t++){let n=e.charCodeAt(t);if(n<32?n!==9&&n!==10&&n!==13:n===127)return!0}return!1}function _(e){return typeof e=="string"?xc(e)?e.replace(wc,""):e:typeof e=="number"||typeof e=="boolean"?String(e):null}function Wt(e){return(Array.isArray(e)?e:[]).map(_).filter(t=>t!==null)}var Eo={incident_commander:"Incident commander",deputy:"Deputy",scribe:"Scribe",communications_liaison:"Communications liaison",investigation_coordinator:"Investigation coordinator",subject_matter_experts:"Subject matter experts"},kc=new Set(Je),Xe=e=>typeof e=="object"&&e!==null&&!Array.isArray(e)?e:{};function To(e){return(Array.isArray(e.timeline)?e.timeline:[]).filter(t=>typeof t=="object"&&t!==null&&typeof t.at=="string")}function $o(e,t,n,o=F,i=Vn(e,o)){let r=Bn(e,o),a=r.recovered??r.resolved,s=l=>l===void 0?null:z(l,t);return{started:s(r.started),ended:s(a),resolved:s(r.resolved),duration_ms:r.started!==void 0&&a!==void 0?a-r.started:null,duration_approx:i.some(l=>l.key==="impact_duration"&&l.approx===!0),ongoing:a===void 0&&(n===null||Oo.includes(n))}}function vc(e,t,n=F){let o="";return Oi(e,n).map(i=>{let r=n(i.at),a=r===void 0?void 0:De(r,t),s=a?vn(a):"",l=a?`${Zn(a.hour)}:${Zn(a.minute)}:${Zn(a.second)}`:i.at,u=s!==o;return o=s,{at:i.at,local_date:s,local_time:l,new_day:u,kind:_(i.kind)??"",milestone:kc.has(i.kind),by:_(i.by),text:_(i.text)??"",approx:i.approx===!0}})}var Zn=e=>e<10?`0${e}`:`${e}`;function _c(){let e=new Map;return t=>{let n=e.get(t);return n===void 0&&!e.has(t)&&e.set(t,n=F(t)),n}}function Ac(e){let t=Xe(e.roles),n=[];for(let i of Po){let r=_(t[i]);r&&n.push({key:i,label:Eo[i],names:[r]})}let o=Wt(t.subject_matter_experts);return o.length&&n.push({key:"subject_matter_experts",label:Eo.subject_matter_experts,names:o}),n}function Oc(e){return(Array.isArray(e.action_items)?e.action_items:[]).map(Xe).map(t=>({id:_(t.id)??"",title:_(t.title)??"",type:_(t.type),owner:_(t.owner),due:_(t.due),status:_(t.status)??"open",reason:_(t.reason),issue:_(t.issue)}))}function Io(e){let{data:t,timeZone:n}=e,o=To(t),i=_c(),r=vc(o,n,i),a=Vn(o,i),s=Xe(t.impact),l=Xe(t.postmortem),u=_(t.kind)??"incident",d=_(t.status);return{audience:"internal",internal:!0,drill:u==="drill",id:_(t.id)??e.file.replace(/^.*\//,"").replace(/\.md$/,""),title:_(t.title)??"",kind:u,severity:_(t.severity),status:d,services:Wt(t.services),timezone:n,now:z(e.now,n),incident:t,file:e.file,...$o(o,n,d,i,a),roles:Ac(t),timeline:r,recent:r.slice(-5),metrics:a.map(c=>({key:c.key,label:c.label,ms:c.ms,from:c.from,to:c.to,approx:c.approx===!0})),impact:{summary:_(s.summary),figures:(Array.isArray(s.figures)?s.figures:[]).map(Xe).map(c=>({label:_(c.label)??"",value:_(c.value)??""}))},action_items:Oc(t),postmortem:{owner:_(l.owner),due:_(l.due),meeting:_(l.meeting),status:_(l.status)},body:Tt(se($t(e.text.slice(e.bodyStart)))).trim(),public_summary:e.publicSummary,site:null}}async function Mo(e,t){let n=po(e,t),o=zt(e.slice(n.fmStart,n.fmEnd))?.data;return o||(o=(await Promise.resolve().then(()=>ye(Ro(),1))).parseIncidentText(e,t).data),{text:e,split:n,data:o,file:t}}var bm=64*1024;function Lo(e,t,n){let o=e.data.timezone,i=typeof o=="string"&&he(o)?o:t.defaultTimeZone();return Io({data:e.data,text:e.text,bodyStart:e.split.bodyStart,file:e.file,timeZone:i,now:t.now,publicSummary:n})}var Do=e=>typeof e.id=="string"?e.id:String(e.number);function No(e,t){let n=e.threads;if(n==null)return[];if(!(Array.isArray(n)&&n.every(i=>typeof i=="object"&&i!==null&&!Array.isArray(i)&&(typeof i.id=="string"?i.id!=="":Number.isInteger(i.number)))))throw new S("Unexpected `threads` value, expected a list of threads, each with an `id` (or the whole `number` of older files)",t);return n}var jo=/^Thread ([1-9]\d*|[a-hjkmnp-tv-z][0-9a-hjkmnp-tv-z]{4})(?=[ :(])/;var Sc=36e5,Pc=/^(\d+)\s*([hdw])$/,Cc=/^(\d+)\s*(m|mo|months?)$/i,Ec=/^\d{4}-\d{2}-\d{2}$/,Tc='a date (2026-01-31), ISO 8601, or an age: -30m, -12h, -30d, -2w (or "2w ago")';function Fo(e,t,n="--since"){let o=e.trim(),i=Pc.exec(o);if(i)return t.now-Number(i[1])*Sc*{h:1,d:24,w:168}[i[2]];let r=Cc.exec(o);if(r){let a=Number(r[1]);throw new v(`Unexpected ${n} "${e}", expected -${a}m for ${a} minute${a===1?"":"s"} (m is minutes, as in --at) or -${a*30}d or a date for about ${a} month${a===1?"":"s"}`)}try{return vi(Ec.test(o)?`${o}T00:00`:o,t).ms}catch(a){throw!(a instanceof v)||!a.message.startsWith('Unexpected time "')?a:new v(`Unexpected ${n} "${e}", expected ${Tc}`)}}var G=require("node:fs"),M=require("node:path");var Kn=["operational","under_maintenance","degraded_performance","partial_outage","major_outage"];var Ho=["accent","operational","degraded","partial","major","maintenance"],Gn=/^https?:\/\/[^\s"'<>`\\]+$/i,$c=/^#(?:[0-9a-fA-F]{3}){1,2}$/,Qe=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function Uo(e,t){if(typeof e!="string"||!Gn.test(e.trim()))throw t("site_url","an absolute http(s) URL such as https://status.example.com/");return e.trim().replace(/\/*$/,"/")}function zo(e,t){if(!Qe(e))throw t("site","a map with title, logo, links and colors");let n={links:{},colors:{}};for(let[o,i]of Object.entries(e))if(o==="title"){if(typeof i!="string"||!i.trim())throw t("site.title","a non-empty string");n.title=i}else if(o==="logo"){if(typeof i!="string"||!Gn.test(i.trim()))throw t("site.logo","an absolute http(s) URL of an image");n.logo=i.trim()}else if(o==="links"){if(!Qe(i)||!Object.values(i).every(r=>typeof r=="string"&&Gn.test(r.trim())))throw t("site.links","a map of labels to http(s) URLs");n.links=Object.fromEntries(Object.entries(i).map(([r,a])=>[r,String(a).trim()]))}else if(o==="colors"){if(!(Qe(i)&&Object.entries(i).every(([a,s])=>Ho.includes(a)&&typeof s=="string"&&$c.test(s))))throw t("site.colors",`a map of ${Ho.join(", ")} to colours such as "#0969da"`);n.colors={...i}}else throw t("site",`a map with title, logo, links and colors, not "${o}"`);return n}function Wo(e,t,n){if(!Qe(e))throw n("status_page","a map with components and severity_map");let o={components:[...t.components],severity_map:{...t.severity_map}};for(let[i,r]of Object.entries(e))if(i==="components"){if(!Array.isArray(r)||!r.every(a=>typeof a=="string"&&a.trim()))throw n("status_page.components","a list of service names");o.components=r.map(a=>a.trim())}else if(i==="severity_map"){if(!(Qe(r)&&Object.values(r).every(s=>Kn.includes(s))))throw n("status_page.severity_map",`a map of severity to one of ${Kn.join(", ")}`);o.severity_map={...o.severity_map,...r}}else throw n("status_page",`a map with components and severity_map, not "${i}"`);return o}var Yn=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function qo(e,t,n){if(!Yn(e))throw n("import","a map of source names (pagerduty, incident-io...) to their settings");let o={};for(let[i,r]of Object.entries(e)){if(r===null)continue;if(!Yn(r))throw n(`import.${i}`,"a map of settings such as severity_map and timezone");let a=r.severity_map;if(a!=null){if(!Yn(a))throw n(`import.${i}.severity_map`,"a map of <field>=<value> to a severity, e.g. priority=P1: SEV-1");for(let[l,u]of Object.entries(a))if(typeof u!="string"||!t.includes(u))throw n(`import.${i}.severity_map.${l}`,`one of ${t.join(", ")}`)}let s=r.timezone;if(s!=null&&(typeof s!="string"||!he(s)))throw n(`import.${i}.timezone`,"an IANA time zone name such as Europe/Berlin");o[i]={...r}}return o}var Oe={incidents_dir:"incidents",templates_dir:"templates",severities:[...So],default_severity:"SEV-3",required_sections:["Summary","Impact","Root cause and contributing factors","Resolution","What went well","What went wrong"],postmortem_due:{"SEV-1":{days:3},"SEV-2":{business_days:5},default:{business_days:10}},redact:[],allow:[],public_domains:[],site_title:"Incident history",site:{links:{},colors:{}},status_page:{components:[],severity_map:{"SEV-1":"major_outage","SEV-2":"partial_outage","SEV-3":"degraded_performance"}},github:{},people:{},issueops:{label:"incident",mirror:!1},evidence_max_bytes:10*1024*1024,review:{require_independent_approval:!0},working_hours:{start:"09:00",end:"18:00",days:["Mon","Tue","Wed","Thu","Fri"]},merge_driver:"auto",import:{}},Bo=["auto","warn","off"],Vo=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Ic=/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/,Rc=/^(?:\*\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\.?$/;function et(e,t=".incident.yml"){if(e==null)return{...Oe};if(typeof e!="object"||Array.isArray(e))throw new S("Unexpected config, expected `key: value` settings",t,1,1);let n=e,o={...Oe},i=l=>{if(n[l]!==void 0){if(typeof n[l]!="string"||n[l]==="")throw a(l,"a non-empty string");o[l]=n[l]}},r=l=>{if(n[l]===void 0)return;let u=n[l];if(!Array.isArray(u)||u.length===0||!u.every(d=>typeof d=="string"&&d))throw a(l,"a list of names");o[l]=u},a=(l,u)=>new S(`Unexpected value for \`${l}\`, expected ${u}`,t);if(i("incidents_dir"),i("templates_dir"),i("timezone"),o.timezone!==void 0&&!he(o.timezone))throw a("timezone",`an IANA time zone name such as ${St(o.timezone)}, not "${o.timezone}"`);if(r("severities"),r("required_sections"),n.default_severity!==void 0?i("default_severity"):o.severities.includes(o.default_severity)||(o.default_severity=o.severities[Math.floor((o.severities.length-1)/2)]),!o.severities.includes(o.default_severity))throw a("default_severity",`one of ${o.severities.join(", ")}`);if(i("site_title"),n.site_url!==void 0&&(o.site_url=Uo(n.site_url,a)),n.site!==void 0&&(o.site=zo(n.site,a)),n.status_page!==void 0&&(o.status_page=Wo(n.status_page,Oe.status_page,a)),n.redact!==void 0){if(!Array.isArray(n.redact)||!n.redact.every(l=>typeof l=="string"&&l.trim()))throw a("redact","a list of terms");o.redact=n.redact}if(n.allow!==void 0){if(!Array.isArray(n.allow)||!n.allow.every(l=>typeof l=="string"&&l.trim()))throw a("allow","a list of words or names");o.allow=n.allow}if(n.public_domains!==void 0){let l=n.public_domains;if(!Array.isArray(l)||!l.every(u=>typeof u=="string"&&Rc.test(u.trim())))throw a("public_domains","a list of domain names such as status.example.com");o.public_domains=l.map(u=>u.trim().toLowerCase().replace(/^\*\./,"").replace(/\.$/,""))}let s=(l,u)=>{let d=n[l];if(d===void 0)return;if(!(typeof d=="object"&&d!==null&&!Array.isArray(d)&&Object.entries(d).every(([f,h])=>typeof h=="string"&&h!==""&&(!u||u.includes(f)))))throw a(l,u?`a map with ${u.join(", ")}`:"a map of names to GitHub logins");o[l]={...d}};if(s("github",["repo","api_url"]),s("people"),n.evidence_max_bytes!==void 0){if(!Number.isInteger(n.evidence_max_bytes)||n.evidence_max_bytes<=0)throw a("evidence_max_bytes","a positive number of bytes");o.evidence_max_bytes=n.evidence_max_bytes}if(n.review!==void 0){let l=n.review;if(!(typeof l=="object"&&l!==null&&!Array.isArray(l)&&Object.entries(l).every(([d,c])=>d==="require_independent_approval"&&typeof c=="boolean")))throw a("review","a map with require_independent_approval: true or false");o.review={...Oe.review,...l}}if(n.issueops!==void 0){let l=n.issueops;if(!(typeof l=="object"&&l!==null&&!Array.isArray(l)&&Object.entries(l).every(([d,c])=>d==="label"&&typeof c=="string"&&c.trim()!==""||d==="mirror"&&typeof c=="boolean")))throw a("issueops","a map with label: <label name> and mirror: true or false");o.issueops={...Oe.issueops,...l}}if(n.working_hours!==void 0&&(o.working_hours=Mc(n.working_hours,a)),n.import!==void 0&&n.import!==null&&(o.import=qo(n.import,o.severities,a)),n.merge_driver!==void 0){if(!Bo.includes(n.merge_driver))throw a("merge_driver",`one of ${Bo.join(", ")}`);o.merge_driver=n.merge_driver}if(n.postmortem_due!==void 0){let l=n.postmortem_due;if(typeof l!="object"||l===null||Array.isArray(l))throw a("postmortem_due","a map of severity to {days} or {business_days}");for(let[u,d]of Object.entries(l))if(!(typeof d=="object"&&d!==null&&Object.entries(d).every(([f,h])=>(f==="days"||f==="business_days")&&Number.isInteger(h)&&h>=0)))throw a(`postmortem_due.${u}`,"{days: N} or {business_days: N}");o.postmortem_due={...Oe.postmortem_due,...l}}return o}function Mc(e,t){if(typeof e!="object"||e===null||Array.isArray(e))throw t("working_hours","a map with start, end, days and timezone");let n={...Oe.working_hours};for(let[o,i]of Object.entries(e))if(o==="start"||o==="end"){if(typeof i!="string"||!Ic.test(i))throw t(`working_hours.${o}`,'a time of day as "HH:MM" (quoted), such as "09:00"');n[o]=i}else if(o==="days"){let r=Vo;if(!Array.isArray(i)||i.length===0||!i.every(a=>typeof a=="string"&&r.includes(a)))throw t("working_hours.days",`a list of days among ${Vo.join(", ")}`);n.days=i}else if(o==="timezone"){if(typeof i!="string"||!he(i))throw t("working_hours.timezone",`an IANA time zone name such as ${St(String(i))}`);n.timezone=i}else throw t("working_hours",`a map with start, end, days and timezone, not "${o}"`);if(n.start>=n.end)throw t("working_hours",`a start before the end, not ${n.start} to ${n.end}`);return n}function Ko(e,t,n=3){let o=e.toLowerCase(),i=[];for(let r of t){let a=r.toLowerCase();if(a===o)continue;if(o.length>=3&&a.includes(o)){i.push({name:r,score:-1/a.length});continue}let s=a.replace(/^\d{4}-\d{2}-\d{2}-/,""),l=Math.max(2,Math.floor(o.length/3)),u=Math.min(Zo(o,a,l),s===a?1/0:Zo(o,s,l));u<=l&&i.push({name:r,score:u})}return i.sort((r,a)=>r.score-a.score||(r.name<a.name?1:r.name>a.name?-1:0)).slice(0,n).map(r=>r.name)}function Zo(e,t,n=1/0){if(Math.abs(e.length-t.length)>n)return 1/0;let o=new Array(t.length+1).fill(0),i=Array.from({length:t.length+1},(a,s)=>s),r=new Array(t.length+1).fill(0);for(let a=1;a<=e.length;a++){r[0]=a;let s=a;for(let l=1;l<=t.length;l++){let u=e[a-1]===t[l-1]?0:1,d=Math.min(i[l]+1,r[l-1]+1,i[l-1]+u);a>1&&l>1&&e[a-1]===t[l-2]&&e[a-2]===t[l-1]&&(d=Math.min(d,o[l-2]+1)),r[l]=d,d<s&&(s=d)}if(s>n)return 1/0;[o,i,r]=[i,r,o]}return i[t.length]<=n?i[t.length]:1/0}var Ue=require("node:path");function Lc(e){if(e.includes("//")||e.includes("/./")||e.includes("/../")||e.endsWith("/.")||e.endsWith("/.."))return!0;if(e.length<2||!e.endsWith("/"))return!1;let t=e.charCodeAt(e.length-2);return t!==10&&t!==13&&t!==8232&&t!==8233}var Dc=e=>e!==""&&e!=="."&&e!==".."&&!e.includes("/");function E(e,...t){return Ue.sep!=="/"||e.charCodeAt(0)!==47||Lc(e)||!t.every(Dc)?(0,Ue.join)(e,...t):(e==="/"?"":e)+"/"+t.join("/")}var Go=e=>e.endsWith(Ue.sep)?e:e+Ue.sep;var tt=".incident.yml";function Nc(e){let t;for(let n=e;;n=(0,M.dirname)(n)){if((0,G.existsSync)(E(n,tt)))return n;if(!t&&(0,G.existsSync)(E(n,".git"))&&(t=n),(0,M.dirname)(n)===n)return t??e}}async function Jo(e,t={}){let n=Nc(e),o=E(n,tt);if(t.configFile&&(o=(0,M.resolve)(e,t.configFile),!(0,G.existsSync)(o)))throw new v(`Unexpected config file "${t.configFile}", expected an existing file`);let i=await Hc(o,o===E(e,tt)?tt:(0,M.relative)(e,o)||tt),r=t.incidentsDir?(0,M.resolve)(e,t.incidentsDir):jc(E(n,i.incidents_dir));return{root:n,cwd:e,config:i,incidentsDir:r}}var jc=e=>e.length>1&&e.endsWith(M.sep)?e.slice(0,-1):e,Fc=/^(?:[ ]*(?:#[^\r\n]*)?\r?\n)*[ ]*(?:#[^\r\n]*)?$/;async function Hc(e,t){if(!(0,G.existsSync)(e))return et(void 0);let n=(0,G.readFileSync)(e,"utf8"),o=zt(n);if(o)return et(o.data,t);if(Fc.test(n))return et(void 0);let{parseYamlFile:i}=await Promise.resolve().then(()=>ye(Yo(),1));return et(i(n,t),t)}function Jn(e,t){if((t.includes("/")||t.includes("\\"))&&t.endsWith(".md")){let n=(0,M.resolve)(e.cwd,t);if((0,M.dirname)(n)===(0,M.resolve)(e.incidentsDir))return n;throw new v(`Unexpected file "${t}", expected an incident id or a file in ${ze(e,e.incidentsDir)||"."}/`)}if(!Zi(t)||t.includes(".."))throw new v(`Unexpected incident id "${t}", expected a file name like 2026-03-01-database-outage`);return E(e.incidentsDir,t.endsWith(".md")?t:`${t}.md`)}function ze(e,t){let n=Go(e.cwd);return t.startsWith(n)&&!t.includes(`${M.sep}.`,n.length-1)?t.slice(n.length)||t:(0,M.relative)(e.cwd,t)||t}function Uc(e){return Wc(zc(e))}function zc(e){return(0,G.existsSync)(e.incidentsDir)?(0,G.readdirSync)(e.incidentsDir):[]}function Wc(e){return qc(e,t=>t.slice(0,-3))}function qc(e,t){let n=[],o=!0;for(let i of e){if(!i.endsWith(".md")||i.startsWith("."))continue;let r=t(i);o&&n.length>0&&!(n[n.length-1]<r)&&(o=!1),n.push(r)}return o?n:n.sort()}function Xo(e,t){let n=(0,M.basename)(t).replace(/\.md$/,""),o=Ko(n,Uc(e)),i=o.length?`; did you mean ${o.join(", ")}?`:"";return new v(`Unknown incident "${t}": no file ${ze(e,Jn(e,t))}${i}`)}var Se=require("node:fs"),hs=require("node:path");var Qo=`## Summary

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
`;var es=`{{!-- The internal post-mortem: everything in the incident file. Context: README "Templates". --}}
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
`;var ts=`{{!-- The internal post-mortem as a page: everything in the incident file (render --format html, and each incident's page of the internal site, incident site). Tables come from the frontmatter as HTML; only the body someone wrote goes through the Markdown converter. --}}
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
`;var ns=`{{!-- The public summary: only public fields and the body's Public summary section reach it. --}}
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
`;var rs=`{{!-- A public summary as a page of its own; also each incident's page on the public site. --}}
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
`;var is=`{{!-- A short update for a status page or a chat channel during the incident. --}}
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
`;var os=`{{!-- The body of the GitHub issue for an action item. Context: incident (frontmatter), item, file, url. --}}
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
`;var ss=`{{!-- The public site's index: every published incident, newest first. --}}
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
`;var as=`<?xml version="1.0" encoding="utf-8"?>
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
`;var ls=`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
`;var us=`<p class="drill"><strong>DRILL</strong>: this is a practice incident, not a real one.</p>
`;var cs=`{{#if started}}
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
`;var ds=`<dl class="facts">
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
`;var fs=`<meta charset="utf-8">
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
`;var ps=`{{!-- The investigation coordinator's report (seed 004), posted in the incident channel every
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
`;var Xn={"incident.md":Qo,"postmortem.md.hbs":es,"postmortem.html.hbs":ts,"public-summary.md.hbs":ns,"public-summary.html.hbs":rs,"status-update.md.hbs":is,"action-item-issue.md.hbs":os,"site-index.html.hbs":ss,"site-feed.xml.hbs":as,"_drill.md.hbs":ls,"_drill.html.hbs":us,"_facts.md.hbs":cs,"_facts.html.hbs":ds,"_head.html.hbs":fs,"coordinator-report.md.hbs":ps},sd=Object.keys(Xn);var ms=new WeakMap;function gs(e){let t=e.config.templates_dir,n=ms.get(e);return n?.setting!==t&&ms.set(e,n={setting:t,dir:(0,hs.join)(e.root,t)}),n.dir}function ad(e,t){return E(gs(e),t)}function Qn(e,t){let n=ad(e,t),o=Object.hasOwn(Xn,t)?Xn[t]:void 0;if((0,Se.existsSync)(n)){let i=(0,Se.readFileSync)(n,"utf8");return{source:i,file:ze(e,n),builtIn:i===o}}return o===void 0?void 0:{source:o,file:`built-in:${t}`,builtIn:!0}}function ys(e,t){let n=`.${t}.hbs`,o=new Set(sd.filter(s=>s.startsWith("_")&&s.endsWith(n))),i=gs(e);if((0,Se.existsSync)(i))for(let s of(0,Se.readdirSync)(i))s.startsWith("_")&&s.endsWith(n)&&o.add(s);let r={},a=[];for(let s of[...o].sort()){let l=Qn(e,s);r[s.slice(1,-n.length)]=l.source,a.push(l)}return{partials:r,files:a}}var ws=require("node:fs");function xs(e,t){if(t.GIT_AUTHOR_NAME)return t.GIT_AUTHOR_NAME;if(t.GIT_COMMITTER_NAME)return t.GIT_COMMITTER_NAME;let n=t.HOME??bs().homedir(),o=[E(e,".git","config"),t.GIT_CONFIG_GLOBAL??E(n,".gitconfig"),t.XDG_CONFIG_HOME!==void 0?E(t.XDG_CONFIG_HOME,"git","config"):E(n,".config","git","config")];for(let i of o){let r=ld(i);if(r)return r}try{return bs().userInfo().username}catch{return"unknown"}}function ld(e){let t;try{t=(0,ws.readFileSync)(e,"utf8")}catch{return}let n=!1;for(let o of t.split(/\r?\n/)){let i=o.trim(),r=/^\[\s*([^\]\s"]+)/.exec(i);if(r){n=r[1].toLowerCase()==="user";continue}let a=n&&/^name\s*=\s*(.*)$/i.exec(i);if(a)return ud(a[1].replace(/\s[#;].*$/,"").trim())||void 0}}var bs=()=>process.getBuiltinModule("node:os"),ud=e=>e.startsWith('"')&&e.endsWith('"')?e.slice(1,-1).replace(/\\(.)/g,"$1"):e;var B=require("node:fs"),q=require("node:path");var Pe="casefile",cd="Casefile incident files: timelines, threads, evidence and action items merged as sets",qt="merge-driver %O %A %B %P",nt=`npx --no-install incident ${qt}`,er="casefile=",ks=e=>`'${e.replace(/'/g,"'\\''")}'`;function dd(e=process.argv[1]){if(e)try{let t=(0,B.realpathSync)(e);return(0,q.basename)(t)==="incident.cjs"&&(0,B.existsSync)((0,q.join)((0,q.dirname)(t),"..","package.json"))?t:void 0}catch{return}}function fd(e=dd(),t=process.execPath){let n=`if [ -x node_modules/.bin/incident ]; then exec node_modules/.bin/incident ${qt}; else exec incident ${qt}; fi`;return e?`${er}${ks(e)}; node=${ks(t)}; [ -x "$node" ] || node=node; if [ -f "$casefile" ]; then exec "$node" "$casefile" ${qt}; ${n.replace(/^if /,"elif ")}`:`${er}; ${n}`}var pd=e=>e===nt||e.startsWith(er);var vs=(e,t)=>(...n)=>process.getBuiltinModule("node:child_process").spawnSync("git",n,{cwd:e,encoding:"utf8",env:t});function md(e,t){let n=t.global?"--global":"--local",o=vs(e,t.env??process.env),i=t.command??fd(),r=o("config",n,"--get",`merge.${Pe}.driver`).stdout.trim();if(r===i||r&&!pd(r))return!1;for(let[a,s]of[["name",cd],["driver",i]]){let l=o("config",n,`merge.${Pe}.${a}`,s);if(l.error||l.status!==0)throw new de(`git config ${n} merge.${Pe}.${a} failed: ${l.error?.message??l.stderr.trim()}`)}return!0}function _s(e,t,n,o){if(!(t==="off"||n.CASEFILE_MERGE_DRIVER==="off"))try{if(!hd(e))return;let i=gd(e);if(!i)return;let r;for(let s of yd(i,n))if((r=bd(s))!==void 0)break;if(r!==void 0&&r!==nt)return;let a=r===nt;if(!a){let s=vs(e,n)("config","--get",`merge.${Pe}.driver`);if(s.error||s.stdout.trim()&&s.stdout.trim()!==nt)return;a=s.stdout.trim()===nt}if(t==="warn"){o(a?"this clone's merge driver for incident files runs npx, which cannot find every install of Casefile: incident merge-driver --install":"this clone has no merge driver for incident files (.gitattributes names it), so git pull may end in conflicts: incident merge-driver --install");return}md(e,{env:n})&&o(`${a?"updated":"installed"} the merge driver for incident files in this clone (git config merge.${Pe}.driver); merge_driver: off in .incident.yml stops this`)}catch(i){o(`could not install the merge driver for incident files (${i.message}): incident merge-driver --install`)}}function hd(e){let t;try{t=(0,B.readFileSync)(E(e,".gitattributes"),"utf8")}catch{return!1}return new RegExp(`(^|\\s)merge=${Pe}(\\s|$)`,"m").test(t)}function gd(e){for(let t=(0,q.resolve)(e);;t=(0,q.dirname)(t)){let n=E(t,".git"),o=(0,B.statSync)(n,{throwIfNoEntry:!1});if(o?.isDirectory())return n;if(o?.isFile()){let i=/^gitdir:\s*(.+?)\s*$/m.exec((0,B.readFileSync)(n,"utf8"));if(!i)return;let r=(0,q.resolve)(t,i[1]),a=(0,q.join)(r,"commondir");return(0,B.existsSync)(a)?(0,q.resolve)(r,(0,B.readFileSync)(a,"utf8").trim()):r}if((0,q.dirname)(t)===t)return}}function yd(e,t){let n=e,o=t.HOME??process.getBuiltinModule("node:os").homedir();return[E(n,"config"),t.GIT_CONFIG_GLOBAL??E(o,".gitconfig"),t.XDG_CONFIG_HOME?E(t.XDG_CONFIG_HOME,"git","config"):E(o,".config","git","config")]}function bd(e){let t;try{t=(0,B.readFileSync)(e,"utf8")}catch{return}let n=!1;for(let o of t.split(/\r?\n/)){let i=o.trim();if(i.startsWith("[")){n=new RegExp(`^\\[\\s*merge\\s+"${Pe}"\\s*\\]`,"i").test(i);continue}let r=n&&/^driver\s*=\s*(\S.*)$/i.exec(i);if(r)return r[1].trim()}}async function As(e){let t=await Jo(e.cwd,{configFile:e.env.CASEFILE_CONFIG||void 0,incidentsDir:e.env.CASEFILE_INCIDENTS_DIR||void 0}),n=!1;return t.afterWrite=()=>{n||(n=!0,_s(t.root,t.config.merge_driver,e.env,o=>e.warn?.(o)))},{...e,repo:t,get defaultTimeZone(){return t.config.timezone??(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC")},whoami:()=>xs(t.root,e.env)}}var wd="coordinator-report.md.hbs";async function Os(e,t){let n=await As(t),o=Jn(n.repo,e.id);if(!(0,Bt.existsSync)(o))throw Xo(n.repo,e.id);let i=ze(n.repo,o),r=await Mo((0,Bt.readFileSync)(o,"utf8"),i),a=Lo(r,{now:n.now,defaultTimeZone:()=>n.defaultTimeZone},null),s=e.since===void 0?void 0:Fo(e.since,{now:n.now,timeZone:a.timezone}),l=Qn(n.repo,wd),{partials:u}=ys(n.repo,"md"),d=await zi(l.source,{format:"md",partials:u,name:l.file}),c=Bi(d(xd(a,r.data,n.now,s,i)),"md"),f=e.plain?await co(c):await uo(l,c);return{file:i,template:l.file,text:f}}function xd(e,t,n,o,i){let r=b=>b?F(b):void 0,a=b=>(r(b)??-1/0)<=n,s=b=>o===void 0||(b?(r(b)??1/0)>=o:!1),l=e.timeline.filter(b=>a(b.at)),u=(...b)=>l.find(Y=>b.includes(Y.kind))??null,d=u("started")??u("declared")??l[0]??null,c=r(d?.at),f=u("recovered")??u("resolved"),h=r(u("resolved")?.at)??n,y=No(t,i).filter(b=>a(b.opened)).map(b=>vd(b,a)),w=y.filter(b=>b.closed===null),R=w.filter(b=>b.owner!==null).map(b=>({...b,updates:b.updates.filter(Y=>s(Y.at))})),k=R.filter(b=>o===void 0||b.updates.length>0||s(b.opened));return{...e,ongoing:f===null,since:o===void 0?null:z(o,e.timezone),elapsed_ms:c!==void 0?h-c:null,elapsed_approx:d?.approx===!0||h!==n&&u("resolved")?.approx===!0,elapsed_from:d?d.kind==="started"?"impact started":d.kind==="declared"?"declared":"the first entry":null,symptoms:{title:e.title,summary:e.impact.summary,first:u("detected")??u("started")},observed:u("finding","evidence"),data:l.filter(b=>b.kind==="finding"&&!jo.test(b.text)&&s(b.at)).map(kd),evidence:ur(t,i).filter(b=>a(b.at)&&s(b.at)).map(b=>({file:b.file,size:cr(Number(b.size)||0),by:b.by??null,what:b.command??b.source??null,note:b.note??null})),threads:k,unchanged_threads:R.length-k.length,unowned:w.filter(b=>b.owner===null&&s(b.opened)),answered:y.filter(b=>b.closed!==null&&s(b.closed)),milestones:l.filter(b=>b.milestone&&s(b.at)).map(b=>({kind:b.kind,at:b.at,after_ms:c===void 0?null:(r(b.at)??c)-c,approx:b.approx||d?.approx===!0}))}}var kd=e=>({at:e.at,by:e.by,text:e.text});function vd(e,t){let n=i=>typeof i=="string"&&i!==""?i:null,o=e.status==="closed"&&t(n(e.closed))?n(e.closed)??n(e.opened)??"":null;return{number:Do(e),question:String(e.question??""),owner:n(e.owner),opened:n(e.opened),answer:o===null?null:n(e.answer),closed:o,updates:(Array.isArray(e.updates)?e.updates:[]).filter(i=>t(n(i.at))).map(i=>({at:String(i.at),by:n(i.by),text:String(i.text??"")}))}}var $s=require("node:fs");var Ps=require("node:fs"),Cs=require("node:util"),Ss=new Map;function Es(e,t=process.env){let n=Ss.get(e);if(n!==void 0)return n;let o=_d(e,t);return Ss.set(e,o),o}function _d(e,t){let n=t.FORCE_COLOR;if(n!==void 0)return["","1","2","3","true"].includes(n);if(t.NO_COLOR||t.TERM==="dumb")return!1;try{if(!(0,Ps.fstatSync)(e).isCharacterDevice())return!1}catch{return!1}return process.getBuiltinModule("node:tty").isatty(e)}function tr(e,t,n){return!n||!Es(e)?n:(0,Cs.styleText)(t,n,{validateStream:!1})}var rt=e=>`${tr(2,["red","bold"],"incident:")} ${e}`,Ts=e=>`incident: ${tr(2,"yellow","note:")} ${e}`;var Is=()=>({cwd:process.cwd(),now:Ad(process.env.CASEFILE_NOW),env:process.env,warn:e=>We(2,Ts(e))});function Ad(e){if(!e)return Date.now();let t=Date.parse(e);if(Number.isNaN(t))throw new v(`Unexpected CASEFILE_NOW "${e}", expected an ISO 8601 time`);return t}function We(e,t){let n=typeof t=="string"?Buffer.from(t.endsWith(`
`)?t:t+`
`):t;for(;n.length>0;)try{n=n.subarray((0,$s.writeSync)(e,n))}catch(o){if(o.code!=="EAGAIN")throw o}}var nr=e=>We(1,e),Rs=e=>nr(JSON.stringify(e,null,2));var Ms=require("node:util");function Ls(e,t,n){let o=Sd(t,n),i=Od(o,n);if(i)return i;try{let r=Object.fromEntries(Object.entries(n).map(([a,{type:s,short:l,multiple:u,default:d}])=>[a,{type:s,...l&&{short:l},...u&&{multiple:u},...d!==void 0&&{default:d}}]));return(0,Ms.parseArgs)({args:o,options:r,allowPositionals:!0,strict:!0})}catch(r){throw new v(`${r.message.split(`
`)[0]} (see incident ${e} --help)`)}}function Od(e,t){let n=Object.create(null),o=[];for(let i of e){if(i.charCodeAt(0)!==45||i==="-"){o.push(i);continue}if(!i.startsWith("--")||i==="--")return;let r=i.indexOf("="),a=r===-1?i.slice(2):i.slice(2,r),s=Object.hasOwn(t,a)?t[a]:void 0;if(!s||s.type==="string"!=(r!==-1))return;let l=r===-1?!0:i.slice(r+1);s.multiple?(n[a]??=[]).push(l):n[a]=l}for(let[i,r]of Object.entries(t))r.default!==void 0&&n[i]===void 0&&(n[i]=r.default);return{positionals:o,values:n}}function Sd(e,t){let n=new Map;for(let[i,r]of Object.entries(t))r.type==="string"&&(n.set(`--${i}`,i),r.short&&n.set(`-${r.short}`,i));let o=[];for(let i=0;i<e.length;i++){let r=e[i];if(r==="--")return[...o,...e.slice(i)];let a=n.get(r);a&&i+1<e.length?o.push(`--${a}=${e[++i]}`):o.push(r)}return o}var Ds=e=>typeof e=="string"?e:void 0;var js=require("node:fs");var Pd="/usr/share/zoneinfo",Cd=new Set(["UTC","Etc/UTC","Etc/UCT","UCT","Etc/Universal","Universal","Etc/Zulu","Zulu"]),Ns=new Map;function rr(e){let t=Ns.get(e);return t===void 0&&(t=li(e)&&(0,js.statSync)(`${Pd}/${e}`,{throwIfNoEntry:!1})?.isFile()===!0,Ns.set(e,t)),t}var Fs={isValid:e=>rr(e)||Ze.isValid(e),offsetMinutes(e,t){return rr(e)?(process.env.TZ!==e&&(process.env.TZ=e),-new Date(Math.floor(t/1e3)*1e3).getTimezoneOffset()||0):Ze.offsetMinutes(e,t)},isUtc:e=>Cd.has(e)||!rr(e)&&Ze.isUtc(e)};var Hs=require("node:fs"),ue=require("node:path");function ir(e,t=process.cwd()){if(!(0,ue.isAbsolute)(e))return e;let n=(0,ue.relative)(t,e);return n&&!n.startsWith("..")&&!(0,ue.isAbsolute)(n)?n:e}function Us(e){let t=e;if(!t||typeof t.code!="string"||typeof t.syscall!="string")return;let n=t.path?ir(t.path):void 0,o=n?` ${n}`:"",i=t.path&&/\.tmp$/.test(t.path)&&(t.syscall==="open"||t.syscall==="link")?ir((0,ue.dirname)(t.path)):void 0,r="and run the command again";switch(t.code){case"ENOSPC":case"EDQUOT":return`No space left on the device${n?` holding ${n}`:""} (${t.code}); free some space ${r}`;case"EFBIG":return`File too large${n?`: ${n}`:""} (EFBIG, the file size limit: ulimit -f); raise the limit ${r}`;case"EROFS":return`Read-only file system: cannot ${i?`create files in ${i}`:`${or(t.syscall)}${o}`} (EROFS); run the command where the repository can be written`;case"EACCES":case"EPERM":return i?`Permission denied: cannot create files in ${i} (${t.code}); check the directory's owner and mode (ls -ld ${i}) ${r}`:`Permission denied: cannot ${or(t.syscall)}${o} (${t.code}); check its owner and mode (ls -l) ${r}`;case"ENOTDIR":{let a=t.path?Ed(t.path):void 0;return`Unexpected file ${a?ir(a):n??""}, expected a directory (ENOTDIR); move the file away ${r}`}case"EEXIST":return t.syscall==="mkdir"?`Unexpected file${o}, expected a directory (EEXIST); move the file away ${r}`:`Unexpected file${o}: it already exists (EEXIST); move it away ${r}`;case"EISDIR":return`Unexpected directory${o}, expected a file (EISDIR); remove or rename the directory ${r}`;case"ENOENT":return`No such file or directory${o} (ENOENT): it was removed while the command ran, or never existed`;case"ELOOP":return`Too many levels of symbolic links${o} (ELOOP); fix the link ${r}`;case"ENAMETOOLONG":return`File name too long${o} (ENAMETOOLONG)`;case"EMFILE":case"ENFILE":return`Too many open files (${t.code}); close some programs or raise the limit (ulimit -n) ${r}`;case"EIO":return`Input/output error${o} (EIO): the disk or file system is failing`;default:return`Cannot ${or(t.syscall)}${o} (${t.code}: ${t.message.replace(/^\w+: /,"").replace(/, \w+( '.*')?$/,"")})`}}function Ed(e){for(let t=e;;t=(0,ue.dirname)(t)){try{if(!(0,Hs.lstatSync)(t).isDirectory())return t}catch{}if((0,ue.dirname)(t)===t)return}}function or(e){return{open:"open",read:"read",write:"write to",mkdir:"create the directory",rmdir:"remove the directory",unlink:"remove",rename:"replace",link:"create",scandir:"list the directory",stat:"look at",lstat:"look at",fsync:"write to",copyfile:"copy",chmod:"change the mode of",fchmod:"change the mode of",utime:"touch"}[e]??e}function zs(e){let t=r=>We(2,r);if(e instanceof ot)return e.code;let n=e?.code;if(typeof n=="string"&&n.startsWith("commander."))return e.exitCode===0?0:2;if(e instanceof v)return t(rt(e.message)),2;if(e instanceof S)return t(e.describe()),1;if(e instanceof de)return t(rt(e.message)),1;let o=e,i=Us(e);return i?(t(rt(i)),1):(t(rt(`internal error: ${o?.message??String(e)}`)),process.env.CASEFILE_DEBUG?t(String(o?.stack)):t("incident: this is a bug in Casefile; run again with CASEFILE_DEBUG=1 for details and report it"),1)}var Ws=require("node:fs");function qs(e){let t=e.endsWith(".md")?/^[^\s]*[\\/]([^\s\\/]+)\.md$/.exec(e):null;return t&&(0,Ws.existsSync)(e)?t[1]:e}var Bs=Symbol.for("casefile.hand-over");function Vs(e,t,n,o={}){let i=r=>{process.env.CASEFILE_DEBUG&&We(2,`incident: ${e}: handed to the full CLI (needs ${r})`)};return async r=>{let a=o.fullOnly?.find(s=>r.some(l=>l===s||l.startsWith(`${s}=`)));if(a)return i(a);xi(Fs);try{let s=Ls(e,r.slice(1),t),{values:l}=s,u=e==="validate"||e==="log"&&s.positionals.length<2?-1:0,d=s.positionals.map((c,f)=>f===u?qs(c):c);return o.takes&&!o.takes(d)?i(`${e} ${d[1]??""}`.trim()):(await n(d,l),0)}catch(s){return typeof s=="object"&&s!==null&&Bs in s?i(String(s[Bs])):zs(s)}}}var Td={type:"boolean",description:"print the result as JSON"};var Zs={since:{type:"string",value:"time",description:"only what is new since then: HH:MM in the incident time zone, a date, ISO 8601 or an age (-30m, -2h)"},plain:{type:"boolean",description:"chat text to paste into Slack: no Markdown escapes, *bold* headings"},json:Td};function Ks(e,t){let[n,o]=t;if(n===void 0)throw new v(`Missing id, expected incident ${e} <id>`);if(o!==void 0)throw new v(`Unexpected argument "${o}", expected incident ${e} <id>`);return n}async function Gs(e,t){let n=await Os({id:Ks("report",e),since:Ds(t.since),plain:t.plain===!0},Is());t.json?Rs(n):nr(n.text)}var $d=Vs("report",Zs,Gs);0&&(module.exports={main,run});

});
