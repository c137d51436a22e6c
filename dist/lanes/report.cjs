(function (top, lane) { return top === globalThis ? lane : lane.call(module.exports, module.exports, require, module, __filename, __dirname); })(this, function (exports, require, module, __filename, __dirname) {
"use strict";var Js=Object.create;var nt=Object.defineProperty;var Xs=Object.getOwnPropertyDescriptor;var Qs=Object.getOwnPropertyNames;var ea=Object.getPrototypeOf,ta=Object.prototype.hasOwnProperty;var A=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}},na=(e,t)=>{for(var n in t)nt(e,n,{get:t[n],enumerable:!0})},ar=(e,t,n,o)=>{if(t&&typeof t=="object"||typeof t=="function")for(let i of Qs(t))!ta.call(e,i)&&i!==n&&nt(e,i,{get:()=>t[i],enumerable:!(o=Xs(t,i))||o.enumerable});return e};var he=(e,t,n)=>(n=e!=null?Js(ea(e)):{},ar(t||!e||!e.__esModule?nt(n,"default",{value:e,enumerable:!0}):n,e)),ra=e=>ar(nt({},"__esModule",{value:!0}),e);var cr=A(()=>{throw{[Symbol.for("casefile.hand-over")]:"./markdown-sanitize.ts"}});var K=A(z=>{"use strict";z.__esModule=!0;z.extend=pr;z.indexOf=ua;z.escapeExpression=ca;z.isEmpty=da;z.createFrame=fa;z.blockParams=pa;z.appendContextPath=ma;var oa={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},sa=/[&<>"'`=]/g,aa=/[&<>"'`=]/;function la(e){return oa[e]}function pr(e){for(var t=1;t<arguments.length;t++)for(var n in arguments[t])Object.prototype.hasOwnProperty.call(arguments[t],n)&&(e[n]=arguments[t][n]);return e}var Kt=Object.prototype.toString;z.toString=Kt;var Zt=function(t){return typeof t=="function"};Zt(/x/)&&(z.isFunction=Zt=function(e){return typeof e=="function"&&Kt.call(e)==="[object Function]"});z.isFunction=Zt;var mr=Array.isArray||function(e){return e&&typeof e=="object"?Kt.call(e)==="[object Array]":!1};z.isArray=mr;function ua(e,t){for(var n=0,o=e.length;n<o;n++)if(e[n]===t)return n;return-1}function ca(e){if(typeof e!="string"){if(e&&typeof e.toHTML=="function")return e.toHTML();if(e==null)return"";if(!e)return e+"";e=""+e}return aa.test(e)?e.replace(sa,la):e}function da(e){return!e&&e!==0?!0:!!(mr(e)&&e.length===0)}function fa(e){var t=pr({},e);return t._parent=e,t}function pa(e,t){return e.path=t,e}function ma(e,t){return(e?e+".":"")+t}});var ce=A((it,hr)=>{"use strict";it.__esModule=!0;var Gt=["description","fileName","lineNumber","endLineNumber","message","name","number","stack"];function Yt(e,t){var n=t&&t.loc,o=void 0,i=void 0,r=void 0,s=void 0;n&&n.start&&(o=n.start.line,r=n.start.column,n.end&&(i=n.end.line,s=n.end.column),e+=" - "+o+":"+r);for(var a=Error.prototype.constructor.call(this,e),l=0;l<Gt.length;l++)this[Gt[l]]=a[Gt[l]];Error.captureStackTrace&&Error.captureStackTrace(this,Yt);try{n&&(this.lineNumber=o,this.endLineNumber=i,Object.defineProperty?(Object.defineProperty(this,"column",{value:r,enumerable:!0}),Object.defineProperty(this,"endColumn",{value:s,enumerable:!0})):(this.column=r,this.endColumn=s))}catch{}}Yt.prototype=new Error;it.default=Yt;hr.exports=it.default});var yr=A((ot,gr)=>{"use strict";ot.__esModule=!0;var Jt=K();ot.default=function(e){e.registerHelper("blockHelperMissing",function(t,n){var o=n.inverse,i=n.fn;if(t===!0)return i(this);if(t===!1||t==null)return o(this);if(Jt.isArray(t))return t.length>0?(n.ids&&(n.ids=[n.name]),e.helpers.each(t,n)):o(this);if(n.data&&n.ids){var r=Jt.createFrame(n.data);r.contextPath=Jt.appendContextPath(n.data.contextPath,n.name),n={data:r}}return i(t,n)})};gr.exports=ot.default});var wr=A((st,br)=>{"use strict";st.__esModule=!0;function ha(e){return e&&e.__esModule?e:{default:e}}var Pe=K(),ga=ce(),ya=ha(ga);function ba(e){try{var t=e.return;Pe.isFunction(t)&&t.call(e)}catch{}}st.default=function(e){e.registerHelper("each",function(t,n){if(!n)throw new ya.default("Must pass iterator to #each");var o=n.fn,i=n.inverse,r=0,s="",a=void 0,l=void 0;n.data&&n.ids&&(l=Pe.appendContextPath(n.data.contextPath,n.ids[0])+"."),Pe.isFunction(t)&&(t=t.call(this)),n.data&&(a=Pe.createFrame(n.data));function u(y,w,k,$){a&&(a.key=y,a.index=w,a.first=w===0,a.last=!!k,l&&(a.contextPath=l+y)),s=s+o($,{data:a,blockParams:Pe.blockParams([$,y],[l+y,null])})}if(t&&typeof t=="object")if(Pe.isArray(t))for(var d=t.length;r<d;r++)r in t&&u(r,r,r===t.length-1,t[r]);else if(typeof Symbol=="function"&&t[Symbol.iterator])for(var c=t[Symbol.iterator](),f=c.next();!f.done;){var h=c.next();try{u(r,r,h.done,f.value)}catch(y){throw h.done||ba(c),y}f=h,r++}else(function(){var y=void 0;Object.keys(t).forEach(function(w){y!==void 0&&u(y,r-1,!1,t[y]),y=w,r++}),y!==void 0&&u(y,r-1,!0,t[y])})();return r===0&&(s=i(this)),s})};br.exports=st.default});var kr=A((at,xr)=>{"use strict";at.__esModule=!0;function wa(e){return e&&e.__esModule?e:{default:e}}var xa=ce(),ka=wa(xa);at.default=function(e){e.registerHelper("helperMissing",function(){if(arguments.length!==1)throw new ka.default('Missing helper: "'+arguments[arguments.length-1].name+'"')})};xr.exports=at.default});var Or=A((lt,Ar)=>{"use strict";lt.__esModule=!0;function va(e){return e&&e.__esModule?e:{default:e}}var vr=K(),_a=ce(),_r=va(_a);lt.default=function(e){e.registerHelper("if",function(t,n){if(arguments.length!=2)throw new _r.default("#if requires exactly one argument");return vr.isFunction(t)&&(t=t.call(this)),!n.hash.includeZero&&!t||vr.isEmpty(t)?n.inverse(this):n.fn(this)}),e.registerHelper("unless",function(t,n){if(arguments.length!=2)throw new _r.default("#unless requires exactly one argument");return e.helpers.if.call(this,t,{fn:n.inverse,inverse:n.fn,hash:n.hash})})};Ar.exports=lt.default});var Pr=A((ut,Sr)=>{"use strict";ut.__esModule=!0;ut.default=function(e){e.registerHelper("log",function(){for(var t=[void 0],n=arguments[arguments.length-1],o=0;o<arguments.length-1;o++)t.push(arguments[o]);var i=1;n.hash.level!=null?i=n.hash.level:n.data&&n.data.level!=null&&(i=n.data.level),t[0]=i,e.log.apply(e,t)})};Sr.exports=ut.default});var Cr=A((ct,Er)=>{"use strict";ct.__esModule=!0;ct.default=function(e){e.registerHelper("lookup",function(t,n,o){return t&&o.lookupProperty(t,n)})};Er.exports=ct.default});var Ir=A((dt,Tr)=>{"use strict";dt.__esModule=!0;function Aa(e){return e&&e.__esModule?e:{default:e}}var We=K(),Oa=ce(),Sa=Aa(Oa);dt.default=function(e){e.registerHelper("with",function(t,n){if(arguments.length!=2)throw new Sa.default("#with requires exactly one argument");We.isFunction(t)&&(t=t.call(this));var o=n.fn;if(We.isEmpty(t))return n.inverse(this);var i=n.data;return n.data&&n.ids&&(i=We.createFrame(n.data),i.contextPath=We.appendContextPath(n.data.contextPath,n.ids[0])),o(t,{data:i,blockParams:We.blockParams([t],[i&&i.contextPath])})})};Tr.exports=dt.default});var Xt=A(ft=>{"use strict";ft.__esModule=!0;ft.registerDefaultHelpers=Ua;ft.moveHelperToHooks=za;function ge(e){return e&&e.__esModule?e:{default:e}}var Pa=yr(),Ea=ge(Pa),Ca=wr(),Ta=ge(Ca),Ia=kr(),$a=ge(Ia),Ra=Or(),Ma=ge(Ra),La=Pr(),Da=ge(La),Na=Cr(),Fa=ge(Na),ja=Ir(),Ha=ge(ja);function Ua(e){Ea.default(e),Ta.default(e),$a.default(e),Ma.default(e),Da.default(e),Fa.default(e),Ha.default(e)}function za(e,t,n){e.helpers[t]&&(e.hooks[t]=e.helpers[t],n||(e.helpers[t]=void 0))}});var Rr=A((pt,$r)=>{"use strict";pt.__esModule=!0;var Wa=K();pt.default=function(e){e.registerDecorator("inline",function(t,n,o,i){var r=t;return n.partials||(n.partials={},r=function(s,a){var l=o.partials;o.partials=Wa.extend({},l,n.partials);var u=t(s,a);return o.partials=l,u}),n.partials[i.args[0]]=i.fn,r})};$r.exports=pt.default});var Mr=A(Qt=>{"use strict";Qt.__esModule=!0;Qt.registerDefaultDecorators=Za;function Ba(e){return e&&e.__esModule?e:{default:e}}var qa=Rr(),Va=Ba(qa);function Za(e){Va.default(e)}});var en=A((mt,Lr)=>{"use strict";mt.__esModule=!0;var Ka=K(),Ee={methodMap:["debug","info","warn","error"],level:"info",lookupLevel:function(t){if(typeof t=="string"){var n=Ka.indexOf(Ee.methodMap,t.toLowerCase());n>=0?t=n:t=parseInt(t,10)}return t},log:function(t){if(t=Ee.lookupLevel(t),typeof console<"u"&&Ee.lookupLevel(Ee.level)<=t){var n=Ee.methodMap[t];console[n]||(n="log");for(var o=arguments.length,i=Array(o>1?o-1:0),r=1;r<o;r++)i[r-1]=arguments[r];console[n].apply(console,i)}}};mt.default=Ee;Lr.exports=mt.default});var tn=A(Ce=>{"use strict";Ce.__esModule=!0;Ce.createProtoAccessControl=Xa;Ce.resultIsAllowed=Qa;Ce.isPrototypeConstructor=el;Ce.resetLoggedProperties=nl;function Ga(e){return e&&e.__esModule?e:{default:e}}var Dr=K(),Ya=en(),Ja=Ga(Ya),ht=Object.create(null);function Xa(e){var t=Object.create(null);t.__proto__=!1,Dr.extend(t,e.allowedProtoProperties);var n=Object.create(null);return n.constructor=!1,n.__defineGetter__=!1,n.__defineSetter__=!1,n.__lookupGetter__=!1,n.__lookupSetter__=!1,Dr.extend(n,e.allowedProtoMethods),{properties:{whitelist:t,defaultValue:e.allowProtoPropertiesByDefault},methods:{whitelist:n,defaultValue:e.allowProtoMethodsByDefault}}}function Qa(e,t,n){return Nr(typeof e=="function"?t.methods:t.properties,n)}function el(e,t,n){return t==="constructor"&&typeof n=="function"&&e===n.prototype}function Nr(e,t){return e.whitelist[t]!==void 0?e.whitelist[t]===!0:e.defaultValue!==void 0?e.defaultValue:(tl(t),!1)}function tl(e){ht[e]!==!0&&(ht[e]=!0,Ja.default.log("error",'Handlebars: Access has been denied to resolve the property "'+e+`" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`))}function nl(){Object.keys(ht).forEach(function(e){delete ht[e]})}});var sn=A(Q=>{"use strict";Q.__esModule=!0;Q.HandlebarsEnvironment=on;function Fr(e){return e&&e.__esModule?e:{default:e}}var ye=K(),rl=ce(),nn=Fr(rl),il=Xt(),ol=Mr(),sl=en(),gt=Fr(sl),al=tn(),ll="4.7.10";Q.VERSION=ll;var ul=8;Q.COMPILER_REVISION=ul;var cl=7;Q.LAST_COMPATIBLE_COMPILER_REVISION=cl;var dl={1:"<= 1.0.rc.2",2:"== 1.0.0-rc.3",3:"== 1.0.0-rc.4",4:"== 1.x.x",5:"== 2.0.0-alpha.x",6:">= 2.0.0-beta.1",7:">= 4.0.0 <4.3.0",8:">= 4.3.0"};Q.REVISION_CHANGES=dl;var rn="[object Object]";function on(e,t,n){this.helpers=e||{},this.partials=t||{},this.decorators=n||{},il.registerDefaultHelpers(this),ol.registerDefaultDecorators(this)}on.prototype={constructor:on,logger:gt.default,log:gt.default.log,registerHelper:function(t,n){if(ye.toString.call(t)===rn){if(n)throw new nn.default("Arg not supported with multiple helpers");ye.extend(this.helpers,t)}else this.helpers[t]=n},unregisterHelper:function(t){delete this.helpers[t]},registerPartial:function(t,n){if(ye.toString.call(t)===rn)ye.extend(this.partials,t);else{if(typeof n>"u")throw new nn.default('Attempting to register a partial called "'+t+'" as undefined');this.partials[t]=n}},unregisterPartial:function(t){delete this.partials[t]},registerDecorator:function(t,n){if(ye.toString.call(t)===rn){if(n)throw new nn.default("Arg not supported with multiple decorators");ye.extend(this.decorators,t)}else this.decorators[t]=n},unregisterDecorator:function(t){delete this.decorators[t]},resetLoggedPropertyAccesses:function(){al.resetLoggedProperties()}};var fl=gt.default.log;Q.log=fl;Q.createFrame=ye.createFrame;Q.logger=gt.default});var Hr=A((yt,jr)=>{"use strict";yt.__esModule=!0;function an(e){this.string=e}an.prototype.toString=an.prototype.toHTML=function(){return""+this.string};yt.default=an;jr.exports=yt.default});var Ur=A(ln=>{"use strict";ln.__esModule=!0;ln.wrapHelper=pl;function pl(e,t){if(typeof e!="function")return e;var n=function(){var i=arguments[arguments.length-1];return arguments[arguments.length-1]=t(i),e.apply(this,arguments)};return n}});var Vr=A(de=>{"use strict";de.__esModule=!0;de.checkRevision=wl;de.template=xl;de.wrapProgram=bt;de.resolvePartial=kl;de.invokePartial=vl;de.noop=Br;function ml(e){return e&&e.__esModule?e:{default:e}}function hl(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var n in e)Object.prototype.hasOwnProperty.call(e,n)&&(t[n]=e[n]);return t.default=e,t}var gl=K(),be=hl(gl),yl=ce(),G=ml(yl),ie=sn(),zr=Xt(),bl=Ur(),un=tn();function wl(e){var t=e&&e[0]||1,n=ie.COMPILER_REVISION;if(!(t>=ie.LAST_COMPATIBLE_COMPILER_REVISION&&t<=ie.COMPILER_REVISION))if(t<ie.LAST_COMPATIBLE_COMPILER_REVISION){var o=ie.REVISION_CHANGES[n],i=ie.REVISION_CHANGES[t];throw new G.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version ("+o+") or downgrade your runtime to an older version ("+i+").")}else throw new G.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version ("+e[1]+").")}function xl(e,t){if(!t)throw new G.default("No environment passed to template");if(!e||!e.main)throw new G.default("Unknown template object: "+typeof e);e.main.decorator=e.main_d,t.VM.checkRevision(e.compiler);var n=e.compiler&&e.compiler[0]===7;function o(s,a,l){l.hash&&(a=be.extend({},a,l.hash),l.ids&&(l.ids[0]=!0)),s=t.VM.resolvePartial.call(this,s,a,l),l.hooks=this.hooks,l.protoAccessControl=this.protoAccessControl;var u=t.VM.invokePartial.call(this,s,a,l);if(u==null&&be.isFunction(s))throw new G.default("The partial "+l.name+" returned no output: partials must return a string");if(u==null&&t.compile){if(typeof s!="string")throw new G.default("The partial "+l.name+" could not be compiled: partials must be strings or functions returning strings");l.partials[l.name]=t.compile(s,e.compilerOptions,t),u=l.partials[l.name](a,l)}if(u!=null){if(l.indent){for(var d=u.split(`
`),c=0,f=d.length;c<f&&!(!d[c]&&c+1===f);c++)d[c]=l.indent+d[c];u=d.join(`
`)}return u}else throw new G.default("The partial "+l.name+" could not be compiled when running in runtime-only mode")}var i={strict:function(a,l,u){if(!a||!(l in a))throw new G.default('"'+l+'" not defined in '+a,{loc:u});return i.lookupProperty(a,l)},lookupProperty:function(a,l){var u=a[l];if(u==null||Object.prototype.hasOwnProperty.call(a,l)&&!un.isPrototypeConstructor(a,l,u)||un.resultIsAllowed(u,i.protoAccessControl,l))return u},lookup:function(a,l){for(var u=a.length,d=0;d<u;d++){var c=a[d]&&i.lookupProperty(a[d],l);if(c!=null)return c}},lambda:function(a,l){return typeof a=="function"?a.call(l):a},escapeExpression:be.escapeExpression,invokePartial:o,fn:function(a){var l=e[a];return l.decorator=e[a+"_d"],l},programs:[],program:function(a,l,u,d,c){var f=this.programs[a],h=this.fn(a);return l||c||d||u?f=bt(this,a,h,l,u,d,c):f||(f=this.programs[a]=bt(this,a,h)),f},data:function(a,l){for(;a&&l--;)a=a._parent;return a},mergeIfNeeded:function(a,l){var u=a||l;return a&&l&&a!==l&&(u=be.extend({},l,a)),u},nullContext:Object.seal({}),noop:t.VM.noop,compilerInfo:e.compiler};function r(s){var a=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],l=a.data;r._setup(a),!a.partial&&e.useData&&(l=_l(s,l));var u=void 0,d=e.useBlockParams?[]:void 0;e.useDepths&&(a.depths?u=s!=a.depths[0]?[s].concat(a.depths):a.depths:u=[s]);function c(f){return""+e.main(i,f,i.helpers,i.partials,l,d,u)}return c=qr(e.main,c,i,a.depths||[],l,d),c(s,a)}return r.isTop=!0,r._setup=function(s){if(s.partial)i.protoAccessControl=s.protoAccessControl,i.helpers=s.helpers,i.partials=s.partials,i.decorators=s.decorators,i.hooks=s.hooks;else{var a={};Wr(a,t.helpers,i),Wr(a,s.helpers,i),i.helpers=a,e.usePartial&&(i.partials=i.mergeIfNeeded(s.partials,t.partials)),(e.usePartial||e.useDecorators)&&(i.decorators=be.extend({},t.decorators,s.decorators)),i.hooks={},i.protoAccessControl=un.createProtoAccessControl(s);var l=s.allowCallsToHelperMissing||n;zr.moveHelperToHooks(i,"helperMissing",l),zr.moveHelperToHooks(i,"blockHelperMissing",l)}},r._child=function(s,a,l,u){if(e.useBlockParams&&!l)throw new G.default("must pass block params");if(e.useDepths&&!u)throw new G.default("must pass parent depths");return bt(i,s,e[s],a,0,l,u)},r}function bt(e,t,n,o,i,r,s){function a(l){var u=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],d=s;return s&&l!=s[0]&&!(l===e.nullContext&&s[0]===null)&&(d=[l].concat(s)),n(e,l,e.helpers,e.partials,u.data||o,r&&[u.blockParams].concat(r),d)}return a=qr(n,a,e,s,o,r),a.program=t,a.depth=s?s.length:0,a.blockParams=i||0,a}function kl(e,t,n){return e?typeof e!="function"&&!n.name&&(n.name=e,e=wt(n.partials,e)):n.name==="@partial-block"?e=wt(n.data,"partial-block"):e=wt(n.partials,n.name),e}function vl(e,t,n){var o=wt(n.data,"partial-block");n.partial=!0,n.ids&&(n.data.contextPath=n.ids[0]||n.data.contextPath);var i=void 0;if(n.fn&&n.fn!==Br&&(function(){n.data=ie.createFrame(n.data);var r=n.fn;i=n.data["partial-block"]=function(a){var l=arguments.length<=1||arguments[1]===void 0?{}:arguments[1];return l.data=ie.createFrame(l.data),l.data["partial-block"]=o,r(a,l)},r.partials&&(n.partials=be.extend({},n.partials,r.partials))})(),e===void 0&&i&&(e=i),e===void 0)throw new G.default("The partial "+n.name+" could not be found");if(e instanceof Function)return e(t,n)}function Br(){return""}function wt(e,t){if(e&&Object.prototype.hasOwnProperty.call(e,t))return e[t]}function _l(e,t){return(!t||!("root"in t))&&(t=t?ie.createFrame(t):{},t.root=e),t}function qr(e,t,n,o,i,r){if(e.decorator){var s={};t=e.decorator(t,s,n,o&&o[0],i,r,o),be.extend(t,s)}return t}function Wr(e,t,n){t&&Object.keys(t).forEach(function(o){var i=t[o];e[o]=Al(i,n)})}function Al(e,t){var n=t.lookupProperty;return bl.wrapHelper(e,function(o){return o.lookupProperty=n,o})}});var Kr=A((xt,Zr)=>{"use strict";xt.__esModule=!0;xt.default=function(e){(function(){typeof globalThis!="object"&&(Object.prototype.__defineGetter__("__magic__",function(){return this}),__magic__.globalThis=__magic__,delete Object.prototype.__magic__)})();var t=globalThis.Handlebars;e.noConflict=function(){return globalThis.Handlebars===e&&(globalThis.Handlebars=t),e}};Zr.exports=xt.default});var Qr=A((kt,Xr)=>{"use strict";kt.__esModule=!0;function dn(e){return e&&e.__esModule?e:{default:e}}function fn(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var n in e)Object.prototype.hasOwnProperty.call(e,n)&&(t[n]=e[n]);return t.default=e,t}var Ol=sn(),Gr=fn(Ol),Sl=Hr(),Pl=dn(Sl),El=ce(),Cl=dn(El),Tl=K(),cn=fn(Tl),Il=Vr(),Yr=fn(Il),$l=Kr(),Rl=dn($l);function Jr(){var e=new Gr.HandlebarsEnvironment;return cn.extend(e,Gr),e.SafeString=Pl.default,e.Exception=Cl.default,e.Utils=cn,e.escapeExpression=cn.escapeExpression,e.VM=Yr,e.template=function(t){return Yr.template(t,e)},e}var Be=Jr();Be.create=Jr;Rl.default(Be);Be.default=Be;kt.default=Be;Xr.exports=kt.default});var Ui=A(()=>{throw{[Symbol.for("casefile.hand-over")]:"./compile.ts"}});var Tn=A((ip,lo)=>{lo.exports=require("./parts/markdown-tree.cjs")});var Ro=A(()=>{throw{[Symbol.for("casefile.hand-over")]:"../document/document.ts"}});var Yo=A(()=>{throw{[Symbol.for("casefile.hand-over")]:"../core/document/document.ts"}});var zd={};na(zd,{main:()=>Ud,run:()=>Ys});module.exports=ra(zd);var Wt=require("node:fs");var v=class extends Error{name="UsageError"},S=class extends Error{constructor(n,o,i,r){super(n);this.file=o;this.line=i;this.column=r}file;line;column;name="DocumentError";describe(){return this.file?`${this.line?`${this.file}:${this.line}${this.column?`:${this.column}`:""}`:this.file}: ${this.message}`:this.message}},ue=class extends Error{name="CommandError"},rt=class extends Error{constructor(n){super(`exit ${n}`);this.code=n}code;name="SilentExit"};function lr(e,t){let n=e.evidence;if(n==null)return[];if(!(Array.isArray(n)&&n.every(i=>typeof i=="object"&&i!==null&&!Array.isArray(i)&&typeof i.file=="string")))throw new S("Unexpected `evidence` value, expected a list of files, each with a `file`",t);return n}function ur(e){if(e<1024)return`${e} B`;let t=["KiB","MiB","GiB","TiB"],n=e,o=-1;do n/=1024,o++;while(n>=1024&&o<t.length-1);return`${n.toFixed(n<10?1:0)} ${t[o]}`}var Vt,ia=!0;async function dr(){Vt??=(await Promise.resolve().then(()=>he(cr(),1))).sanitizedHtml}function fr(e,t={}){if(!Vt)throw new Error("markdownToHtml: call loadMarkdownHtml() before rendering HTML");return Vt(e,t.headingOffset??0,ia)}var Fi=he(Qr(),1);function ti(e){let t=e<0,n=Math.abs(e),o=n>=2*864e5?Math.floor(n/864e5):0,i=n-o*864e5,r=Math.floor(i/36e5);i-=r*36e5;let s=Math.floor(i/6e4),a=n<36e5?Math.floor((i-s*6e4)/1e3):0;return{negative:t&&o+r+s+a>0,days:o,hours:r,minutes:s,seconds:a}}var ei=e=>String(e).padStart(2,"0");function pn(e,t=!1){let n=ti(e),o;if(n.days===0&&n.hours===0)o=n.minutes===0?`${n.seconds}s`:`${n.minutes}m${n.seconds?`${ei(n.seconds)}s`:""}`;else{let i=`${n.hours}h${n.minutes?`${ei(n.minutes)}m`:""}`;o=n.days===0?i:`${n.days}d${n.hours||n.minutes?` ${i}`:""}`}return`${t?"~":""}${n.negative?"-":""}${o}`}function ni(e,t=!1){let n=ti(e),o=(r,s)=>r?[`${r} ${s}${r===1?"":"s"}`]:[],i=[...o(n.days,"day"),...o(n.hours,"hour"),...o(n.minutes,"minute"),...o(n.seconds,"second")];return`${t?"about ":""}${n.negative?"-":""}${i.join(" ")||"0 seconds"}`}var Ml=[31,28,31,30,31,30,31,31,30,31,30,31];function Ll(e){return e%4===0&&e%100!==0||e%400===0}function ri(e,t){return t===2&&Ll(e)?29:Ml[t-1]??0}function fe(e,t){let n=e.charCodeAt(t)-48,o=e.charCodeAt(t+1)-48;return n>=0&&n<=9&&o>=0&&o<=9?n*10+o:-1}function Te(e,t,n){let o=0;for(let i=t;i<t+n;i++){let r=e.charCodeAt(i);if(!(r>=48&&r<=57))return-1;o=o*10+r-48}return o}var _t={UTC:{offset:0},GMT:{offset:0,also:["UTC","Europe/London"]},Z:{offset:0},PST:{offset:-480,region:"America/Los_Angeles"},PDT:{offset:-420,region:"America/Los_Angeles"},PT:{region:"America/Los_Angeles"},MST:{offset:-420,region:"America/Denver",also:["America/Phoenix"]},MDT:{offset:-360,region:"America/Denver"},MT:{region:"America/Denver"},CST:{offset:-360,region:"America/Chicago"},CDT:{offset:-300,region:"America/Chicago"},CT:{region:"America/Chicago"},EST:{offset:-300,region:"America/New_York"},EDT:{offset:-240,region:"America/New_York"},ET:{region:"America/New_York"},ADT:{offset:-180,region:"America/Halifax"},NST:{offset:-210,region:"America/St_Johns"},NDT:{offset:-150,region:"America/St_Johns"},AKST:{offset:-540,region:"America/Anchorage"},AKDT:{offset:-480,region:"America/Anchorage"},HST:{offset:-600,region:"Pacific/Honolulu"},BRT:{offset:-180,region:"America/Sao_Paulo"},ART:{offset:-180,region:"America/Argentina/Buenos_Aires"},WET:{offset:0,region:"Europe/Lisbon"},WEST:{offset:60,region:"Europe/Lisbon"},BST:{offset:60,region:"Europe/London"},CET:{offset:60,region:"Europe/Berlin",also:["Europe/Paris","Europe/Amsterdam"]},CEST:{offset:120,region:"Europe/Berlin",also:["Europe/Paris","Europe/Amsterdam"]},EET:{offset:120,region:"Europe/Athens",also:["Europe/Helsinki","Europe/Kyiv"]},EEST:{offset:180,region:"Europe/Athens",also:["Europe/Helsinki","Europe/Kyiv"]},MSK:{offset:180,region:"Europe/Moscow"},WAT:{offset:60,region:"Africa/Lagos"},CAT:{offset:120,region:"Africa/Maputo"},SAST:{offset:120,region:"Africa/Johannesburg"},EAT:{offset:180,region:"Africa/Nairobi"},PKT:{offset:300,region:"Asia/Karachi"},NPT:{offset:345,region:"Asia/Kathmandu"},ICT:{offset:420,region:"Asia/Bangkok"},WIB:{offset:420,region:"Asia/Jakarta"},SGT:{offset:480,region:"Asia/Singapore"},HKT:{offset:480,region:"Asia/Hong_Kong"},AWST:{offset:480,region:"Australia/Perth"},JST:{offset:540,region:"Asia/Tokyo"},KST:{offset:540,region:"Asia/Seoul"},ACST:{offset:570,region:"Australia/Adelaide",also:["Australia/Darwin"]},ACDT:{offset:630,region:"Australia/Adelaide"},AEST:{offset:600,region:"Australia/Sydney",also:["Australia/Brisbane"]},AEDT:{offset:660,region:"Australia/Sydney"},NZST:{offset:720,region:"Pacific/Auckland"},NZDT:{offset:780,region:"Pacific/Auckland"}},Ie={IST:[{where:"India",offset:330,region:"Asia/Kolkata"},{where:"Israel",offset:120,region:"Asia/Jerusalem"},{where:"Ireland",offset:60,region:"Europe/Dublin"}],AST:[{where:"Atlantic",offset:-240,region:"America/Halifax"},{where:"Arabia",offset:180,region:"Asia/Riyadh"}],SST:[{where:"Samoa",offset:-660,region:"Pacific/Pago_Pago"},{where:"Singapore",offset:480,region:"Asia/Singapore"}]},ii={EST5EDT:"America/New_York",CST6CDT:"America/Chicago",MST7MDT:"America/Denver",PST8PDT:"America/Los_Angeles",MET:"Europe/Berlin"};function oi(e,t){for(let[n,o]of Object.entries(_t))if(o.region===e&&o.offset===t)return n}function mn(e){let t=Math.abs(e);return`${e<0?"-":"+"}${String(Math.trunc(t/60)).padStart(2,"0")}:${String(t%60).padStart(2,"0")}`}function si(e){let t=Ie[e];if(t)return`${e} (${t.map(n=>`${n.where} ${mn(n.offset)}`).join(", ")})`}var Dl=new Set(["Africa","America","Antarctica","Arctic","Asia","Atlantic","Australia","Europe","Indian","Pacific"]);function hn(e){if(e==="UTC")return!0;let t=e.split("/");return t[0]==="Etc"?t.length===2&&vt(t[1],!1):Dl.has(t[0])&&(t.length===2||t.length===3)&&vt(t[1],!0)&&(t.length===2||vt(t[2],!0))}function ai(e){let t=e.split("/"),n=e.charCodeAt(0);return t.length<=3&&(n>=65&&n<=90||n>=97&&n<=122)&&t.every(o=>vt(o,!0))}function vt(e,t){if(e==="")return!1;for(let n=0;n<e.length;n++){let o=e.charCodeAt(n);if(!(o>=65&&o<=90||o>=97&&o<=122||o>=48&&o<=57||o===43||o===45||t&&o===95))return!1}return!0}function li(e){return`an IANA name such as ${At(e)}`}function At(e){let t=e.toUpperCase(),n=_t[t],o=[];if(n)o=[...n.region?[n.region]:[],...n.also??(n.region?[]:["UTC"])];else if(Ie[t])o=Ie[t].map(i=>i.region);else if(ii[t])o=[ii[t]];else try{let i=new Intl.DateTimeFormat("en-US",{timeZone:e}).resolvedOptions().timeZone;i!==e&&hn(i)&&(o=[i])}catch{}return o.length===0&&(o=["Europe/Berlin","UTC"]),o.length===1?o[0]:`${o.slice(0,-1).join(", ")} or ${o[o.length-1]}`}var ui=/^(?:[~\u2248\u00b1]|\+\/?-|(?:about|around|approximately|approx|circa)\s|(?:approx|ca)\.)\s*/i,ci=/(\d|[ap]\.?m\.?)-ish\b/i,Nl=/^(\d{4}-\d{2}-\d{2})\s+(.+)$/;function di(e){let t=ui.exec(e);if(t)return e.slice(t[0].length);if(e.length>1&&e.endsWith("?"))return e.slice(0,-1).trimEnd();if(ci.test(e))return e.replace(ci,"$1");let n=Nl.exec(e),o=n&&ui.exec(n[2]);if(n&&o)return`${n[1]} ${n[2].slice(o[0].length)}`}var Fl=new RegExp("^(?:(\\d{4})-(\\d{2})-(\\d{2})(?:T|\\s+))?(?:(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?)?|(\\d{2})(\\d{2}))(?:\\s*([ap])\\.?m\\b\\.?)?(?:\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{1,5}))?$","i");function fi(e,t){let n=Fl.exec(e);if(!n)return;let[,o,i,r,s,a,l,u,d,c,f]=n,h=u!==void 0;if(h?f===void 0||c!==void 0:a===void 0&&c===void 0)return;let y=Number(h?u:s),w=Number((h?d:a)??0),k=Number(l??0);if(c!==void 0){if(y<1||y>12)throw new v(`Unexpected hour ${y} with ${c.toUpperCase()}M in "${t}", expected 1 to 12 (or a 24-hour time without AM/PM)`);y=y%12+(c.toLowerCase()==="p"?12:0)}let $={hour:y,minute:w,second:k};return o!==void 0&&($.date={year:Number(o),month:Number(i),day:Number(r)}),f!==void 0&&($.zone=jl(f,e,t)),$}function jl(e,t,n){let o=/^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(e);if(o){let[,s,a,l]=o,u=Number(a)*60+Number(l??0);if(Number(a)>14||Number(l??0)>59||u>840)throw new v(`Unexpected offset "${e}" in "${n}", expected one between -12:00 and +14:00`);return{offset:s==="-"?-u:u}}let i=e.toUpperCase(),r=_t[i];if(r)return{offset:r.offset,region:r.region,abbr:i};if(Ie[i]){let s=`${t.slice(0,t.length-e.length).trimEnd()} ${mn(Ie[i][0].offset)}`;throw new v(`Unexpected ambiguous time zone ${si(i)} in "${n}", expected an offset instead, like "${s}"`)}throw new v(`Unexpected time zone "${e}" in "${n}", expected an abbreviation listed in docs/time-formats.md (PST, CET, JST...) or an offset like -08:00`)}var pi=new Map;function Hl(e){let t=pi.get(e);return t||pi.set(e,t=new Intl.DateTimeFormat("en-US",{timeZone:e,year:"numeric",timeZoneName:"longOffset"})),t}var Ul=864e13-2*864e5,mi=(e,t)=>{let n=e.charCodeAt(t)-48;return n>=0&&n<=9?n:NaN},gn=(e,t)=>mi(e,t)*10+mi(e,t+1);function hi(e,t){if(!(Math.abs(t)<=Ul))return;let n=Hl(e).format(t),o=n.lastIndexOf("GMT")+3;if(o<3)return;let i=n.length-o;if(i===0)return 0;if(i!==6&&i!==9)return;let r=n.charCodeAt(o);if(r!==43&&r!==45||n.charCodeAt(o+3)!==58)return;let s=gn(n,o+1)*3600+gn(n,o+4)*60;if(i===9){if(n.charCodeAt(o+6)!==58)return;s+=gn(n,o+7)}if(!Number.isNaN(s))return s===0?0:Math.round((r===45?-s:s)*1e3/6e4)}var ee=6e4,Ot=60*ee,we=24*Ot;function bi(e){return e.month>=1&&e.month<=12&&e.day>=1&&e.day<=ri(e.year,e.month)&&e.hour<=23&&e.minute<=59&&e.second<=59}function wi(e,t){if(typeof e!="string")return;let n=e.charCodeAt(10);if(e.charCodeAt(4)!==45||e.charCodeAt(7)!==45||n!==84&&n!==32||e.charCodeAt(13)!==58)return;let o=t??{year:0,month:0,day:0,hour:0,minute:0,second:0,ms:0,offset:void 0};if(o.year=Te(e,0,4),o.month=fe(e,5),o.day=fe(e,8),o.hour=fe(e,11),o.minute=fe(e,14),o.second=0,o.offset=void 0,o.year<0||o.month<0||o.day<0||o.hour<0||o.minute<0)return;let i=16,r=0;if(e.charCodeAt(i)===58){if(o.second=fe(e,i+1),o.second<0)return;if(i+=3,e.charCodeAt(i)===46||e.charCodeAt(i)===44){let d=i+1;for(;Te(e,d,1)>=0;)d++;if(d===i+1||d-i-1>9)return;for(let c=i+1;c<i+4;c++)r=r*10+(c<d?Te(e,c,1):0);i=d}}if(!bi(o))return;if(o.ms=r,i===e.length)return o;let s=e.charCodeAt(i);if(s===90)return o.offset=0,i+1===e.length?o:void 0;if(s!==43&&s!==45)return;let a=fe(e,i+1),l=0,u=i+3;if(u<e.length&&(e.charCodeAt(u)===58&&u++,l=fe(e,u),u+=2),!(a<0||l<0||u!==e.length||a>23||l>59))return o.offset=(s===45?-1:1)*(a*60+l),o}function St(e){if(e.year>=100&&e.year<=9999&&e.month>=1&&e.month<=12)return zl(e.year,e.month,e.day)*we+e.hour*Ot+e.minute*ee+e.second*1e3;if(e.year>=100)return Date.UTC(e.year,e.month-1,e.day,e.hour,e.minute,e.second);let t=new Date(Date.UTC(2e3,e.month-1,e.day,e.hour,e.minute,e.second));return t.setUTCFullYear(e.year),t.getTime()}function zl(e,t,n){let o=t<=2?e-1:e,i=Math.floor(o/400),r=o-i*400,s=Math.floor((153*(t>2?t-3:t+9)+2)/5)+n-1,a=r*365+Math.floor(r/4)-Math.floor(r/100)+s;return i*146097+a-719468}var Wl={year:0,month:0,day:0,hour:0,minute:0,second:0,ms:0,offset:void 0},Bl=/^[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;function ql(e){return typeof e=="string"&&Bl.test(e)?Date.parse(e):void 0}var gi=0,Vl=5e3;function F(e){if(gi<Vl){let t=ql(e);if(t!==void 0)return gi++,t}return Zl(e)}function Zl(e){let t=wi(e,Wl);if(!(!t||t.offset===void 0))return St(t)+t.ms-t.offset*ee}var yi=new Map;function yn(e){let t=yi.get(e);return t||(t=new Intl.DateTimeFormat("en-US",{timeZone:e,hourCycle:"h23",era:"short",year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric"}),yi.set(e,t)),t}var qe={isValid(e){try{return yn(e),!0}catch{return!1}},offsetMinutes(e,t){let n=Math.floor(t/1e3)*1e3;return hi(e,n)??Kl(e,n)},isUtc:e=>yn(e).resolvedOptions().timeZone==="UTC"};function Kl(e,t){let n={},o=!1;for(let{type:r,value:s}of yn(e).formatToParts(t))r==="era"?o=s==="BC":r!=="literal"&&(n[r]=Number(s));let i=St({year:o?1-n.year:n.year,month:n.month,day:n.day,hour:n.hour%24,minute:n.minute,second:n.second});return Math.round((i-t)/ee)}var Pt=qe;function xi(e){Pt=e}function pe(e){return typeof e=="string"&&hn(e)&&Pt.isValid(e)}function Re(e,t){return ki(e)??Pt.offsetMinutes(e,t)}function ki(e){let t=e.charCodeAt(0);if(t!==43&&t!==45)return;let n=Te(e,1,2)*60+Te(e,4,2);return t===45?-n:n}function Me(e,t){let n=Math.floor(e/1e3)*1e3,o=new Date(n+Re(t,n)*ee);return{year:o.getUTCFullYear(),month:o.getUTCMonth()+1,day:o.getUTCDate(),hour:o.getUTCHours(),minute:o.getUTCMinutes(),second:o.getUTCSeconds()}}function N(e,t=2){return String(Math.abs(e)).padStart(t,"0")}function $e(e){return`${e<0?"-":"+"}${N(Math.trunc(Math.abs(e)/60))}:${N(Math.abs(e)%60)}`}function W(e,t,n={}){let o=Re(t,e),i=new Date(Math.floor(e/1e3)*1e3+o*ee),r=i.getUTCFullYear(),s=`${r<0?"-":""}${N(r,4)}-${N(i.getUTCMonth()+1)}-${N(i.getUTCDate())}`,a=`${N(i.getUTCHours())}:${N(i.getUTCMinutes())}${n.seconds===!1?"":`:${N(i.getUTCSeconds())}`}`;return`${s}T${a}${o===0&&ki(t)===void 0&&Pt.isUtc(t)?"Z":$e(o)}`}function bn(e,t){let n=St(e),o=[Re(t,n-we),Re(t,n+we)].map(r=>n-r*ee),i=o.filter(r=>n-Re(t,r)*ee===r);return i.length>0?Math.min(...i):Math.max(...o)}var Gl=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,Yl=/^(\d{1,2}):(\d{2})(?::(\d{2}))?$/,Jl=/^(?:-\s*)?(?:(\d+)\s*w)?\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/;function vi(e,t){if(!pe(t.timeZone))throw new v(`Unexpected time zone "${t.timeZone}", expected ${li(t.timeZone)}`);let n=_i(e.trim(),e,t);if(!Number.isFinite(n.ms)||!/^\d{4}-/.test(n.at)||n.at.startsWith("0000"))throw wn(e);return n}function wn(e){return new v(`Unexpected time "${e}", expected one in the years 0001 to 9999`)}function _i(e,t,n){let o=d=>{if(!(Math.abs(d)<86e14))throw wn(t);let c=W(d,n.timeZone);return{at:c,ms:F(c)}};if(e.toLowerCase()==="now")return o(n.now);let i=wi(e);if(i){if(i.offset!==void 0){let d=F(e);if(Gl.test(e))return{at:e,ms:d};let c=i,f=i.offset===0&&/Z$/.test(e)?"Z":$e(i.offset);return{at:`${N(c.year,4)}-${N(c.month)}-${N(c.day)}T${N(c.hour)}:${N(c.minute)}:${N(c.second)}${f}`,ms:d}}return o(bn(i,n.timeZone))}let r=Yl.exec(e);if(r){let[d,c,f]=[Number(r[1]),Number(r[2]),Number(r[3]??0)];if(d<=23&&c<=59&&f<=59)return o(Ai(d,c,f,n))}let s=Ql(e);if(s!==void 0)return o(n.now-s);let a=di(e);if(a)return{..._i(a,t,n),approx:!0};let l=fi(e,t),u=l&&Xl(l,n,t);if(u)return u;throw new v(`Unexpected time "${t}", expected ISO 8601 (2026-03-01T14:05:00+01:00), HH:MM, 9:37 AM PST, 1345 UTC or a relative time like -5m`)}function Xl(e,t,n){let{hour:o,minute:i,second:r,zone:s}=e;if(o>23||i>59||r>59)return;let a=s===void 0?t.timeZone:s.offset===void 0?s.region:s.offset===0&&s.abbr!==void 0&&s.region===void 0?"UTC":$e(s.offset),l;if(e.date){let c={...e.date,hour:o,minute:i,second:r};if(!bi(c))return;l=bn(c,a)}else l=Ai(o,i,r,{...t,timeZone:a});if(!(Math.abs(l)<86e14))throw wn(n);let u=W(l,a),d={at:u,ms:F(u)};if(s?.abbr!==void 0&&s.offset!==void 0&&s.region!==void 0){let c=Re(s.region,l);if(c!==s.offset){let f=s.region.slice(s.region.lastIndexOf("/")+1).replace(/_/g," "),h=oi(s.region,c);d.note=`"${n.trim()}" is ${s.abbr} (${$e(s.offset)}), but ${f} was ${h?`on ${h} (${$e(c)})`:`at ${$e(c)}`} on ${tu(l,s.region)}; stored ${u} as written`}}return d}function Ai(e,t,n,o){let i=o.latest===void 0||o.now-o.latest<we,r=i?o.now:o.latest,{year:s,month:a,day:l}=Me(r,o.timeZone),u=[-1,0,1].map(w=>{let k=new Date(St({year:s,month:a,day:l,hour:0,minute:0,second:0})+w*we);return bn({year:k.getUTCFullYear(),month:k.getUTCMonth()+1,day:k.getUTCDate(),hour:e,minute:t,second:n},o.timeZone)});if(i)return Math.max(...u.filter(w=>w<=o.now+ee));let d=u[0];for(let w of u)Math.abs(w-r)<=Math.abs(d-r)&&(d=w);if(!o.fits)return d;let c=u.filter(w=>Math.abs(w-r)<we&&o.fits(w));if(c.length===0)return d;if(c.length===1)return c[0];if(c.includes(d)&&Math.abs(d-r)<=6*Ot)return d;let f=`${N(e)}:${N(t)}${n?`:${N(n)}`:""}`,[h,y]=c.map(w=>W(w,o.timeZone));throw new v(`Ambiguous time "${f}": ${h} or ${y} both fit; write the date, e.g. --at "${y.slice(0,10)} ${f}"`)}function Ql(e){let t=/\s*ago$/i.test(e),n=e.replace(/\s*ago$/i,"");if(n.startsWith("-")===t)return;let o=Jl.exec(n);if(!o||!o.slice(1).some(u=>u!==void 0))return;let[i,r,s,a,l]=o.slice(1).map(u=>Number(u??0));return(i*7+r)*we+s*Ot+a*ee+l*1e3}function Oi(e,t=F){return eu(e,n=>t(n.at))}function eu(e,t){let n=-1/0,o=0;for(;o<e.length;o++){let i=t(e[o])??1/0;if(!(i>=n))break;n=i}return o===e.length?e.slice():e.map((i,r)=>({entry:i,i:r,ms:t(i)??1/0})).sort((i,r)=>i.ms-r.ms||i.i-r.i).map(({entry:i})=>i)}function tu(e,t){return xn(Me(e,t))}function xn({year:e,month:t,day:n}){return`${e}-${String(t).padStart(2,"0")}-${String(n).padStart(2,"0")}`}function oe(e){return e.includes("\r")?e.replace(/\r\n?/g,`
`):e}function Et(e){return e.includes(`


`)?e.replace(/\n{3,}/g,`

`):e}var nu={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},kn=/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g,ru=/[&<>"'`=\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/,Si=/[^\0-\x7f]/;function se(e){let t=te(e);return ru.test(t)?t.replace(kn,"").replace(/[&<>"'`=]/g,n=>nu[n]):t}function te(e){return e==null?"":Array.isArray(e)?e.map(te).join(", "):String(e)}var ne=e=>te(e).replace(kn,"").replace(/\s+/g," ").trim();function xe(e){let t=ne(e).replace(/[\\`*[\]<>|~]/g,"\\$&");return t.includes("_")&&(t=t.replace(Si.test(t)?/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu:/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g,"\\_")),t.includes("@")&&(t=t.replace(Si.test(t)?/(?<![\p{L}\p{N}_])@(?=[\p{L}\p{N}_])/gu:/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9_])/g,"@\u200B")),t.includes("&")&&(t=t.replace(/&(?=#?[A-Za-z0-9]+;)/g,"\\&")),iu(t)}function iu(e){let t=e.charCodeAt(0);if(t===35||t===43||t===61||t===45)return`\\${e}`;let n=0;for(;e.charCodeAt(n)>=48&&e.charCodeAt(n)<=57;)n++;let o=e.charCodeAt(n);return n>0&&(o===46||o===41)?`${e.slice(0,n)}\\${e.slice(n)}`:e}var Pi=xe;function Ei(e,t=""){let n=oe(te(e).replace(kn,"")).replace(/\n$/,""),o=Math.max(0,...(n.match(/`+/g)??[]).map(r=>r.length)),i="`".repeat(Math.max(3,o+1));return`${i}${t.replace(/[^\w+#.-]/g,"")}
${n}
${i}`}function ou(e,t){let n=0;for(let o=e.indexOf(String.fromCharCode(t));o!==-1;o=e.indexOf(String.fromCharCode(t),o)){let i=o;for(;e.charCodeAt(o)===t;)o++;o-i>n&&(n=o-i)}return n}function Ci(e){let t=ne(e);if(t==="")return"";let n="`".repeat(ou(t,96)+1),o=t.startsWith("`")||t.endsWith("`")?" ":"";return`${n}${o}${t}${o}${n}`}var su=/[\u0000-\u0020\u007F-\u009F]/g,au=new Set(["http","https","mailto"]);function Ti(e){let t=e.replace(su,""),n=/^([A-Za-z][A-Za-z0-9+.-]*):/.exec(t);if(!(n&&!au.has(n[1].toLowerCase())))return t}var vn=/^( {0,3})(`{3,}|~{3,})[ \t]*(.*)$/;function Ct(e){return e.replace(/<!--[\s\S]*?(?:-->|$)/g,"")}var Ii,$i=e=>/[[<]/.test(Ct(e));function An(e,t={}){let n=t.headingOffset??0,o=oe(Ct(e));return $i(o)?o=Ii?cu(o,n,Ii):o.split(`
`).map(xe).join(`
`):o=lu(o,n),Et(o.replace(/[ \t]+$/gm,"")).trim()}function lu(e,t){if(t===0)return e;let n;return e.split(`
`).map(o=>{if(n)return n.test(o)&&(n=void 0),o;let i=vn.exec(o);return i&&!(i[2][0]==="`"&&i[3].includes("`"))?(n=new RegExp(`^ {0,3}${i[2][0]==="`"?"`":"~"}{${i[2].length},}[ \\t]*$`),o):o.replace(/^( {0,3})(#{1,6})(?=[ \t]|$)/,(r,s,a)=>s+"#".repeat(Ri(a.length,t)))}).join(`
`)}var Ri=(e,t)=>Math.min(6,Math.max(1,e+t)),uu=new Set(["http","https","mailto"]);function _n(e){let t=/^([A-Za-z][A-Za-z0-9+.-]*):/.exec(e.replace(/[\u0000-\u0020\u007F-\u009F]/g,""));return t!==null&&uu.has(t[1].toLowerCase())}function cu(e,t,n){let o=e,i=t;for(let r=0;r<8;r++){let s=du(o,n(o),i);if(s.length===0)return o;i=0,o=fu(o,s)}return xe(e)}function du(e,t,n){let o=[],i=s=>({from:s.position.start.offset,to:s.position.end.offset}),r=s=>{switch(s.type){case"link":if(!_n(s.url)){let a=s.children,l=a.length?e.slice(i(a[0]).from,i(a[a.length-1]).to):"";o.push({...i(s),text:l});return}break;case"image":if(!_n(s.url)){o.push({...i(s),text:xe(s.alt??"")});return}break;case"definition":_n(s.url)||o.push({...i(s),text:""});return;case"html":o.push({...i(s),text:e.slice(i(s).from,i(s).to).replace(/</g,"&lt;")});return;case"heading":{let{from:a}=i(s),l=/^#{1,6}/.exec(e.slice(a,a+6));n!==0&&l&&o.push({from:a,to:a+l[0].length,text:"#".repeat(Ri(s.depth,n))});break}}if("children"in s)for(let a of s.children)r(a)};return r(t),o}function fu(e,t){let n=e,o=1/0;for(let i of[...t].sort((r,s)=>s.from-r.from||s.to-r.to))i.to>o||(n=n.slice(0,i.from)+i.text+n.slice(i.to),o=i.from);return n}function T(e,t,n=!1){let o=t[t.length-1],i=t.slice(0,-1);return n||i.forEach((r,s)=>{if(r===void 0){let a=o.loc?.start;throw new Error(`helper "${e}": argument ${s+1} is not in the context (wrap optional fields in {{#if}})${a?` - ${a.line}:${a.column}`:""}`)}}),{params:i,options:o}}var On=e=>String(e).padStart(2,"0");function Sn(e){return typeof e=="number"&&Number.isFinite(e)?e:typeof e=="string"?F(e):void 0}var Tt=(e,t)=>e.charCodeAt(t)>=48&&e.charCodeAt(t)<=57,pu=e=>e.length===6&&(e[0]==="+"||e[0]==="-")&&Tt(e,1)&&Tt(e,2)&&e[3]===":"&&Tt(e,4)&&Tt(e,5);function mu(e,t){let n=W(e,t),o=n.slice(-6),i=n.endsWith("Z")?"Z":pu(o)?o:/(Z|[+-]\d{2}:\d{2})$/.exec(n)[1];return i==="Z"||i==="+00:00"?"UTC":`UTC${i}`}function Mi(e,t){let n=e==="html",o=c=>n?new t(se(c)):xe(c),i=c=>n?new t(c):c,r=(c,f,h)=>{let y=c[h];if(typeof y=="string"&&y)return y;let w=f.data?.root;return typeof w?.timezone=="string"?w.timezone:"UTC"},s=(c,f)=>(...h)=>{let{params:y,options:w}=T(c,h),k=y[0];if(k===null||k==="")return"";let $=Sn(k);return $===void 0?o(te(k)):i(f($,r(y,w,1),w))},a=(c,f,h)=>{let y=Me(c,f);return`${On(y.hour)}:${On(y.minute)}${h?`:${On(y.second)}`:""}`},l=(c,f)=>W(c,f).slice(0,10),u=c=>c.hash?.seconds===!0,d=(c,f)=>n?`<table>
<thead><tr>${c.map(h=>`<th>${se(h)}</th>`).join("")}</tr></thead>
<tbody>
${f.map(h=>`<tr>${h.map(y=>`<td>${se(y)}</td>`).join("")}</tr>`).join(`
`)}
</tbody>
</table>`:[c,...f].map(h=>`| ${h.map(y=>Pi(y)).join(" | ")} |`).toSpliced(1,0,`|${c.map(()=>"---").join("|")}|`).join(`
`);return{inline:(...c)=>o(ne(T("inline",c).params[0])),cell:(...c)=>o(ne(T("cell",c).params[0])),code(...c){let{params:f}=T("code",c),h=typeof f[1]=="string"?f[1]:"";return n?new t(`<pre><code>${se(f[0])}</code></pre>`):Ei(f[0],h)},codespan(...c){let f=T("codespan",c).params[0];return n?new t(`<code>${se(ne(f))}</code>`):Ci(f)},html:(...c)=>i(se(T("html",c).params[0])),markdown(...c){let{params:f,options:h}=T("markdown",c),y=typeof h.hash?.offset=="number"?h.hash.offset:0,w=te(f[0]);return n?new t(fr(w,{headingOffset:y})):An(w,{headingOffset:y})},date:s("date",(c,f)=>l(c,f)),time:s("time",(c,f,h)=>a(c,f,u(h))),datetime:s("datetime",(c,f,h)=>`${l(c,f)} ${a(c,f,u(h))} ${mu(c,f)}`),iso:s("iso",(c,f)=>W(c,f)),duration(...c){let{params:f,options:h}=T("duration",c),y=f.length>=2?hu(f[0],f[1]):typeof f[0]=="number"?f[0]:void 0;if(y===void 0)return"";let w=h.hash?.approx===!0;return i(h.hash?.long===!0?ni(y,w):pn(y,w))},metrics_table(...c){let f=T("metrics_table",c).params[0],h=(Array.isArray(f)?f:[]).map(y=>[te(y.label),typeof y.ms=="number"?pn(y.ms,y.approx===!0):"",te(y.from),te(y.to)]);return h.length?i(d(["Metric","Duration","From","To"],h)):""},join(...c){let{params:f}=T("join",c),h=Array.isArray(f[0])?f[0]:f[0]===null?[]:[f[0]],y=typeof f[1]=="string"?f[1]:", ";return o(h.map(ne).join(y))},safeurl(...c){let f=Ti(ne(T("safeurl",c).params[0]))??"#";return n?new t(se(f)):f.replace(/[()<> ]/g,h=>`%${h.charCodeAt(0).toString(16).toUpperCase()}`)},mention(...c){let f=ne(T("mention",c).params[0]).replace(/[^A-Za-z0-9-]/g,"");return f?i(`@${f}`):""},humanize(...c){let f=ne(T("humanize",c).params[0]).replace(/[_-]+/g," ");return o(f.charAt(0).toUpperCase()+f.slice(1))},eq:(...c)=>{let{params:f}=T("eq",c,!0);return f[0]===f[1]},ne:(...c)=>{let{params:f}=T("ne",c,!0);return f[0]!==f[1]},and:(...c)=>T("and",c,!0).params.every(Boolean),or:(...c)=>T("or",c,!0).params.some(Boolean),not:(...c)=>!T("not",c,!0).params[0],default(...c){let{params:f}=T("default",c,!0);return f[0]===void 0||f[0]===null||f[0]===""?f[1]:f[0]},length:(...c)=>{let f=T("length",c,!0).params[0];return Array.isArray(f)?f.length:0},log:()=>""}}function hu(e,t){let n=Sn(e),o=Sn(t);return n===void 0||o===void 0?void 0:o-n}var p=(e,t,n,o)=>({start:{line:e,column:t},end:{line:n,column:o}}),m=(e,t,n)=>({name:e,hash:{},data:t,loc:n}),Ve=(e,t,n,o,i)=>({name:e,hash:{},fn:t,inverse:n,data:o,loc:i}),gu=[],Le=(e,t,n,o,i)=>gu[e]??=p(t,n,o,i),Li=(e,t,n,o,i)=>n<0?"":t[n](e,o,e.helpers,e.partials,i),g=(e,t,n,o,i,r,s)=>(typeof o=="function"&&(o=o.call(n)),Li(e,t,!o||Array.isArray(o)&&o.length===0?r:i,n,s)),j=(e,t,n,o,i,r,s,a,l)=>{if(!Array.isArray(i))return t.each.call(o,i,Ve("each",e.program(r,a,0),s<0?e.noop:e.program(s,a,0),a,l));let u;if(a){u={};for(let h in a)Object.prototype.hasOwnProperty.call(a,h)&&(u[h]=a[h]);u._parent=a}let d=i.length;if(d===0)return Li(e,n,s,o,a);let c=n[r],f="";for(let h=0;h<d;h++)h in i&&(u&&(u.key=h,u.index=h,u.first=h===0,u.last=h===i.length-1),f=f+c(e,i[h],e.helpers,e.partials,u||a));return f},yu={compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){return`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
`},useData:!0},B={0:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Started:** "+((r=s(n,"datetime").call(t??(e.nullContext||{}),s(t,"started"),m("datetime",i,p(2,15,2,35))))!=null?r:"")+`
`},1:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Ended:** "+((r=s(n,"datetime").call(t??(e.nullContext||{}),s(t,"ended"),m("datetime",i,p(5,13,5,31))))!=null?r:"")+`
`},2:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=g(e,B,t??(e.nullContext||{}),s(t,"ongoing"),3,-1,i))!=null?r:""},3:function(e,t,n,o,i){return`- **Ended:** not yet (ongoing)
`},4:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Duration:** "+((r=s(n,"duration").call(t??(e.nullContext||{}),s(t,"duration_ms"),{name:"duration",hash:{approx:s(t,"duration_approx"),long:!0},data:i,loc:p(10,16,10,73)}))!=null?r:"")+`
`},5:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Affected services:** "+((r=s(n,"join").call(t??(e.nullContext||{}),s(t,"services"),m("join",i,p(13,25,13,42))))!=null?r:"")+`
`},6:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Severity:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"severity"),m("inline",i,p(16,16,16,35))))!=null?r:"")+`
`},7:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,B,s,a(t,"status"),8,-1,i))!=null?r:"")+"- **Time zone:** "+((r=a(n,"inline").call(s,a(t,"timezone"),m("inline",i,p(22,17,22,36))))!=null?r:"")+`
`+((r=a(n,"with").call(s,a(t,"postmortem"),Ve("with",e.program(9,i,0),e.noop,i,p(23,0,27,9))))!=null?r:"")+"- **File:** "+((r=a(n,"codespan").call(s,a(t,"file"),m("codespan",i,p(28,12,28,29))))!=null?r:"")+`
`},8:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Status:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"status"),m("inline",i,p(20,14,20,31))))!=null?r:"")+`
`},9:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=g(e,B,t??(e.nullContext||{}),s(t,"status"),10,-1,i))!=null?r:""},10:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **Post-mortem:** "+((r=a(n,"inline").call(s,a(t,"status"),m("inline",i,p(25,19,25,36))))!=null?r:"")+((r=g(e,B,s,a(t,"owner"),11,-1,i))!=null?r:"")+((r=g(e,B,s,a(t,"due"),12,-1,i))!=null?r:"")+((r=g(e,B,s,a(t,"meeting"),13,-1,i))!=null?r:"")+`
`},11:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", owner "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"owner"),m("inline",i,p(25,57,25,73))))!=null?r:"")},12:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", due "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"due"),m("inline",i,p(25,97,25,111))))!=null?r:"")},13:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", meeting "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"meeting"),m("inline",i,p(25,143,25,161))))!=null?r:"")},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,B,s,a(t,"started"),0,-1,i))!=null?r:"")+((r=g(e,B,s,a(t,"ended"),1,2,i))!=null?r:"")+((r=g(e,B,s,a(t,"duration_ms"),4,-1,i))!=null?r:"")+((r=g(e,B,s,a(t,"services"),5,-1,i))!=null?r:"")+((r=g(e,B,s,a(t,"severity"),6,-1,i))!=null?r:"")+((r=g(e,B,s,a(t,"internal"),7,-1,i))!=null?r:"")},useData:!0},re={0:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return": "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"item"),"title"),m("inline",i,p(2,40,2,61))))!=null?r:"")},1:function(e,t,n,o,i){return`> **DRILL**: this action item comes from a practice incident.

`},2:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **Incident:** ["+((r=a(n,"inline").call(s,a(a(t,"incident"),"title"),m("inline",i,p(9,17,9,42))))!=null?r:"")+"]("+((r=a(n,"safeurl").call(s,a(t,"url"),m("safeurl",i,p(9,44,9,59))))!=null?r:"")+`)
`},3:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Incident:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"incident"),"title"),m("inline",i,p(11,16,11,41))))!=null?r:"")+`
`},4:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Type:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"item"),"type"),m("inline",i,p(15,12,15,32))))!=null?r:"")+`
`},5:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Owner:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"item"),"owner"),m("inline",i,p(18,13,18,34))))!=null?r:"")+`
`},6:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Due:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"item"),"due"),m("inline",i,p(21,11,21,30))))!=null?r:"")+`
`},7:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **Status:** "+((r=a(n,"inline").call(s,a(a(t,"item"),"status"),m("inline",i,p(24,14,24,36))))!=null?r:"")+((r=g(e,re,s,a(a(t,"item"),"reason"),8,-1,i))!=null?r:"")+`
`},8:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" ("+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"item"),"reason"),m("inline",i,p(24,57,24,79))))!=null?r:"")+")"},9:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Incident severity:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"incident"),"severity"),m("inline",i,p(27,25,27,53))))!=null?r:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=a(n,"inline").call(s,a(a(t,"item"),"id"),m("inline",i,p(2,2,2,20))))!=null?r:"")+((r=g(e,re,s,a(a(t,"item"),"title"),0,-1,i))!=null?r:"")+`

`+((r=g(e,re,s,a(n,"eq").call(s,a(a(t,"incident"),"kind"),"drill",m("eq",i,p(4,6,4,32))),1,-1,i))!=null?r:"")+((r=g(e,re,s,a(t,"url"),2,3,i))!=null?r:"")+"- **File:** "+((r=a(n,"codespan").call(s,a(t,"file"),m("codespan",i,p(13,12,13,29))))!=null?r:"")+`
`+((r=g(e,re,s,a(a(t,"item"),"type"),4,-1,i))!=null?r:"")+((r=g(e,re,s,a(a(t,"item"),"owner"),5,-1,i))!=null?r:"")+((r=g(e,re,s,a(a(t,"item"),"due"),6,-1,i))!=null?r:"")+((r=g(e,re,s,a(a(t,"item"),"status"),7,-1,i))!=null?r:"")+((r=g(e,re,s,a(a(t,"incident"),"severity"),9,-1,i))!=null?r:"")+`
Closing or reopening this issue updates the action item in the file.
`},useData:!0},x={0:function(e,t,n,o,i){return"[DRILL] "},1:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=e.invokePartial(s(o,"drill"),t,{name:"drill",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`},2:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=a(n,"inline").call(s,a(t,"severity"),m("inline",i,p(12,16,12,35))))!=null?r:"")+((r=g(e,x,s,a(t,"status"),3,-1,i))!=null?r:"")+", a"},3:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"status"),m("inline",i,p(12,51,12,68))))!=null?r:"")},4:function(e,t,n,o,i){return"A"},5:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", what is new since "+((r=s(n,"time").call(t??(e.nullContext||{}),s(t,"since"),m("time",i,p(12,141,12,155))))!=null?r:"")},6:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=a(n,"duration").call(s,a(t,"elapsed_ms"),{name:"duration",hash:{approx:a(t,"elapsed_approx")},data:i,loc:p(14,0,14,45)}))!=null?r:"")+" since "+((r=e.lambda(e.strict(t,"elapsed_from",Le(0,14,54,14,66)),t))!=null?r:"")+((r=g(e,x,s,a(t,"started"),7,-1,i))!=null?r:"")+((r=g(e,x,s,a(t,"ongoing"),-1,8,i))!=null?r:"")+`.
`},7:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" ("+((r=s(n,"time").call(t??(e.nullContext||{}),s(t,"started"),m("time",i,p(14,85,14,101))))!=null?r:"")+")"},8:function(e,t,n,o,i){return"; impact has ended"},9:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return". "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"symptoms"),"summary"),m("inline",i,p(17,65,17,92))))!=null?r:"")},10:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return`
First seen `+((r=a(n,"time").call(s,a(a(a(t,"symptoms"),"first"),"at"),m("time",i,p(20,11,20,37))))!=null?r:"")+": "+((r=a(n,"inline").call(s,a(a(a(t,"symptoms"),"first"),"text"),m("inline",i,p(20,39,20,69))))!=null?r:"")+`
`},11:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"**Observed directly:** yes, "+((r=a(n,"time").call(s,a(a(t,"observed"),"at"),m("time",i,p(24,28,24,48))))!=null?r:"")+((r=g(e,x,s,a(a(t,"observed"),"by"),12,-1,i))!=null?r:"")+": "+((r=a(n,"inline").call(s,a(a(t,"observed"),"text"),m("inline",i,p(24,99,24,123))))!=null?r:"")+`
`},12:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"observed"),"by"),m("inline",i,p(24,68,24,90))))!=null?r:"")},13:function(e,t,n,o,i){return`**Observed directly:** not yet: no finding or evidence recorded. Can we see it ourselves?
`},14:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
**Data so far:**
`+((r=j(e,n,x,t??(e.nullContext||{}),s(t,"data"),15,-1,i,p(31,0,33,9)))!=null?r:"")},15:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- "+((r=a(n,"time").call(s,a(t,"at"),m("time",i,p(32,2,32,13))))!=null?r:"")+((r=g(e,x,s,a(t,"by"),16,-1,i))!=null?r:"")+": "+((r=a(n,"inline").call(s,a(t,"text"),m("inline",i,p(32,46,32,61))))!=null?r:"")+`
`},16:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"by"),m("inline",i,p(32,24,32,37))))!=null?r:"")},17:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
**Evidence saved:**
`+((r=j(e,n,x,t??(e.nullContext||{}),s(t,"evidence"),18,-1,i,p(38,0,40,9)))!=null?r:"")},18:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- "+((r=a(n,"codespan").call(s,a(t,"file"),m("codespan",i,p(39,2,39,19))))!=null?r:"")+" ("+((r=a(n,"inline").call(s,a(t,"size"),m("inline",i,p(39,21,39,36))))!=null?r:"")+((r=g(e,x,s,a(t,"by"),19,-1,i))!=null?r:"")+")"+((r=g(e,x,s,a(t,"what"),20,-1,i))!=null?r:"")+((r=g(e,x,s,a(t,"note"),21,-1,i))!=null?r:"")+`
`},19:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"by"),m("inline",i,p(39,48,39,61))))!=null?r:"")},20:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return": "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"what"),m("inline",i,p(39,83,39,98))))!=null?r:"")},21:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return". "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"note"),m("inline",i,p(39,119,39,134))))!=null?r:"")},22:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- #"+((r=e.lambda(e.strict(t,"number",Le(1,45,5,45,11)),t))!=null?r:"")+" "+((r=a(n,"inline").call(s,a(t,"question"),m("inline",i,p(45,14,45,33))))!=null?r:"")+" ("+((r=a(n,"inline").call(s,a(t,"owner"),m("inline",i,p(45,35,45,51))))!=null?r:"")+")"+((r=j(e,n,x,s,a(t,"updates"),23,-1,i,p(45,52,46,72)))!=null?r:"")+`
`},23:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return`
  - `+((r=a(n,"time").call(s,a(t,"at"),m("time",i,p(46,4,46,15))))!=null?r:"")+((r=g(e,x,s,a(t,"by"),16,-1,i))!=null?r:"")+": "+((r=a(n,"inline").call(s,a(t,"text"),m("inline",i,p(46,48,46,63))))!=null?r:"")},24:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- none"+((r=g(e,x,t??(e.nullContext||{}),s(t,"since"),25,-1,i))!=null?r:"")+`
`},25:function(e,t,n,o,i){return" new"},26:function(e,t,n,o,i){var r;return"- and "+((r=e.lambda(e.strict(t,"unchanged_threads",Le(2,51,8,51,25)),t))!=null?r:"")+` more with nothing new
`},27:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
**Interesting, not being investigated:**
`+((r=j(e,n,x,t??(e.nullContext||{}),s(t,"unowned"),28,-1,i,p(56,0,58,9)))!=null?r:"")},28:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- #"+((r=e.lambda(e.strict(t,"number",Le(3,57,5,57,11)),t))!=null?r:"")+" "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"question"),m("inline",i,p(57,14,57,33))))!=null?r:"")+`
`},29:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
**Answered:**
`+((r=j(e,n,x,t??(e.nullContext||{}),s(t,"answered"),30,-1,i,p(63,0,65,9)))!=null?r:"")},30:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- #"+((r=e.lambda(e.strict(t,"number",Le(4,64,5,64,11)),t))!=null?r:"")+" "+((r=a(n,"inline").call(s,a(t,"question"),m("inline",i,p(64,14,64,33))))!=null?r:"")+" \u2192 "+((r=a(n,"inline").call(s,a(t,"answer"),m("inline",i,p(64,36,64,53))))!=null?r:"")+((r=g(e,x,s,a(t,"owner"),31,-1,i))!=null?r:"")+`
`},31:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" ("+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"owner"),m("inline",i,p(64,68,64,84))))!=null?r:"")+")"},32:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
**Roles:** `+((r=j(e,n,x,t??(e.nullContext||{}),s(t,"roles"),33,-1,i,p(69,11,69,96)))!=null?r:"")+`
`},33:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=a(n,"inline").call(s,a(t,"label"),m("inline",i,p(69,26,69,42))))!=null?r:"")+" "+((r=a(n,"join").call(s,a(t,"names"),m("join",i,p(69,43,69,57))))!=null?r:"")+((r=g(e,x,s,a(i,"last"),-1,34,i))!=null?r:"")},34:function(e,t,n,o,i){return"; "},35:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
**Milestones:** `+((r=j(e,n,x,t??(e.nullContext||{}),s(t,"milestones"),36,-1,i,p(73,16,73,164)))!=null?r:"")+`
`},36:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=a(n,"inline").call(s,a(t,"kind"),m("inline",i,p(73,36,73,51))))!=null?r:"")+" "+((r=a(n,"time").call(s,a(t,"at"),m("time",i,p(73,52,73,63))))!=null?r:"")+((r=g(e,x,s,a(t,"after_ms"),37,-1,i))!=null?r:"")+((r=g(e,x,s,a(i,"last"),-1,38,i))!=null?r:"")},37:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" (+"+((r=s(n,"duration").call(t??(e.nullContext||{}),s(t,"after_ms"),{name:"duration",hash:{approx:s(t,"approx")},data:i,loc:p(73,82,73,117)}))!=null?r:"")+")"},38:function(e,t,n,o,i){return", "},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=g(e,x,s,a(t,"drill"),0,-1,i))!=null?r:"")+"Investigation update: "+((r=a(n,"inline").call(s,a(t,"title"),m("inline",i,p(6,52,6,68))))!=null?r:"")+`

`+((r=g(e,x,s,a(t,"drill"),1,-1,i))!=null?r:"")+((r=g(e,x,s,a(t,"severity"),2,4,i))!=null?r:"")+"t "+((r=a(n,"time").call(s,a(t,"now"),m("time",i,p(12,96,12,108))))!=null?r:"")+((r=g(e,x,s,a(t,"since"),5,-1,i))!=null?r:"")+`.
`+((r=g(e,x,s,a(t,"elapsed_ms"),6,-1,i))!=null?r:"")+`
**Symptoms:** `+((r=a(n,"inline").call(s,a(a(t,"symptoms"),"title"),m("inline",i,p(17,14,17,39))))!=null?r:"")+((r=g(e,x,s,a(a(t,"symptoms"),"summary"),9,-1,i))!=null?r:"")+`
`+((r=g(e,x,s,a(a(t,"symptoms"),"first"),10,-1,i))!=null?r:"")+`
`+((r=g(e,x,s,a(t,"observed"),11,13,i))!=null?r:"")+((r=g(e,x,s,a(t,"data"),14,-1,i))!=null?r:"")+((r=g(e,x,s,a(t,"evidence"),17,-1,i))!=null?r:"")+`
**Open threads:**
`+((r=j(e,n,x,s,a(t,"threads"),22,24,i,p(44,0,49,9)))!=null?r:"")+((r=g(e,x,s,a(t,"unchanged_threads"),26,-1,i))!=null?r:"")+((r=g(e,x,s,a(t,"unowned"),27,-1,i))!=null?r:"")+((r=g(e,x,s,a(t,"answered"),29,-1,i))!=null?r:"")+((r=g(e,x,s,a(t,"roles"),32,-1,i))!=null?r:"")+((r=g(e,x,s,a(t,"milestones"),35,-1,i))!=null?r:"")},usePartial:!0,useData:!0},O={0:function(e,t,n,o,i){return"[DRILL] "},1:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=e.invokePartial(s(o,"drill"),t,{name:"drill",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`},2:function(e,t,n,o,i){var r;return((r=e.lambda(e.strict(t,"body",Le(5,11,2,11,6)),t))!=null?r:"")+`

`},3:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`## Roles

`+((r=j(e,n,O,t??(e.nullContext||{}),s(t,"roles"),4,-1,i,p(17,0,19,9)))!=null?r:"")+`
`},4:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **"+((r=a(n,"inline").call(s,a(t,"label"),m("inline",i,p(18,4,18,20))))!=null?r:"")+":** "+((r=a(n,"join").call(s,a(t,"names"),m("join",i,p(18,24,18,38))))!=null?r:"")+`
`},5:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`## Impact in numbers

`+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"impact"),"summary"),m("inline",i,p(25,0,25,25))))!=null?r:"")+`

`},6:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,O,s,a(a(t,"impact"),"summary"),-1,7,i))!=null?r:"")+((r=j(e,n,O,s,a(a(t,"impact"),"figures"),8,-1,i,p(33,0,35,9)))!=null?r:"")+`
`},7:function(e,t,n,o,i){return`## Impact in numbers

`},8:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **"+((r=a(n,"inline").call(s,a(t,"label"),m("inline",i,p(34,4,34,20))))!=null?r:"")+":** "+((r=a(n,"inline").call(s,a(t,"value"),m("inline",i,p(34,24,34,40))))!=null?r:"")+`
`},9:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`## Metrics

`+((r=s(n,"metrics_table").call(t??(e.nullContext||{}),s(t,"metrics"),m("metrics_table",i,p(41,0,41,25))))!=null?r:"")+`

`},10:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return`## Timeline

Times in `+((r=a(n,"inline").call(s,a(t,"timezone"),m("inline",i,p(47,9,47,28))))!=null?r:"")+`; ~ marks an approximate time.

`+((r=j(e,n,O,s,a(t,"timeline"),11,-1,i,p(49,0,51,9)))!=null?r:"")+`
`},11:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- "+((r=g(e,O,s,a(t,"approx"),12,-1,i))!=null?r:"")+((r=g(e,O,s,a(t,"new_day"),13,-1,i))!=null?r:"")+((r=a(n,"inline").call(s,a(t,"local_time"),m("inline",i,p(50,68,50,89))))!=null?r:"")+" "+((r=g(e,O,s,a(t,"milestone"),14,15,i))!=null?r:"")+((r=g(e,O,s,a(t,"by"),16,-1,i))!=null?r:"")+": "+((r=a(n,"inline").call(s,a(t,"text"),m("inline",i,p(50,191,50,206))))!=null?r:"")+`
`},12:function(e,t,n,o,i){return"~"},13:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"local_date"),m("inline",i,p(50,39,50,60))))!=null?r:"")+" "},14:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"**"+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"kind"),m("inline",i,p(50,109,50,124))))!=null?r:"")+"**"},15:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"kind"),m("inline",i,p(50,134,50,149))))!=null?r:""},16:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" ("+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"by"),m("inline",i,p(50,168,50,181))))!=null?r:"")+")"},17:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`## Action items

`+((r=j(e,n,O,t??(e.nullContext||{}),s(t,"action_items"),18,-1,i,p(57,0,59,9)))!=null?r:"")},18:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **"+((r=a(n,"inline").call(s,a(t,"id"),m("inline",i,p(58,4,58,17))))!=null?r:"")+"** "+((r=a(n,"inline").call(s,a(t,"title"),m("inline",i,p(58,20,58,36))))!=null?r:"")+" ("+((r=g(e,O,s,a(t,"type"),19,-1,i))!=null?r:"")+((r=g(e,O,s,a(t,"owner"),20,-1,i))!=null?r:"")+((r=g(e,O,s,a(t,"due"),21,-1,i))!=null?r:"")+((r=g(e,O,s,a(t,"status"),22,23,i))!=null?r:"")+((r=g(e,O,s,a(t,"reason"),24,-1,i))!=null?r:"")+")"+((r=g(e,O,s,a(t,"issue"),25,-1,i))!=null?r:"")+`
`},19:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"type"),m("inline",i,p(58,50,58,65))))!=null?r:"")+", "},20:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"owner "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"owner"),m("inline",i,p(58,93,58,109))))!=null?r:"")+", "},21:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"due "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"due"),m("inline",i,p(58,133,58,147))))!=null?r:"")+", "},22:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"status"),m("inline",i,p(58,170,58,187))))!=null?r:""},23:function(e,t,n,o,i){return"open"},24:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return": "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"reason"),m("inline",i,p(58,222,58,239))))!=null?r:"")},25:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"issue"),m("inline",i,p(58,261,58,277))))!=null?r:"")},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=g(e,O,s,a(t,"drill"),0,-1,i))!=null?r:"")+((r=a(n,"inline").call(s,a(t,"title"),m("inline",i,p(2,30,2,46))))!=null?r:"")+`

`+((r=g(e,O,s,a(t,"drill"),1,-1,i))!=null?r:"")+((r=e.invokePartial(a(o,"facts"),t,{name:"facts",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`+((r=g(e,O,s,a(t,"body"),2,-1,i))!=null?r:"")+((r=g(e,O,s,a(t,"roles"),3,-1,i))!=null?r:"")+((r=g(e,O,s,a(a(t,"impact"),"summary"),5,-1,i))!=null?r:"")+((r=g(e,O,s,a(a(t,"impact"),"figures"),6,-1,i))!=null?r:"")+((r=g(e,O,s,a(t,"metrics"),9,-1,i))!=null?r:"")+((r=g(e,O,s,a(t,"timeline"),10,-1,i))!=null?r:"")+((r=g(e,O,s,a(t,"action_items"),17,-1,i))!=null?r:"")},usePartial:!0,useData:!0},ke={0:function(e,t,n,o,i){return"[DRILL] "},1:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=e.invokePartial(s(o,"drill"),t,{name:"drill",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`},2:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=g(e,ke,t??(e.nullContext||{}),s(t,"summary"),3,-1,i))!=null?r:""},3:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=s(n,"markdown").call(t??(e.nullContext||{}),s(t,"summary"),m("markdown",i,p(10,0,10,20))))!=null?r:"")+`

`},4:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,ke,s,a(t,"what_happened"),5,-1,i))!=null?r:"")+((r=g(e,ke,s,a(t,"what_we_are_doing"),6,-1,i))!=null?r:"")+((r=j(e,n,ke,s,a(t,"other_sections"),7,-1,i,p(29,0,34,9)))!=null?r:"")},5:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`## What happened

`+((r=s(n,"markdown").call(t??(e.nullContext||{}),s(t,"what_happened"),m("markdown",i,p(20,0,20,26))))!=null?r:"")+`

`},6:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`## What we are doing about this

`+((r=s(n,"markdown").call(t??(e.nullContext||{}),s(t,"what_we_are_doing"),m("markdown",i,p(26,0,26,30))))!=null?r:"")+`

`},7:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"## "+((r=a(n,"inline").call(s,a(t,"title"),m("inline",i,p(30,3,30,19))))!=null?r:"")+`

`+((r=a(n,"markdown").call(s,a(t,"markdown"),m("markdown",i,p(32,0,32,21))))!=null?r:"")+`

`},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=g(e,ke,s,a(t,"drill"),0,-1,i))!=null?r:"")+((r=a(n,"inline").call(s,a(t,"title"),m("inline",i,p(2,30,2,46))))!=null?r:"")+`

`+((r=g(e,ke,s,a(t,"drill"),1,-1,i))!=null?r:"")+((r=a(n,"with").call(s,a(t,"public_summary"),Ve("with",e.program(2,i,0),e.noop,i,p(8,0,13,9))))!=null?r:"")+((r=e.invokePartial(a(o,"facts"),t,{name:"facts",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`+((r=a(n,"with").call(s,a(t,"public_summary"),Ve("with",e.program(4,i,0),e.noop,i,p(16,0,35,9))))!=null?r:"")},usePartial:!0,useData:!0},E={0:function(e,t,n,o,i){return"[DRILL] "},1:function(e,t,n,o,i){return`**DRILL**: this is a practice incident, not a real one.

`},2:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"severity"),m("inline",i,p(8,16,8,35))))!=null?r:"")+", u"},3:function(e,t,n,o,i){return"U"},4:function(e,t,n,o,i){return`We are investigating this issue.
`},5:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return(r=g(e,E,s,a(n,"eq").call(s,a(t,"status"),"identified",m("eq",i,p(12,10,12,34))),6,7,i))!=null?r:""},6:function(e,t,n,o,i){return`We have identified the cause and are working on a fix.
`},7:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return(r=g(e,E,s,a(n,"eq").call(s,a(t,"status"),"monitoring",m("eq",i,p(14,10,14,34))),8,9,i))!=null?r:""},8:function(e,t,n,o,i){return`A fix is in place and we are monitoring the results.
`},9:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return(r=g(e,E,s,a(n,"or").call(s,a(n,"eq").call(s,a(t,"status"),"resolved",m("eq",i,p(16,14,16,36))),a(n,"eq").call(s,a(t,"status"),"closed",m("eq",i,p(16,37,16,57))),m("or",i,p(16,10,16,58))),10,-1,i))!=null?r:""},10:function(e,t,n,o,i){return`This incident has been resolved.
`},11:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"Impact started at "+((r=a(n,"datetime").call(s,a(t,"started"),m("datetime",i,p(20,18,20,38))))!=null?r:"")+((r=g(e,E,s,a(t,"ended"),12,13,i))!=null?r:"")+`.
`},12:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return" and ended at "+((r=a(n,"datetime").call(s,a(t,"ended"),m("datetime",i,p(20,65,20,83))))!=null?r:"")+" (after "+((r=a(n,"duration").call(s,a(t,"duration_ms"),{name:"duration",hash:{approx:a(t,"duration_approx"),long:!0},data:i,loc:p(20,91,20,148)}))!=null?r:"")+")"},13:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=g(e,E,t??(e.nullContext||{}),s(t,"ongoing"),14,-1,i))!=null?r:""},14:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", "+((r=s(n,"duration").call(t??(e.nullContext||{}),s(t,"started"),s(t,"now"),{name:"duration",hash:{long:!0},data:i,loc:p(20,170,20,204)}))!=null?r:"")+" ago"},15:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"Affected services: "+((r=s(n,"join").call(t??(e.nullContext||{}),s(t,"services"),m("join",i,p(23,19,23,36))))!=null?r:"")+`.
`},16:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,E,s,a(t,"roles"),17,-1,i))!=null?r:"")+((r=g(e,E,s,a(t,"recent"),20,-1,i))!=null?r:"")},17:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
`+((r=j(e,n,E,t??(e.nullContext||{}),s(t,"roles"),18,-1,i,p(28,0,28,86)))!=null?r:"")+`.
`},18:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=a(n,"inline").call(s,a(t,"label"),m("inline",i,p(28,15,28,31))))!=null?r:"")+": "+((r=a(n,"join").call(s,a(t,"names"),m("join",i,p(28,33,28,47))))!=null?r:"")+((r=g(e,E,s,a(i,"last"),-1,19,i))!=null?r:"")},19:function(e,t,n,o,i){return"; "},20:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
Latest:
`+((r=j(e,n,E,t??(e.nullContext||{}),s(t,"recent"),21,-1,i,p(33,0,35,9)))!=null?r:"")},21:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- "+((r=g(e,E,s,a(t,"approx"),22,-1,i))!=null?r:"")+((r=a(n,"time").call(s,a(t,"at"),m("time",i,p(34,24,34,35))))!=null?r:"")+" "+((r=a(n,"inline").call(s,a(t,"kind"),m("inline",i,p(34,36,34,51))))!=null?r:"")+((r=g(e,E,s,a(t,"by"),23,-1,i))!=null?r:"")+": "+((r=a(n,"inline").call(s,a(t,"text"),m("inline",i,p(34,86,34,101))))!=null?r:"")+`
`},22:function(e,t,n,o,i){return"~"},23:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" ("+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"by"),m("inline",i,p(34,63,34,76))))!=null?r:"")+")"},24:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=s(n,"with").call(t??(e.nullContext||{}),s(t,"public_summary"),Ve("with",e.program(25,i,0),e.noop,i,p(38,0,43,9))))!=null?r:""},25:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=g(e,E,t??(e.nullContext||{}),s(t,"summary"),26,-1,i))!=null?r:""},26:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
`+((r=s(n,"markdown").call(t??(e.nullContext||{}),s(t,"summary"),m("markdown",i,p(41,0,41,20))))!=null?r:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=g(e,E,s,a(t,"drill"),0,-1,i))!=null?r:"")+((r=a(n,"inline").call(s,a(t,"title"),m("inline",i,p(2,30,2,46))))!=null?r:"")+`

`+((r=g(e,E,s,a(t,"drill"),1,-1,i))!=null?r:"")+((r=g(e,E,s,a(t,"severity"),2,3,i))!=null?r:"")+"pdate at "+((r=a(n,"datetime").call(s,a(t,"now"),m("datetime",i,p(8,63,8,79))))!=null?r:"")+`.

`+((r=g(e,E,s,a(n,"eq").call(s,a(t,"status"),"investigating",m("eq",i,p(10,6,10,33))),4,5,i))!=null?r:"")+((r=g(e,E,s,a(t,"started"),11,-1,i))!=null?r:"")+((r=g(e,E,s,a(t,"services"),15,-1,i))!=null?r:"")+((r=g(e,E,s,a(t,"internal"),16,24,i))!=null?r:"")},useData:!0},It={"md:109:1lfe98k6foi44":yu,"md:766:f7igc2te4oou":B,"md:899:gxocjg1m066m2":re,"md:2628:1domib81os2zno":x,"md:1335:1aqcgpy9u7drc":O,"md:564:ig3m091e6p01p":ke,"md:1336:15029804ykwp4":E},Di={md:new Map([[`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
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
`,"md:1336:15029804ykwp4"]]),html:new Map([])};var bu={allowProtoPropertiesByDefault:!1,allowProtoMethodsByDefault:!1,allowedProtoProperties:{},allowedProtoMethods:{},allowCallsToHelperMissing:!1};function wu(e,t){let n=e.create();for(let[o,i]of Object.entries(Mi(t,n.SafeString)))n.registerHelper(o,i);return n}var ji=(e,t)=>Di[e].get(t);function xu(e,t){let n=ji(e,t);return n===void 0?void 0:It[n]}function ku(e,t){return n=>{try{return e(n,bu)}catch(o){throw vu(o,t)}}}var Ni=new Map;function Hi(e,t){let n=xu(t.format,e),o=Object.entries(t.partials??{}).map(([s,a])=>[s,ji(t.format,a)]);if(!n||o.some(([,s])=>s===void 0||!It[s]))return;let i=JSON.stringify([t.format,o.map(([s])=>s),o.map(([,s])=>s)]),r=Ni.get(i);if(!r){r=wu(Fi.default.default,t.format);for(let[s,a]of o)r.registerPartial(s,r.template(It[a]));Ni.set(i,r)}return ku(r.template(n),t.name??"template")}function vu(e,t){if(e instanceof S)return e;let o=(e instanceof Error?e.message:String(e)).split(`
`),i=/^Parse error on line (\d+):/.exec(o[0]);if(i)return new S(`Unexpected template syntax: ${o[o.length-1]}`,t,Number(i[1]));let r=/^"(.+)" not defined in .* - (\d+):(\d+)$/.exec(o[0]);if(r)return new S(`Unexpected "${r[1]}" in the template, expected a helper or a field of the context (see the README's template section)`,t,Number(r[2]),Number(r[3])+1);let s=/^Cannot read properties of (?:undefined|null) \(reading '(.+)'\)$/.exec(o[0]);if(s)return new S(`Unexpected path to "${s[1]}" in the template, expected its parent object in the context (wrap optional parts in {{#if}})`,t);let a=/ - (\d+):(\d+)$/.exec(o[0]);return new S(`Template error: ${o[0].replace(/ - \d+:\d+$/,"")}`,t,a?Number(a[1]):void 0,a?Number(a[2])+1:void 0)}async function zi(e,t){return t.format==="html"&&await dr(),Hi(e,t)??(await Promise.resolve().then(()=>he(Ui(),1))).compileTemplate(e,t)}function Wi(e){let t=0;for(;t<3&&e.charCodeAt(t)===32;)t++;let n=e.charCodeAt(t);if(n!==96&&n!==126)return;let o=t;for(;e.charCodeAt(o)===n;)o++;if(!(o-t<3)){for(let i=o;i<e.length;i++){let r=e.charCodeAt(i);if(r===10||r===13||r===8232||r===8233)return}return e.slice(t,o)}}function Bi(e,t){let n=0;for(;n<3&&e.charCodeAt(n)===32;)n++;let o=t.charCodeAt(0),i=n;for(;e.charCodeAt(i)===o;)i++;if(i-n<t.length)return!1;for(;e.charCodeAt(i)===32||e.charCodeAt(i)===9;)i++;return i===e.length}function qi(e,t){if(t==="html")return _u(e)?e:e.replace(/^(?:[ \t]*\n)+/,"").trimEnd()+`
`;let n=oe(e).split(`
`),o=[],i,r=0;for(let s of n){if(i){Bi(s,i)&&(i=void 0),o.push(s);continue}if(i=Wi(s),s.trim()===""){if(++r>1||o.length===0)continue}else r=0;o.push(s)}return o.join(`
`).trimEnd()+`
`}function _u(e){let t=e.charCodeAt(0);return t!==32&&t!==9&&t!==10&&e.endsWith(`
`)&&e.length>=2&&!/\s/.test(e.charAt(e.length-2))}function Vi(e,t){let n=t.map((r,s)=>Math.max(...e.map(a=>a[s].length))),o=t.map((r,s)=>{let a=r==="l"||r==="c"?":":"",l=r==="r"||r==="c"?":":"",u=Math.max(1,n[s]-a.length-l.length);return n[s]=Math.max(n[s],a.length+u+l.length),`${a}${"-".repeat(u)}${l}`}),i=r=>{let s="|";for(let a=0;a<t.length;a++){let l=r[a],u=n[a]-l.length;t[a]==="r"?s+=` ${" ".repeat(u)}${l} |`:t[a]==="c"?s+=` ${" ".repeat(Math.ceil(u/2))}${l}${" ".repeat(Math.floor(u/2))} |`:s+=` ${l}${" ".repeat(u)} |`}return s};return[i(e[0]),i(o),...e.slice(1).map(i)].join(`
`)}function $t(e){return e<128?e===32||e>=9&&e<=13:e===160||e===5760||e>=8192&&e<=8202||e===8232||e===8233||e===8239||e===8287||e===12288||e===65279}function De(e){return e>=48&&e<=57||e>=65&&e<=90||e>=97&&e<=122}function Zi(e){if(e.length===0||!De(e.charCodeAt(0)))return!1;for(let t=1;t<e.length;t++){let n=e.charCodeAt(t);if(!(De(n)||n===46||n===95||n===45))return!1}return!0}function Ki(e){let t=0;for(;t<7&&e.charCodeAt(t)===35;)t++;if(t===0||t>6||e.charCodeAt(t)!==32)return;let n=e.slice(t+1);if(!(n.includes(`
`)||n.includes("\r")||n.includes("\u2028")||n.includes("\u2029")))return{hashes:e.slice(0,t),text:n}}function Gi(e){if(e.charCodeAt(0)!==124||e.length<2)return!1;let t=1;for(;t<e.length;){for(;e.charCodeAt(t)===32;)t++;e.charCodeAt(t)===58&&t++;let n=t;for(;e.charCodeAt(t)===45;)t++;if(t===n)return!1;for(e.charCodeAt(t)===58&&t++;e.charCodeAt(t)===32;)t++;if(e.charCodeAt(t)!==124)return!1;t++}return!0}function Yi(e){let t=e.length,n=e.charCodeAt(0);if(t===0||!(De(n)||n===40))return!1;if(t===1)return!0;let o=e.charCodeAt(t-1);if(!(De(o)||o===58||o===41))return!1;for(let i=1;i<t-1;i++)if("*_`\\~[]<>&|".includes(e[i]))return!1;return!0}var Ji=e=>e.includes("*")||e.includes("`")||e.includes("~")||e.includes("|")||e.includes("[")||e.includes("]");function Xi(e,t){if(e.charCodeAt(t)!==38)return!1;let n=t+1;e.charCodeAt(n)===35&&n++;let o=n;for(;De(e.charCodeAt(n));)n++;return n>o&&e.charCodeAt(n)===59}var Qi=(e,t)=>(e.builtIn??e.file.startsWith("built-in:"))&&t.length<=524288;function Ne(e){return e.includes("~")&&e.split("~").length===2&&e.includes("\\~")?e.replace("\\~","~"):e}var eo=e=>e.includes("~")?e.split(`
`).map(t=>t.split(/(?<!\\)\|/).map(n=>{let o=Ne(n);return o===n?n:`${o} `}).join("|")).join(`
`):e,to=/\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,:;!?'")\]*_~]|\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g,Pn=/\bhttps?:\/\/|\bwww\.|@[A-Za-z0-9-]+\./;function Au(e,t){let n=e.charCodeAt(t);if(n!==n)return!1;if("-+*>#=|<~`_[".includes(e[t]))return!0;let o=t;for(;o-t<10&&e.charCodeAt(o)>=48&&e.charCodeAt(o)<=57;)o++;let i=e.charCodeAt(o);return o>t&&o-t<=9&&(i===46||i===41)}function Mt(e,t,n){return e.split(`
`).map((o,i)=>Ou(o,i===0?t:n,n)).join(`
`)}function Ou(e,t,n){if(e.length<=t)return e;let o=Su(e),i=[],r=0,s=t,a=-1;for(let l of o)l-r>s&&a>r&&(i.push(e.slice(r,a)),r=a+1,s=n),a=l;return e.length-r>s&&a>r&&(i.push(e.slice(r,a)),r=a+1),i.push(e.slice(r)),i.join(`
`)}var Rt=/[\\`<( ]/g;function Su(e){let t=[],n=0;Rt.lastIndex=0;for(let o=Rt.exec(e);o!==null;o=Rt.exec(e)){let i=o.index,r=e[i];if(r==="\\"&&!n)i++;else if(r==="`"){let s=1;for(;e[i+s]==="`";)s++;n?s===n&&(n=0):n=s,i+=s-1}else if(!n)if(r==="<"&&e.indexOf(">",i)!==-1&&Pu(e.charCodeAt(i+1)))i=e.indexOf(">",i);else if(r==="("&&e[i-1]==="]"){let s=0,a=i;for(;a<e.length;a++)if(e[a]==="\\")a++;else if(e[a]==="(")s++;else if(e[a]===")"&&--s===0)break;i=a}else r===" "&&i>0&&e[i-1]!==" "&&e[i-1]!=="\\"&&e[i+1]!==void 0&&e[i+1]!==" "&&!Au(e,i+1)&&t.push(i);Rt.lastIndex=i+1}return t}var Pu=e=>e>=65&&e<=90||e>=97&&e<=122||e===47||e===33||e===63;var Eu=/[\u0000-\u0008\u000B-\u001F\u007F]/,Cu=/^```([A-Za-z0-9_+.-]*)$/,io=e=>{let t=e.trimStart();return t.startsWith("```")||t.startsWith("~~~")},Tu=/^(?:[A-Za-z0-9("'\u0080-\uFFFF]|\*\*[^*\s]|`[^`]|~[^~])/,Iu=/^#[^\s#]/;function $u(e){let t=0;for(;oo(e.charCodeAt(t));)t++;let n=e.charCodeAt(t);return t>0&&(n===46||n===41)}var no=/[*`\\~_[\]<>|\t!]/g,oo=e=>e>=48&&e<=57,Lt=e=>{let t=e.charCodeAt(0);return oo(t)||t>=65&&t<=90||t>=97&&t<=122},so=e=>e.trim()!==e,En=e=>e.trimEnd()!==e,Ru=/^\[[^[\]\\^\s][^[\]\\]*\](?![([:])/;function ao(e){if(Eu.test(e))return;let t=e.split(`
`),n=[],o="",i=!0,r=0;for(;r<t.length;){let s=t[r];if(s===""){i=!0,r++;continue}let a,l="";if(s.startsWith("#"))a=Mu(s),r++;else if(s.startsWith("```")){let u=Fu(t,r);if(!u)return;a=u.block,r=u.next}else if(s.startsWith("|")){if(!i)return;let u=Hu(t,r);if(!u)return;a=u.block,r=u.next}else if(s.startsWith("- ")){if(o==="list")return;let u=Du(t,r);if(!u)return;a=u.block,r=u.next,l="list"}else if(s.startsWith("> ")){if(o==="quote")return;let u=Nu(t,r);if(!u)return;a=u.block,r=u.next,l="quote"}else{let u=Lu(t,r);if(!u)return;a=u.block,r=u.next}if(a===void 0)return;n.push(a),o=l,i=!1}return n.length?`${n.join(`

`)}
`:""}function Mu(e){let t=Ki(e);if(!t||t.text===""||t.text.endsWith("#")||so(t.text))return;let n=Ze([t.text],!1);return n===void 0?void 0:Ne(`${t.hashes} ${n}`)}var Cn=e=>Tu.test(e)&&!$u(e)&&!io(e);function Lu(e,t){let n=[],o=t;for(;o<e.length&&e[o]!=="";o++){let r=e[o];if(n.length&&(r.startsWith("#")||r.startsWith("- ")))break;if(!Cn(r)||En(r))return;n.push(r)}let i=Ze(n,!1);if(i!==void 0)return{block:Mt(Ne(i),80,80),next:o}}function Du(e,t){let n=[],o=t;for(;o<e.length&&e[o].startsWith("- ");){let i=[e[o].slice(2)];for(o++;o<e.length&&e[o].startsWith("  ");o++)i.push(e[o].slice(2));if(i.some((s,a)=>!(Cn(s)||a===0&&Iu.test(s))||En(s)))return;let r=Ze(i,!1);if(r===void 0)return;n.push(Mt(Ne(r),78,78).split(`
`).map((s,a)=>a?`  ${s}`:`- ${s}`).join(`
`))}if(!(o<e.length&&e[o]!==""&&!e[o].startsWith("#")))return{block:n.join(`
`),next:o}}function Nu(e,t){let n=[],o=t;for(;o<e.length&&e[o].startsWith("> ");o++)n.push(e[o].slice(2));if(o<e.length&&e[o]!==""&&!e[o].startsWith("#")||n.some(r=>!Cn(r)||En(r)))return;let i=Ze(n,!1);if(i!==void 0)return{block:Mt(Ne(i),78,78).split(`
`).map(r=>`> ${r}`).join(`
`),next:o}}function Fu(e,t){let n=Cu.exec(e[t]);if(!n)return;let o=t+1;for(;o<e.length&&e[o]!=="```";){if(io(e[o]))return;o++}if(o>=e.length)return;let i=e.slice(t+1,o).join(`
`);if(i.trim()==="")return;let r=i.match(/`+/g)??[],s="`".repeat(Math.max(3,...r.map(a=>a.length+1)));return{block:`${s}${n[1]||"text"}
${i}
${s}`,next:o+1}}function ro(e){if(!e.startsWith("|")||!e.endsWith("|")||e.endsWith("\\|")||e.length<2)return;let t=e.slice(1,-1);if(t.includes("\\\\"))return;let n=t.split(/(?<!\\)\|/);return n.some(o=>o.includes("	"))?void 0:n.map(ju)}function ju(e){let t=0,n=e.length;for(;t<n&&e.charCodeAt(t)===32;)t++;for(;n>t&&e.charCodeAt(n-1)===32;)n--;return e.slice(t,n)}function Hu(e,t){let n=ro(e[t]),o=e[t+1];if(!n||o===void 0||!Gi(o))return;let i=o.slice(1,-1).split("|").map(u=>{let d=u.trim();return d.startsWith(":")?d.endsWith(":")?"c":"l":d.endsWith(":")?"r":""});if(i.length!==n.length)return;let r=[n],s=t+2;for(;s<e.length&&e[s]!=="";s++){let u=ro(e[s]);if(!u||u.length!==n.length)return;r.push(u)}let a=[];for(let u of r){let d=u.map(c=>c===""?"":Ze([c],!0));if(d.some(c=>c===void 0))return;a.push(d)}let l=Vi(a,i);return{block:eo(l),next:s}}function Ze(e,t){let n=[],o=r=>{let s=n[n.length-1];s?.type==="text"?s.value+=r:n.push({type:"text",value:r})};for(let r=0;r<e.length;r++){let s=e[r];if(s.includes("~*")||s.includes("*~")||s.includes("*\\~"))return;r>0&&o(" ");let a=0;for(;a<s.length;){no.lastIndex=a;let l=no.exec(s)?.index??s.length;if(l>a){o(s.slice(a,l)),a=l;continue}let u=s[a];if(u==="*"){if(s[a+1]!=="*")return;let d=s.indexOf("**",a+2);if(d<0)return;let c=s.slice(a+2,d),f=a===0?" ":s[a-1],h=s[d+2]??" ";if(!Yi(c)||Pn.test(c)||f!==" "&&f!=="("||h!==" "&&!(Lt(c.slice(-1))&&(h===":"||h===","||h==="."||h===")")))return;n.push({type:"strong",value:c}),a=d+2;continue}if(u==="`"){if(t)return;let d=s.indexOf("`",a+1),c=s.slice(a+1,d);if(d<0||c===""||so(c)||s[d+1]==="`")return;n.push({type:"code",value:c}),a=d+1;continue}if(u==="\\"){let d=s[a+1];if(d==="~"||t&&d==="|"){o(d),a+=2;continue}return}if(u==="~"){let d=a===0?t?"|":" ":s[a-1],c=s[a+1]??" ";if(c==="~"||!(d===" "||(d==="("||d==="+")&&Lt(c)))return}else if(u==="_"){if(a===0||!Lt(s[a-1])||!Lt(s[a+1]??""))return}else if(u==="["){let d=Ru.exec(s.slice(a));if(!d)return;o(d[0]),a+=d[0].length;continue}else return;o(u),a++}}let i="";for(let r of n)if(r.type==="strong")i+=`**${r.value}**`;else if(r.type==="code")i+=`\`${r.value}\``;else{let s=Uu(r.value,t);if(s===void 0)return;i+=s}return i}function Uu(e,t){let n=s=>{if(s.includes("&"))return;let a=s.replaceAll("~","\\~");return t?a.replaceAll("|","\\|").replaceAll("[","\\["):a};if(!(e.includes("http")||e.includes("www.")||e.includes("@"))||!Pn.test(e))return n(e);let o="",i=0;for(let s of e.matchAll(to)){let a=s[0];if(!(a.startsWith("http://")||a.startsWith("https://"))||Ji(a))return;for(let u=a.indexOf("&");u!==-1;u=a.indexOf("&",u+1))if(Xi(a,u))return;let l=n(e.slice(i,s.index));if(l===void 0)return;o+=`${l}<${a}>`,i=s.index+a.length}let r=n(e.slice(i));return r===void 0?void 0:o+r}async function uo(e,t){return Qi(e,t)?ao(t)??(await Promise.resolve().then(()=>he(Tn(),1))).markdownRoundTrip(t):t}async function co(e){return(await Promise.resolve().then(()=>he(Tn(),1))).markdownChat(e)}var fo=/^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;function zu(e){let t=e.charCodeAt(0)===65279?1:0;if(!e.startsWith("---",t))return-1;for(t+=3;e.charCodeAt(t)===32||e.charCodeAt(t)===9;)t++;return e.charCodeAt(t)===13&&t++,e.charCodeAt(t)===10?t+1:-1}function po(e,t){let n=zu(e);if(n<0)throw new S("Unexpected start of file, expected a frontmatter block opened by a `---` line",t,1,1);let o=Wu(e,n);if(!o)throw new S("Unexpected end of file, expected a `---` line closing the frontmatter opened here",t,1,1);return{fmStart:n,fmEnd:o.index,bodyStart:o.index+o.length,eol:e.charCodeAt(n-2)===13?`\r
`:`
`}}function Wu(e,t){if(e.indexOf("\r",t)!==-1||e.indexOf("\u2028",t)!==-1||e.indexOf("\u2029",t)!==-1){fo.lastIndex=t;let n=fo.exec(e);return n?{index:n.index,length:n[0].length}:void 0}for(let n=t;;){if(e.startsWith("---",n)||e.startsWith("...",n)){let r=n+3;for(;e.charCodeAt(r)===32||e.charCodeAt(r)===9;)r++;if(r===e.length)return{index:n,length:r-n};if(e.charCodeAt(r)===10)return{index:n,length:r+1-n}}let o=e.indexOf(`
---`,n),i=e.indexOf(`
...`,n);if(o===-1&&i===-1)return;n=(o===-1?i:i===-1?o:Math.min(o,i))+1}}var Bu={'"':'"',"\\":"\\","/":"/",t:"	",n:`
`};function ve(e){let t=e[0];if(t==='"'){if(!/^"(?:[^"\\]|\\["\\/tn])*"$/.test(e))return;let n=e.slice(1,-1);return n.includes("\\")?n.replace(/\\(.)/g,(o,i)=>Bu[i]):n}if(t==="'")return/^'(?:[^']|'')*'$/.test(e)?e.slice(1,-1).replace(/''/g,"'"):void 0;if(t==="["){let n=/^\[([^[\]{}"'#]*)\]$/.exec(e)?.[1];if(n===void 0)return;let o=n.split(",").map(In);o.length&&o[o.length-1]===""&&o.pop();let i=o.map(r=>r===""?void 0:mo(r));return i.every(r=>r!==void 0&&!Array.isArray(r))?i:void 0}return mo(e)}var cp=new Set([..."&*!%@`,?:"].map(e=>e.charCodeAt(0))),qu=new Set([..."&*!|>{}%@`,?:-[]#'\""].map(e=>e.charCodeAt(0))),ho=new Uint8Array(128);for(let e of qu)ho[e]=1;var Dt=e=>e>=48&&e<=57,Vu=/: |\t| #|:$/;function mo(e){return Vu.test(e)?void 0:Nt(e)}function Nt(e){let t=e.charCodeAt(0);if(!(Dt(t)||t===43||t===46||t===45&&Dt(e.charCodeAt(1)))){if(t<128&&ho[t]===1)return;let n=e.length;return n!==4&&n!==5&&n!==1?e:e==="null"||e==="Null"||e==="NULL"||e==="~"?null:e==="true"||e==="True"||e==="TRUE"?!0:e==="false"||e==="False"||e==="FALSE"?!1:e}if(Dt(t)){let n=1;for(;Dt(e.charCodeAt(n));)n++;let o=e.charCodeAt(n);if(n<e.length&&o!==46&&o!==101&&o!==69&&o!==120&&o!==111)return e;if(n===e.length)return Number.isSafeInteger(Number(e))?Number(e):void 0}if(Zu.test(e))return Number.isSafeInteger(Number(e))?Number(e):void 0;if(!Ku.test(e))return Gu.test(e)?Number(e):e}var Zu=/^[-+]?\d+$/,Ku=/^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?(?:\.inf|\.Inf|\.INF)$|^\.(?:nan|NaN|NAN)$/,Gu=/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;function In(e){let t=0,n=e.length;for(;t<n&&(e.charCodeAt(t)===32||e.charCodeAt(t)===9);)t++;for(;n>t&&(e.charCodeAt(n-1)===32||e.charCodeAt(n-1)===9);)n--;return t===0&&n===e.length?e:e.slice(t,n)}function Ke(e){let t=In(e);if(t.startsWith("#"))return"";if(t.startsWith('"')||t.startsWith("'")){let i=t[0]==="'"?t.search(/'(?!')(?:[ \t]+#.*)?$/):t.lastIndexOf('"');if(i<=0)return t;let r=t.slice(i+1);return r===""||/^[ \t]+#/.test(r)?t.slice(0,i+1):t}let n=t.indexOf("#")===-1?-1:t.search(/[ \t]#/);return n===-1?t:In(t.slice(0,n))}function go(e,t){let n=new $n(e,t),o=n.node(0);return o===void 0||n.p!==e.length?void 0:{value:o,maps:n.maps}}var I=void 0,$n=class{constructor(t,n){this.s=t;this.place=n}s;place;p=0;maps=!1;spaces(){for(;this.s.charCodeAt(this.p)===32;)this.p++}node(t){let n=this.s.charCodeAt(this.p);return n===91?t<16?this.seq(t):I:n===123?t<16?this.map(t):I:n===34||n===39?this.quoted(n):this.plain()}next(t){this.spaces();let n=this.s.charCodeAt(this.p);return n===t?(this.p++,!0):n!==44?I:(this.p++,this.spaces(),this.s.charCodeAt(this.p)!==t?!1:(this.p++,!0))}seq(t){let n=[];if(this.p++,this.spaces(),this.s.charCodeAt(this.p)===93)return this.p++,n;for(;;){let o=this.p,i=this.node(t+1);if(i===I)return I;this.place?.(n,n.length,o),n.push(i);let r=this.next(93);if(r===I)return I;if(r)return n}}map(t){let n={};if(this.p++,this.spaces(),this.s.charCodeAt(this.p)===125)return this.p++,n;for(this.maps=!0;;){let o=this.p,i=this.key();if(i===I||i==="__proto__"||Object.hasOwn(n,i))return I;this.spaces();let r=this.p,s=this.node(t+1);if(s===I)return I;this.place?.(n,i,r,o),n[i]=s;let a=this.next(125);if(a===I)return I;if(a)return n}}key(){let t=this.s,n=this.p,o=n;for(;o<t.length;o++){let r=t.charCodeAt(o);if(r===58)break;if(r===44||r===91||r===93||r===123||r===125||r===35||r<32||r===127)return I}if(t.charCodeAt(o+1)!==32)return I;let i=t.slice(n,o);return Rn(i)?(this.p=o+1,i):I}quoted(t){let n=t===34?Yu:Ju;n.lastIndex=this.p;let o=n.exec(this.s);return o?(this.p+=o[0].length,ve(o[0])):I}plain(){let t=this.s,n=this.p,o=n;for(;o<t.length;o++){let s=t.charCodeAt(o);if(s===44||s===93||s===125)break;if(s===91||s===123||s===35||s===9)return I}let i=o;for(;i>n&&t.charCodeAt(i-1)===32;)i--;if(i===n)return I;this.p=o;let r=ve(t.slice(n,i));return Array.isArray(r)?I:r}},Yu=/"(?:[^"\\]|\\["\\/tn])*"/y,Ju=/'(?:[^']|'')*'/y,Xu=new Set(["true","True","TRUE","false","False","FALSE","null","Null","NULL"]),Qu=new Set([..."-?:,[]{}#&*!|>'\"%@` 	"].map(e=>e.charCodeAt(0)));function Rn(e){let t=e.length;if(t===0||t>1e3)return!1;let n=e.charCodeAt(0);if(Qu.has(n))return!1;let o=e.charCodeAt(t-1);if(o===32||o===58)return!1;let i=!0;for(let r=0;r<t;r++){let s=e.charCodeAt(r);if(s<32||s===127||s===35&&e.charCodeAt(r-1)===32||s===58&&e.charCodeAt(r+1)===32)return!1;s>127&&!ec(s)&&(i=!1)}return!i&&nc().test(e)||e.startsWith("...")||e.startsWith("---")?!1:n>=48&&n<=57||n===43||n===46||n===126?ve(e)===e:!(t<=5&&Xu.has(e))}var ec=e=>e>=161&&e<=591&&e!==173,tc,nc=()=>tc??=/[^\x20-\x7e\p{L}\p{M}\p{N}\p{P}\p{S}]/u;var Dn=class{log;size=0;index;searches=0;constructor(t){this.log=new Array(Math.min(6*t+8,rc))}add(t,n,o,i){let r=this.log,s=this.size;r[s++]=t,r[s++]=n,r[s++]=i,r[s++]=o,this.size=s}get(t,n){let o=this.log;if(!this.index&&this.searches++<ic){for(let i=this.size-4;i>=0;i-=4)if(o[i]===t&&o[i+1]===n)return yo(o[i+2],o[i+3]);return}if(!this.index){this.index=new Map;for(let i=0;i<this.size;i+=4){let r=this.index.get(o[i]);r||this.index.set(o[i],r=new Map),r.set(o[i+1],yo(o[i+2],o[i+3]))}}return this.index.get(t)?.get(n)}},rc=16384,ic=16,yo=(e,t)=>e===void 0?{value:t}:{key:e,value:t},Wn=-1,Nn=-2,Fn=class{constructor(t){this.text=t;let n=this.starts=[];for(let o=0;o<t.length;){let i=t.indexOf(`
`,o);if(n.push(o),i===-1)break;o=i+1}this.oddBreaks=t.includes("\u2028")||t.includes("\u2029")}text;starts;indentLine=-1;lastIndent=0;lastEnd=0;oddBreaks;colon=-1;colonAsked=0;hash=-1;hashAsked=0;tab=-1;tabAsked=0;backslash=-1;backslashAsked=0;colonFrom(t){return(t<this.colonAsked||t>this.colon)&&(this.colon=Ft(this.text.indexOf(":",this.colonAsked=t),this.text)),this.colon}hashFrom(t){return(t<this.hashAsked||t>this.hash)&&(this.hash=Ft(this.text.indexOf("#",this.hashAsked=t),this.text)),this.hash}tabFrom(t){return(t<this.tabAsked||t>this.tab)&&(this.tab=Ft(this.text.indexOf("	",this.tabAsked=t),this.text)),this.tab}backslashFrom(t){return(t<this.backslashAsked||t>this.backslash)&&(this.backslash=Ft(this.text.indexOf("\\",this.backslashAsked=t),this.text)),this.backslash}get length(){return this.starts.length}next(t){return t+1<this.starts.length?this.starts[t+1]:this.text.length}end(t){if(t===this.indentLine)return this.lastEnd;let n=this.text,o=this.starts[t],i=t+1<this.starts.length?this.starts[t+1]-1:n.charCodeAt(n.length-1)===10?n.length-1:n.length;return i>o&&n.charCodeAt(i-1)===13?i-1:i}indent(t){if(t!==this.indentLine){let n=this.end(t);this.lastIndent=oc(this.text,this.starts[t],n),this.lastEnd=n,this.indentLine=t}return this.lastIndent}at(t){return this.text.slice(this.starts[t],this.end(t))}isDash(t){return jn(this.text,this.starts[t]+this.indent(t),this.end(t))}keyAt(t,n){let o=this.text,i=this.colonFrom(t);if(i>=n)return;let r=o.charCodeAt(t),s=i-t;if(s>0&&s<32&&r<128&&(i+1===n||o.charCodeAt(i+1)===32)){let l=Un[r<<5|s];if(l!==void 0&&Ao(o,t,l))return this.oddBreaks&&Mn.test(o.slice(t,n))?void 0:l}let a=this.keyLength(t,n);return a===-1?void 0:dc(o,t,a)}keyLength(t,n){let o=this.text,i=t,r=i<n?o.charCodeAt(i):0;if(r>=97&&r<=122||r>=65&&r<=90||r===95)for(i++;i<n&&(r=o.charCodeAt(i),r>=97&&r<=122||r>=65&&r<=90||r===95||r>=48&&r<=57||r===45);i++);if(i===t||o.charCodeAt(i)!==58||i+1<n&&o.charCodeAt(i+1)!==32){let s=o.slice(t,n);return i=s.indexOf(": "),i===-1&&(i=s.charCodeAt(s.length-1)===58?s.length-1:-1),i<=0||!Rn(s.slice(0,i))||this.oddBreaks&&Mn.test(s)?-1:i}return this.oddBreaks&&Mn.test(o.slice(t,n))?-1:i-t}},Mn=/[\r\u2028\u2029]/,Ft=(e,t)=>e===-1?t.length:e,jn=(e,t,n)=>e.charCodeAt(t)===45&&(t+1===n||e.charCodeAt(t+1)===32);function oc(e,t,n){let o=t;for(;o<n&&e.charCodeAt(o)===32;)o++;let i=e.charCodeAt(o);return o<n&&i===9||o<n&&(i===11||i===12||i===13||i>=128&&$t(i))?Nn:o===n||i===35?Wn:o-t}var Hn=Symbol("nothing"),ae=Symbol("elsewhere");function bo(e,t,n){if(t===n)return Hn;let o=e.text,i=o.charCodeAt(t);if(i===35)return Hn;if(i===39)return e.oddBreaks?ae:ac(o,t,n);if(i===34)return lc(e,t,n);if(i===91||i===123||i===124||i===62)return ae;let r=n;for(let a=e.hashFrom(t+1);a<n;a=e.hashFrom(a+1)){let l=o.charCodeAt(a-1);if(l===32||l===9){r=a-1;break}}if(e.tabFrom(t)<r)return sc(o,t,n);for(let a=e.colonFrom(t);a<r;a=e.colonFrom(a+1)){let l=a+1<n?o.charCodeAt(a+1):32;if(l===32||l===9)return}let s=r-1;for(;o.charCodeAt(s)===32;)s--;return Nt(o.slice(t,s+1))}function sc(e,t,n){let o=t,i=-1;for(let r=t;r<n;r++){let s=e.charCodeAt(r);if(s===32||s===9){if(r+1<n&&e.charCodeAt(r+1)===35)break;s===9&&i===-1&&(i=r)}else if(o=r,s===58){let a=r+1<n?e.charCodeAt(r+1):32;if(a===32||a===9)return}}if(!(i!==-1&&i<o))return Nt(e.slice(t,o+1))}function _o(e,t,n){let o=t+1;for(;o<n&&(e.charCodeAt(o)===32||e.charCodeAt(o)===9);)o++;return o===n||o>t+1&&e.charCodeAt(o)===35}function ac(e,t,n){let o=e.indexOf("'",t+1);if(o===-1||o>=n)return ae;let i=e.charCodeAt(t+1);return o+1<n&&e.charCodeAt(o+1)===39||i===32||i===9?ae:_o(e,o,n)?e.slice(t+1,o):ae}function lc(e,t,n){let o=e.text,i=o.indexOf('"',t+1);if(i===-1||i>=n||!_o(o,i,n)||e.backslashFrom(t+1)<i)return ae;for(let r=i+1;r<n;r++)if(o.charCodeAt(r)===34)return ae;return o.slice(t+1,i)}function Ht(e,t={}){if(e.includes("\r")&&/\r(?!\n)/.test(e))return;let n=new Fn(e),{starts:o}=n,i={indent:0,kind:"map",value:{}},r=t.places?new Dn(n.length):void 0,s=[i],a=new Map,l=!1,u=(w,k)=>{let $=go(w,r&&((b,H,ze,L)=>r.add(b,H,k+ze,L===void 0?void 0:k+L)));return $?.maps&&(l=!0),$?.value},d,c="",f=0,h=0;for(let w=0;w<o.length;w++){let k=n.indent(w);if(k===Wn)continue;if(k===Nn)return;let $=o[w],b=n.end(w),H=$+k,ze=jn(e,H,b),L,or=!1;if(d){let P=d,R=P.value;if(d=void 0,ze&&k>=P.indent){let X=P===i?{indent:k,items:[],end:$}:void 0;X&&a.set(c,X);let Z=[];R[c]=Z,s.push({indent:k,kind:"seq",value:Z,layout:X}),r?.add(R,c,H,f)}else if(k>P.indent&&(or=!0,(L=n.keyAt(H,b))!==void 0)){let X={};R[c]=X,s.push({indent:k,kind:"map",value:X}),r?.add(R,c,H,f)}else{if(k>P.indent)return;R[c]=null,r?.add(R,c,h,f)}}for(;s.length>1;){let P=s[s.length-1];if(k<P.indent||P.kind==="seq"&&k===P.indent&&!ze)s.pop();else break}let U=s[s.length-1],D=H;if(U.kind==="seq"){if(k!==U.indent||!ze)return;if(U.layout&&!r&&k===2&&!n.oddBreaks){let Z=uc(n,w,U.value,U.layout);if(Z!==-1){w=Z;continue}}for(U.layout?.items.push($),D=H+1;e.charCodeAt(D)===32;)D++;let P=e.charCodeAt(D);if(D===b||jn(e,D,b)||P===35||pc(e,D))return;let R=U.value;if(r?.add(R,R.length,D),L=n.keyAt(D,b),L===void 0){if(wo(P))return;let Z=bo(n,D,b);if(Z===ae){let Se=Ke(e.slice(D,b));Z=xo(Se.charCodeAt(0))?u(Se,D):ve(Se)}if(Z===void 0)return;if(zn(n,w,k)){let Se=e.slice(D,b),qt=ko(n,w,k,Se,Ke(Se));if(!qt)return;Z=qt.value,w=qt.last}R.push(Z),jt(s,n.next(w));continue}let X={indent:k+D-H,kind:"map",value:{}};R.push(X.value),s.push(X),U=X}else{if(k!==U.indent)return;if(or||(L=n.keyAt(H,b)),L===void 0)return}if(L.length<=5&&fc(L)&&cc.has(L))return;let Bt=U.value;if(L==="__proto__"||Object.hasOwn(Bt,L))return;let J=D+L.length+1;for(;J<b&&(e.charCodeAt(J)===32||e.charCodeAt(J)===9);)J++;jt(s,n.next(w));let me=bo(n,J,b);if(me===Hn){d=U,c=L,f=D,h=J;continue}r?.add(Bt,L,J,D);let sr=!0;if(me===ae){let P=Ke(e.slice(J,b));if(wo(P.charCodeAt(0))){let R=gc(n,w,U.indent,P);if(!R)return;me=R.value,w=R.last,jt(s,n.next(w)),sr=!1}else me=xo(P.charCodeAt(0))?u(P,J):ve(P)}if(me===void 0)return;if(sr&&zn(n,w,U.indent)){let P=e.slice(J,b),R=ko(n,w,U.indent,P,Ke(P));if(!R)return;me=R.value,w=R.last,jt(s,n.next(w))}Bt[L]=me}if(d&&(d.value[c]=null,r?.add(d.value,c,h,f)),Object.keys(i.value).length===0)return;let y={data:i.value,seqs:a,places:r,lineStarts:o};return l&&(y.flowMaps=!0),y}var Ln=new RegExp((String.raw`  - at: (\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d))\n`+String.raw`    kind: ((?!(?:null|true|false)\n)[a-z]+)\n`+String.raw`(?:    by: (PLAIN)\n)?`+String.raw`    text: (?:(PLAIN)|"([^"\\\x00-\x1f\x7f]*)"|'([^'\x00-\x1f\x7f]*)')\n(?=  - )`).replace(/PLAIN/g,String.raw`(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)\n)[A-Za-z](?:[^\x00-\x1f\x7f#:]|:(?=[^\x00-\x20\x7f]))*(?<!\s)`),"y");function uc(e,t,n,o){let i=e.text,r=-1;for(let s;Ln.lastIndex=e.starts[t],(s=Ln.exec(i))!==null;){let a=s[3],l=s[4]??s[5]??s[6];n.push(a===void 0?{at:s[1],kind:s[2],text:l}:{at:s[1],kind:s[2],by:a,text:l}),o.items.push(e.starts[t]),o.end=Ln.lastIndex,r=t+(a===void 0?2:3),t=r+1}return r}var cc=new Set(["true","True","TRUE","false","False","FALSE","null","Null","NULL"]),Un=new Array(4096);function dc(e,t,n){let o=e.charCodeAt(t);if(n>=32||o>=128)return e.slice(t,t+n);let i=o<<5|n,r=Un[i];return r!==void 0&&Ao(e,t,r)?r:Un[i]=e.slice(t,t+n)}function Ao(e,t,n){for(let o=1;o<n.length;o++)if(e.charCodeAt(t+o)!==n.charCodeAt(o))return!1;return!0}var fc=e=>{let t=e.charCodeAt(0),n=e.charCodeAt(1);return(t===116||t===84||t===102||t===70||t===110||t===78)&&(n===114||n===82||n===97||n===65||n===117||n===85)},pc=(e,t)=>$t(e.charCodeAt(t)),wo=e=>e===124||e===62,xo=e=>e===91||e===123;function jt(e,t){let n=e.length>1?e[1].layout:void 0;n&&(n.end=t)}function zn(e,t,n){for(let o=t+1;o<e.length;o++){let i=e.indent(o);if(i!==Wn)return i>n&&!e.isDash(o)}return!1}function ko(e,t,n,o,i){let r=i.charCodeAt(0),s=r===34||r===39||r===91||r===123;if(e.oddBreaks||s||vo(o)!==i)return;let a=e.text,l=i,u=t,d=0;for(let c=t+1;c<e.length;c++){let f=e.starts[c],h=e.end(c),y=f;for(;y<h&&a.charCodeAt(y)===32;)y++;if(y===h){d++;continue}if(a.charCodeAt(y)===35||y-f<=n)break;let w=vo(a.slice(y,h));if(!mc.test(w))return;l+=(d===0?" ":`
`.repeat(d))+w,d=0,u=c}if(!(u===t||zn(e,u,n)))return{value:l,last:u}}var mc=/^(?!\.\.\.)[^-?:,[\]{}#&*!|>'"%@`\s](?:(?!: | #|\t).)*(?<!:)$/;function vo(e){let t=e.length;for(;t>0&&e.charCodeAt(t-1)===32;)t--;return t===e.length?e:e.slice(0,t)}function hc(e){let t=e[0];if(t!=="|"&&t!==">"||e.length>2)return;let n=e.length===2?e[1]:"";return n===""||n==="-"||n==="+"?{style:t,chomp:n}:void 0}function gc(e,t,n,o){let i=hc(o);if(!i)return;let{style:r,chomp:s}=i,a=[],l=-1,u=t;for(let f=t+1;f<e.length;f++){let h=e.at(f),y=0;for(;h.charCodeAt(y)===32;)y++;if(y===h.length){if(l===-1||h.length>l)return;a.push(""),u=f;continue}if(h.includes("	")||$t(h.charCodeAt(y)))return;if(y<=n)break;if(l===-1&&(l=y),y<l||y>l&&r===">")return;a.push(h.slice(l)),u=f}if(l===-1)return;let d=0;for(;a.length&&a[a.length-1]==="";)a.pop(),d++,u--;let c="";if(r==="|")c=a.join(`
`);else{let f=!1;for(let h of a)h===""?c+=`
`:c+=(f?" ":"")+h,f=h!==""}if(s==="-")return{value:c,last:u};if(s==="+"){let f=u+d,h=d>0&&f===e.length-1&&!e.text.endsWith(`
`)?d-1:d;return{value:c+`
`+`
`.repeat(h),last:f}}return{value:c+`
`,last:u}}var Ge=["started","detected","acknowledged","declared","mitigated","recovered","resolved"],vc=["note","action","decision","finding","question","comms","todo","evidence","role","status","severity","reopened"],Kp=[...Ge,...vc];var Oo=["investigating","identified","monitoring"];var So=["SEV-1","SEV-2","SEV-3","SEV-4","SEV-5"],Po=["incident_commander","deputy","scribe","communications_liaison","investigation_coordinator"];var _c=[{key:"time_to_detect",label:"Time to detect",from:"started",to:["detected"]},{key:"time_to_acknowledge",label:"Time to acknowledge",from:"detected",to:["acknowledged"]},{key:"time_to_declare",label:"Time to declare",from:"detected",to:["declared"]},{key:"time_to_mitigate",label:"Time to mitigate",from:"started",to:["mitigated"]},{key:"impact_duration",label:"Impact duration",from:"started",to:["recovered","resolved"]},{key:"time_to_resolve",label:"Time to resolve",from:"started",to:["resolved"]}],Ac=new Set(Ge),Oc=new Set(["mitigated","recovered","resolved"]);function Bn(e=[],t=F){let n=-1/0;for(let i of e){let r=i.kind==="reopened"?t(i.at):void 0;r!==void 0&&r>n&&(n=r)}let o={};for(let i of e){if(!Ac.has(i.kind))continue;let r=t(i.at),s=i.kind;r!==void 0&&(Oc.has(s)?r>=n&&(o[s]===void 0||r>=o[s])&&(o[s]=r):(o[s]===void 0||r<o[s])&&(o[s]=r))}return o}function qn(e=[],t=F){let n=Bn(e,t),o=[];for(let i of _c){let r=n[i.from],s=i.to.find(a=>n[a]!==void 0);r===void 0||s===void 0||n[s]<r||(o.push({key:i.key,label:i.label,ms:n[s]-r,from:i.from,to:s}),(Eo(e,i.from,r,t)||Eo(e,s,n[s],t))&&(o[o.length-1].approx=!0))}return o}function Eo(e,t,n,o){return e.some(i=>i.kind===t&&i.approx===!0&&o(i.at)===n)}var Sc=/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g,Pc=/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;function Ec(e){if(e.length>24)return Pc.test(e);for(let t=0;t<e.length;t++){let n=e.charCodeAt(t);if(n<32?n!==9&&n!==10&&n!==13:n===127)return!0}return!1}function _(e){return typeof e=="string"?Ec(e)?e.replace(Sc,""):e:typeof e=="number"||typeof e=="boolean"?String(e):null}function Ut(e){return(Array.isArray(e)?e:[]).map(_).filter(t=>t!==null)}var Co={incident_commander:"Incident commander",deputy:"Deputy",scribe:"Scribe",communications_liaison:"Communications liaison",investigation_coordinator:"Investigation coordinator",subject_matter_experts:"Subject matter experts"},Cc=new Set(Ge),Ye=e=>typeof e=="object"&&e!==null&&!Array.isArray(e)?e:{};function To(e){return(Array.isArray(e.timeline)?e.timeline:[]).filter(t=>typeof t=="object"&&t!==null&&typeof t.at=="string")}function Io(e,t,n,o=F,i=qn(e,o)){let r=Bn(e,o),s=r.recovered??r.resolved,a=l=>l===void 0?null:W(l,t);return{started:a(r.started),ended:a(s),resolved:a(r.resolved),duration_ms:r.started!==void 0&&s!==void 0?s-r.started:null,duration_approx:i.some(l=>l.key==="impact_duration"&&l.approx===!0),ongoing:s===void 0&&(n===null||Oo.includes(n))}}function Tc(e,t,n=F){let o="";return Oi(e,n).map(i=>{let r=n(i.at),s=r===void 0?void 0:Me(r,t),a=s?xn(s):"",l=s?`${Vn(s.hour)}:${Vn(s.minute)}:${Vn(s.second)}`:i.at,u=a!==o;return o=a,{at:i.at,local_date:a,local_time:l,new_day:u,kind:_(i.kind)??"",milestone:Cc.has(i.kind),by:_(i.by),text:_(i.text)??"",approx:i.approx===!0}})}var Vn=e=>e<10?`0${e}`:`${e}`;function Ic(){let e=new Map;return t=>{let n=e.get(t);return n===void 0&&!e.has(t)&&e.set(t,n=F(t)),n}}function $c(e){let t=Ye(e.roles),n=[];for(let i of Po){let r=_(t[i]);r&&n.push({key:i,label:Co[i],names:[r]})}let o=Ut(t.subject_matter_experts);return o.length&&n.push({key:"subject_matter_experts",label:Co.subject_matter_experts,names:o}),n}function Rc(e){return(Array.isArray(e.action_items)?e.action_items:[]).map(Ye).map(t=>({id:_(t.id)??"",title:_(t.title)??"",type:_(t.type),owner:_(t.owner),due:_(t.due),status:_(t.status)??"open",reason:_(t.reason),issue:_(t.issue)}))}function $o(e){let{data:t,timeZone:n}=e,o=To(t),i=Ic(),r=Tc(o,n,i),s=qn(o,i),a=Ye(t.impact),l=Ye(t.postmortem),u=_(t.kind)??"incident",d=_(t.status);return{audience:"internal",internal:!0,drill:u==="drill",id:_(t.id)??e.file.replace(/^.*\//,"").replace(/\.md$/,""),title:_(t.title)??"",kind:u,severity:_(t.severity),status:d,services:Ut(t.services),timezone:n,now:W(e.now,n),incident:t,file:e.file,...Io(o,n,d,i,s),roles:$c(t),timeline:r,recent:r.slice(-5),metrics:s.map(c=>({key:c.key,label:c.label,ms:c.ms,from:c.from,to:c.to,approx:c.approx===!0})),impact:{summary:_(a.summary),figures:(Array.isArray(a.figures)?a.figures:[]).map(Ye).map(c=>({label:_(c.label)??"",value:_(c.value)??""}))},action_items:Rc(t),postmortem:{owner:_(l.owner),due:_(l.due),meeting:_(l.meeting),status:_(l.status)},body:Et(oe(Ct(e.text.slice(e.bodyStart)))).trim(),public_summary:e.publicSummary,site:null}}async function Mo(e,t){let n=po(e,t),o=Ht(e.slice(n.fmStart,n.fmEnd))?.data;return o||(o=(await Promise.resolve().then(()=>he(Ro(),1))).parseIncidentText(e,t).data),{text:e,split:n,data:o,file:t}}var Em=64*1024;function Lo(e,t,n){let o=e.data.timezone,i=typeof o=="string"&&pe(o)?o:t.defaultTimeZone();return $o({data:e.data,text:e.text,bodyStart:e.split.bodyStart,file:e.file,timeZone:i,now:t.now,publicSummary:n})}var Do=e=>typeof e.id=="string"?e.id:String(e.number);function No(e,t){let n=e.threads;if(n==null)return[];if(!(Array.isArray(n)&&n.every(i=>typeof i=="object"&&i!==null&&!Array.isArray(i)&&(typeof i.id=="string"?i.id!=="":Number.isInteger(i.number)))))throw new S("Unexpected `threads` value, expected a list of threads, each with an `id` (or the whole `number` of older files)",t);return n}var Fo=/^Thread ([1-9]\d*|[a-hjkmnp-tv-z][0-9a-hjkmnp-tv-z]{4})(?=[ :(])/;var Mc=36e5,Lc=/^(\d+)\s*([hdw])$/,Dc=/^(\d+)\s*(m|mo|months?)$/i,Nc=/^\d{4}-\d{2}-\d{2}$/,Fc='a date (2026-01-31), ISO 8601, or an age: -30m, -12h, -30d, -2w (or "2w ago")';function jo(e,t,n="--since"){let o=e.trim(),i=Lc.exec(o);if(i)return t.now-Number(i[1])*Mc*{h:1,d:24,w:168}[i[2]];let r=Dc.exec(o);if(r){let s=Number(r[1]);throw new v(`Unexpected ${n} "${e}", expected -${s}m for ${s} minute${s===1?"":"s"} (m is minutes, as in --at) or -${s*30}d or a date for about ${s} month${s===1?"":"s"}`)}try{return vi(Nc.test(o)?`${o}T00:00`:o,t).ms}catch(s){throw!(s instanceof v)||!s.message.startsWith('Unexpected time "')?s:new v(`Unexpected ${n} "${e}", expected ${Fc}`)}}var Y=require("node:fs"),M=require("node:path");var Zn=["operational","under_maintenance","degraded_performance","partial_outage","major_outage"];var Ho=["accent","operational","degraded","partial","major","maintenance"],Kn=/^https?:\/\/[^\s"'<>`\\]+$/i,jc=/^#(?:[0-9a-fA-F]{3}){1,2}$/,Je=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function Uo(e,t){if(typeof e!="string"||!Kn.test(e.trim()))throw t("site_url","an absolute http(s) URL such as https://status.example.com/");return e.trim().replace(/\/*$/,"/")}function zo(e,t){if(!Je(e))throw t("site","a map with title, logo, links and colors");let n={links:{},colors:{}};for(let[o,i]of Object.entries(e))if(o==="title"){if(typeof i!="string"||!i.trim())throw t("site.title","a non-empty string");n.title=i}else if(o==="logo"){if(typeof i!="string"||!Kn.test(i.trim()))throw t("site.logo","an absolute http(s) URL of an image");n.logo=i.trim()}else if(o==="links"){if(!Je(i)||!Object.values(i).every(r=>typeof r=="string"&&Kn.test(r.trim())))throw t("site.links","a map of labels to http(s) URLs");n.links=Object.fromEntries(Object.entries(i).map(([r,s])=>[r,String(s).trim()]))}else if(o==="colors"){if(!(Je(i)&&Object.entries(i).every(([s,a])=>Ho.includes(s)&&typeof a=="string"&&jc.test(a))))throw t("site.colors",`a map of ${Ho.join(", ")} to colours such as "#0969da"`);n.colors={...i}}else throw t("site",`a map with title, logo, links and colors, not "${o}"`);return n}function Wo(e,t,n){if(!Je(e))throw n("status_page","a map with components and severity_map");let o={components:[...t.components],severity_map:{...t.severity_map}};for(let[i,r]of Object.entries(e))if(i==="components"){if(!Array.isArray(r)||!r.every(s=>typeof s=="string"&&s.trim()))throw n("status_page.components","a list of service names");o.components=r.map(s=>s.trim())}else if(i==="severity_map"){if(!(Je(r)&&Object.values(r).every(a=>Zn.includes(a))))throw n("status_page.severity_map",`a map of severity to one of ${Zn.join(", ")}`);o.severity_map={...o.severity_map,...r}}else throw n("status_page",`a map with components and severity_map, not "${i}"`);return o}var Gn=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function Bo(e,t,n){if(!Gn(e))throw n("import","a map of source names (pagerduty, incident-io...) to their settings");let o={};for(let[i,r]of Object.entries(e)){if(r===null)continue;if(!Gn(r))throw n(`import.${i}`,"a map of settings such as severity_map and timezone");let s=r.severity_map;if(s!=null){if(!Gn(s))throw n(`import.${i}.severity_map`,"a map of <field>=<value> to a severity, e.g. priority=P1: SEV-1");for(let[l,u]of Object.entries(s))if(typeof u!="string"||!t.includes(u))throw n(`import.${i}.severity_map.${l}`,`one of ${t.join(", ")}`)}let a=r.timezone;if(a!=null&&(typeof a!="string"||!pe(a)))throw n(`import.${i}.timezone`,"an IANA time zone name such as Europe/Berlin");o[i]={...r}}return o}var _e={incidents_dir:"incidents",templates_dir:"templates",severities:[...So],default_severity:"SEV-3",required_sections:["Summary","Impact","Root cause and contributing factors","Resolution","What went well","What went wrong"],postmortem_due:{"SEV-1":{days:3},"SEV-2":{business_days:5},default:{business_days:10}},redact:[],allow:[],public_domains:[],site_title:"Incident history",site:{links:{},colors:{}},status_page:{components:[],severity_map:{"SEV-1":"major_outage","SEV-2":"partial_outage","SEV-3":"degraded_performance"}},github:{},people:{},issueops:{label:"incident",mirror:!1},evidence_max_bytes:10*1024*1024,review:{require_independent_approval:!0},working_hours:{start:"09:00",end:"18:00",days:["Mon","Tue","Wed","Thu","Fri"]},merge_driver:"auto",import:{}},qo=["auto","warn","off"],Vo=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Hc=/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/,Uc=/^(?:\*\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\.?$/;function Xe(e,t=".incident.yml"){if(e==null)return{..._e};if(typeof e!="object"||Array.isArray(e))throw new S("Unexpected config, expected `key: value` settings",t,1,1);let n=e,o={..._e},i=l=>{if(n[l]!==void 0){if(typeof n[l]!="string"||n[l]==="")throw s(l,"a non-empty string");o[l]=n[l]}},r=l=>{if(n[l]===void 0)return;let u=n[l];if(!Array.isArray(u)||u.length===0||!u.every(d=>typeof d=="string"&&d))throw s(l,"a list of names");o[l]=u},s=(l,u)=>new S(`Unexpected value for \`${l}\`, expected ${u}`,t);if(i("incidents_dir"),i("templates_dir"),i("timezone"),o.timezone!==void 0&&!pe(o.timezone))throw s("timezone",`an IANA time zone name such as ${At(o.timezone)}, not "${o.timezone}"`);if(r("severities"),r("required_sections"),n.default_severity!==void 0?i("default_severity"):o.severities.includes(o.default_severity)||(o.default_severity=o.severities[Math.floor((o.severities.length-1)/2)]),!o.severities.includes(o.default_severity))throw s("default_severity",`one of ${o.severities.join(", ")}`);if(i("site_title"),n.site_url!==void 0&&(o.site_url=Uo(n.site_url,s)),n.site!==void 0&&(o.site=zo(n.site,s)),n.status_page!==void 0&&(o.status_page=Wo(n.status_page,_e.status_page,s)),n.redact!==void 0){if(!Array.isArray(n.redact)||!n.redact.every(l=>typeof l=="string"&&l.trim()))throw s("redact","a list of terms");o.redact=n.redact}if(n.allow!==void 0){if(!Array.isArray(n.allow)||!n.allow.every(l=>typeof l=="string"&&l.trim()))throw s("allow","a list of words or names");o.allow=n.allow}if(n.public_domains!==void 0){let l=n.public_domains;if(!Array.isArray(l)||!l.every(u=>typeof u=="string"&&Uc.test(u.trim())))throw s("public_domains","a list of domain names such as status.example.com");o.public_domains=l.map(u=>u.trim().toLowerCase().replace(/^\*\./,"").replace(/\.$/,""))}let a=(l,u)=>{let d=n[l];if(d===void 0)return;if(!(typeof d=="object"&&d!==null&&!Array.isArray(d)&&Object.entries(d).every(([f,h])=>typeof h=="string"&&h!==""&&(!u||u.includes(f)))))throw s(l,u?`a map with ${u.join(", ")}`:"a map of names to GitHub logins");o[l]={...d}};if(a("github",["repo","api_url"]),a("people"),n.evidence_max_bytes!==void 0){if(!Number.isInteger(n.evidence_max_bytes)||n.evidence_max_bytes<=0)throw s("evidence_max_bytes","a positive number of bytes");o.evidence_max_bytes=n.evidence_max_bytes}if(n.review!==void 0){let l=n.review;if(!(typeof l=="object"&&l!==null&&!Array.isArray(l)&&Object.entries(l).every(([d,c])=>d==="require_independent_approval"&&typeof c=="boolean")))throw s("review","a map with require_independent_approval: true or false");o.review={..._e.review,...l}}if(n.issueops!==void 0){let l=n.issueops;if(!(typeof l=="object"&&l!==null&&!Array.isArray(l)&&Object.entries(l).every(([d,c])=>d==="label"&&typeof c=="string"&&c.trim()!==""||d==="mirror"&&typeof c=="boolean")))throw s("issueops","a map with label: <label name> and mirror: true or false");o.issueops={..._e.issueops,...l}}if(n.working_hours!==void 0&&(o.working_hours=zc(n.working_hours,s)),n.import!==void 0&&n.import!==null&&(o.import=Bo(n.import,o.severities,s)),n.merge_driver!==void 0){if(!qo.includes(n.merge_driver))throw s("merge_driver",`one of ${qo.join(", ")}`);o.merge_driver=n.merge_driver}if(n.postmortem_due!==void 0){let l=n.postmortem_due;if(typeof l!="object"||l===null||Array.isArray(l))throw s("postmortem_due","a map of severity to {days} or {business_days}");for(let[u,d]of Object.entries(l))if(!(typeof d=="object"&&d!==null&&Object.entries(d).every(([f,h])=>(f==="days"||f==="business_days")&&Number.isInteger(h)&&h>=0)))throw s(`postmortem_due.${u}`,"{days: N} or {business_days: N}");o.postmortem_due={..._e.postmortem_due,...l}}return o}function zc(e,t){if(typeof e!="object"||e===null||Array.isArray(e))throw t("working_hours","a map with start, end, days and timezone");let n={..._e.working_hours};for(let[o,i]of Object.entries(e))if(o==="start"||o==="end"){if(typeof i!="string"||!Hc.test(i))throw t(`working_hours.${o}`,'a time of day as "HH:MM" (quoted), such as "09:00"');n[o]=i}else if(o==="days"){let r=Vo;if(!Array.isArray(i)||i.length===0||!i.every(s=>typeof s=="string"&&r.includes(s)))throw t("working_hours.days",`a list of days among ${Vo.join(", ")}`);n.days=i}else if(o==="timezone"){if(typeof i!="string"||!pe(i))throw t("working_hours.timezone",`an IANA time zone name such as ${At(String(i))}`);n.timezone=i}else throw t("working_hours",`a map with start, end, days and timezone, not "${o}"`);if(n.start>=n.end)throw t("working_hours",`a start before the end, not ${n.start} to ${n.end}`);return n}function Ko(e,t,n=3){let o=e.toLowerCase(),i=[];for(let r of t){let s=r.toLowerCase();if(s===o)continue;if(o.length>=3&&s.includes(o)){i.push({name:r,score:-1/s.length});continue}let a=s.replace(/^\d{4}-\d{2}-\d{2}-/,""),l=Math.max(2,Math.floor(o.length/3)),u=Math.min(Zo(o,s,l),a===s?1/0:Zo(o,a,l));u<=l&&i.push({name:r,score:u})}return i.sort((r,s)=>r.score-s.score||(r.name<s.name?1:r.name>s.name?-1:0)).slice(0,n).map(r=>r.name)}function Zo(e,t,n=1/0){if(Math.abs(e.length-t.length)>n)return 1/0;let o=new Array(t.length+1).fill(0),i=Array.from({length:t.length+1},(s,a)=>a),r=new Array(t.length+1).fill(0);for(let s=1;s<=e.length;s++){r[0]=s;let a=s;for(let l=1;l<=t.length;l++){let u=e[s-1]===t[l-1]?0:1,d=Math.min(i[l]+1,r[l-1]+1,i[l-1]+u);s>1&&l>1&&e[s-1]===t[l-2]&&e[s-2]===t[l-1]&&(d=Math.min(d,o[l-2]+1)),r[l]=d,d<a&&(a=d)}if(a>n)return 1/0;[o,i,r]=[i,r,o]}return i[t.length]<=n?i[t.length]:1/0}var je=require("node:path");function Wc(e){if(e.includes("//")||e.includes("/./")||e.includes("/../")||e.endsWith("/.")||e.endsWith("/.."))return!0;if(e.length<2||!e.endsWith("/"))return!1;let t=e.charCodeAt(e.length-2);return t!==10&&t!==13&&t!==8232&&t!==8233}var Bc=e=>e!==""&&e!=="."&&e!==".."&&!e.includes("/");function C(e,...t){return je.sep!=="/"||e.charCodeAt(0)!==47||Wc(e)||!t.every(Bc)?(0,je.join)(e,...t):(e==="/"?"":e)+"/"+t.join("/")}var Go=e=>e.endsWith(je.sep)?e:e+je.sep;var Qe=".incident.yml";function qc(e){let t;for(let n=e;;n=(0,M.dirname)(n)){if((0,Y.existsSync)(C(n,Qe)))return n;if(!t&&(0,Y.existsSync)(C(n,".git"))&&(t=n),(0,M.dirname)(n)===n)return t??e}}async function Jo(e,t={}){let n=qc(e),o=C(n,Qe);if(t.configFile&&(o=(0,M.resolve)(e,t.configFile),!(0,Y.existsSync)(o)))throw new v(`Unexpected config file "${t.configFile}", expected an existing file`);let i=await Kc(o,o===C(e,Qe)?Qe:(0,M.relative)(e,o)||Qe),r=t.incidentsDir?(0,M.resolve)(e,t.incidentsDir):Vc(C(n,i.incidents_dir));return{root:n,cwd:e,config:i,incidentsDir:r}}var Vc=e=>e.length>1&&e.endsWith(M.sep)?e.slice(0,-1):e,Zc=/^(?:[ ]*(?:#[^\r\n]*)?\r?\n)*[ ]*(?:#[^\r\n]*)?$/;async function Kc(e,t){if(!(0,Y.existsSync)(e))return Xe(void 0);let n=(0,Y.readFileSync)(e,"utf8"),o=Ht(n);if(o)return Xe(o.data,t);if(Zc.test(n))return Xe(void 0);let{parseYamlFile:i}=await Promise.resolve().then(()=>he(Yo(),1));return Xe(i(n,t),t)}function Yn(e,t){if((t.includes("/")||t.includes("\\"))&&t.endsWith(".md")){let n=(0,M.resolve)(e.cwd,t);if((0,M.dirname)(n)===(0,M.resolve)(e.incidentsDir))return n;throw new v(`Unexpected file "${t}", expected an incident id or a file in ${He(e,e.incidentsDir)||"."}/`)}if(!Zi(t)||t.includes(".."))throw new v(`Unexpected incident id "${t}", expected a file name like 2026-03-01-database-outage`);return C(e.incidentsDir,t.endsWith(".md")?t:`${t}.md`)}function He(e,t){let n=Go(e.cwd);return t.startsWith(n)&&!t.includes(`${M.sep}.`,n.length-1)?t.slice(n.length)||t:(0,M.relative)(e.cwd,t)||t}function Gc(e){return Jc(Yc(e))}function Yc(e){return(0,Y.existsSync)(e.incidentsDir)?(0,Y.readdirSync)(e.incidentsDir):[]}function Jc(e){return Xc(e,t=>t.slice(0,-3))}function Xc(e,t){let n=[],o=!0;for(let i of e){if(!Qc(i))continue;let r=t(i);o&&n.length>0&&!(n[n.length-1]<r)&&(o=!1),n.push(r)}return o?n:n.sort()}var Qc=e=>e.endsWith(".md")&&!e.startsWith(".");function Xo(e,t){let n=(0,M.basename)(t).replace(/\.md$/,""),o=Ko(n,Gc(e)),i=o.length?`; did you mean ${o.join(", ")}?`:"";return new v(`Unknown incident "${t}": no file ${He(e,Yn(e,t))}${i}`)}var Ae=require("node:fs"),hs=require("node:path");var Qo=`## Summary

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
`;var Jn={"incident.md":Qo,"postmortem.md.hbs":es,"postmortem.html.hbs":ts,"public-summary.md.hbs":ns,"public-summary.html.hbs":rs,"status-update.md.hbs":is,"action-item-issue.md.hbs":os,"site-index.html.hbs":ss,"site-feed.xml.hbs":as,"_drill.md.hbs":ls,"_drill.html.hbs":us,"_facts.md.hbs":cs,"_facts.html.hbs":ds,"_head.html.hbs":fs,"coordinator-report.md.hbs":ps},hd=Object.keys(Jn);var ms=new WeakMap;function gs(e){let t=e.config.templates_dir,n=ms.get(e);return n?.setting!==t&&ms.set(e,n={setting:t,dir:(0,hs.join)(e.root,t)}),n.dir}function gd(e,t){return C(gs(e),t)}function Xn(e,t){let n=gd(e,t),o=Object.hasOwn(Jn,t)?Jn[t]:void 0;if((0,Ae.existsSync)(n)){let i=(0,Ae.readFileSync)(n,"utf8");return{source:i,file:He(e,n),builtIn:i===o}}return o===void 0?void 0:{source:o,file:`built-in:${t}`,builtIn:!0}}function ys(e,t){let n=`.${t}.hbs`,o=new Set(hd.filter(a=>a.startsWith("_")&&a.endsWith(n))),i=gs(e);if((0,Ae.existsSync)(i))for(let a of(0,Ae.readdirSync)(i))a.startsWith("_")&&a.endsWith(n)&&o.add(a);let r={},s=[];for(let a of[...o].sort()){let l=Xn(e,a);r[a.slice(1,-n.length)]=l.source,s.push(l)}return{partials:r,files:s}}var ws=require("node:fs");function xs(e,t){if(t.GIT_AUTHOR_NAME)return t.GIT_AUTHOR_NAME;if(t.GIT_COMMITTER_NAME)return t.GIT_COMMITTER_NAME;let n=t.HOME??bs().homedir(),o=[C(e,".git","config"),t.GIT_CONFIG_GLOBAL??C(n,".gitconfig"),t.XDG_CONFIG_HOME!==void 0?C(t.XDG_CONFIG_HOME,"git","config"):C(n,".config","git","config")];for(let i of o){let r=yd(i);if(r)return r}try{return bs().userInfo().username}catch{return"unknown"}}function yd(e){let t;try{t=(0,ws.readFileSync)(e,"utf8")}catch{return}let n=!1;for(let o of t.split(/\r?\n/)){let i=o.trim(),r=/^\[\s*([^\]\s"]+)/.exec(i);if(r){n=r[1].toLowerCase()==="user";continue}let s=n&&/^name\s*=\s*(.*)$/i.exec(i);if(s)return bd(s[1].replace(/\s[#;].*$/,"").trim())||void 0}}var bs=()=>process.getBuiltinModule("node:os"),bd=e=>e.startsWith('"')&&e.endsWith('"')?e.slice(1,-1).replace(/\\(.)/g,"$1"):e;var V=require("node:fs"),q=require("node:path");var Oe="casefile",wd="Casefile incident files: timelines, threads, evidence and action items merged as sets",zt="merge-driver %O %A %B %P",et=`npx --no-install incident ${zt}`,Qn="casefile=",ks=e=>`'${e.replace(/'/g,"'\\''")}'`;function xd(e=process.argv[1]){if(e)try{let t=(0,V.realpathSync)(e);return(0,q.basename)(t)==="incident.cjs"&&(0,V.existsSync)((0,q.join)((0,q.dirname)(t),"..","package.json"))?t:void 0}catch{return}}function kd(e=xd(),t=process.execPath){let n=`if [ -x node_modules/.bin/incident ]; then exec node_modules/.bin/incident ${zt}; else exec incident ${zt}; fi`;return e?`${Qn}${ks(e)}; node=${ks(t)}; [ -x "$node" ] || node=node; if [ -f "$casefile" ]; then exec "$node" "$casefile" ${zt}; ${n.replace(/^if /,"elif ")}`:`${Qn}; ${n}`}var vd=e=>e===et||e.startsWith(Qn);var vs=(e,t)=>(...n)=>process.getBuiltinModule("node:child_process").spawnSync("git",n,{cwd:e,encoding:"utf8",env:t});function _d(e,t){let n=t.global?"--global":"--local",o=vs(e,t.env??process.env),i=t.command??kd(),r=o("config",n,"--get",`merge.${Oe}.driver`).stdout.trim();if(r===i||r&&!vd(r))return!1;for(let[s,a]of[["name",wd],["driver",i]]){let l=o("config",n,`merge.${Oe}.${s}`,a);if(l.error||l.status!==0)throw new ue(`git config ${n} merge.${Oe}.${s} failed: ${l.error?.message??l.stderr.trim()}`)}return!0}function _s(e,t,n,o){if(!(t==="off"||n.CASEFILE_MERGE_DRIVER==="off"))try{if(!Ad(e))return;let i=Od(e);if(!i)return;let r;for(let a of Sd(i,n))if((r=Pd(a))!==void 0)break;if(r!==void 0&&r!==et)return;let s=r===et;if(!s){let a=vs(e,n)("config","--get",`merge.${Oe}.driver`);if(a.error||a.stdout.trim()&&a.stdout.trim()!==et)return;s=a.stdout.trim()===et}if(t==="warn"){o(s?"this clone's merge driver for incident files runs npx, which cannot find every install of Casefile: incident merge-driver --install":"this clone has no merge driver for incident files (.gitattributes names it), so git pull may end in conflicts: incident merge-driver --install");return}_d(e,{env:n})&&o(`${s?"updated":"installed"} the merge driver for incident files in this clone (git config merge.${Oe}.driver); merge_driver: off in .incident.yml stops this`)}catch(i){o(`could not install the merge driver for incident files (${i.message}): incident merge-driver --install`)}}function Ad(e){let t;try{t=(0,V.readFileSync)(C(e,".gitattributes"),"utf8")}catch{return!1}return new RegExp(`(^|\\s)merge=${Oe}(\\s|$)`,"m").test(t)}function Od(e){for(let t=(0,q.resolve)(e);;t=(0,q.dirname)(t)){let n=C(t,".git"),o=(0,V.statSync)(n,{throwIfNoEntry:!1});if(o?.isDirectory())return n;if(o?.isFile()){let i=/^gitdir:\s*(.+?)\s*$/m.exec((0,V.readFileSync)(n,"utf8"));if(!i)return;let r=(0,q.resolve)(t,i[1]),s=(0,q.join)(r,"commondir");return(0,V.existsSync)(s)?(0,q.resolve)(r,(0,V.readFileSync)(s,"utf8").trim()):r}if((0,q.dirname)(t)===t)return}}function Sd(e,t){let n=e,o=t.HOME??process.getBuiltinModule("node:os").homedir();return[C(n,"config"),t.GIT_CONFIG_GLOBAL??C(o,".gitconfig"),t.XDG_CONFIG_HOME?C(t.XDG_CONFIG_HOME,"git","config"):C(o,".config","git","config")]}function Pd(e){let t;try{t=(0,V.readFileSync)(e,"utf8")}catch{return}let n=!1;for(let o of t.split(/\r?\n/)){let i=o.trim();if(i.startsWith("[")){n=new RegExp(`^\\[\\s*merge\\s+"${Oe}"\\s*\\]`,"i").test(i);continue}let r=n&&/^driver\s*=\s*(\S.*)$/i.exec(i);if(r)return r[1].trim()}}async function As(e){let t=await Jo(e.cwd,{configFile:e.env.CASEFILE_CONFIG||void 0,incidentsDir:e.env.CASEFILE_INCIDENTS_DIR||void 0}),n=!1;return t.afterWrite=()=>{n||(n=!0,_s(t.root,t.config.merge_driver,e.env,o=>e.warn?.(o)))},{...e,repo:t,get defaultTimeZone(){return t.config.timezone??(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC")},whoami:()=>xs(t.root,e.env)}}var Ed="coordinator-report.md.hbs";async function Os(e,t){let n=await As(t),o=Yn(n.repo,e.id);if(!(0,Wt.existsSync)(o))throw Xo(n.repo,e.id);let i=He(n.repo,o),r=await Mo((0,Wt.readFileSync)(o,"utf8"),i),s=Lo(r,{now:n.now,defaultTimeZone:()=>n.defaultTimeZone},null),a=e.since===void 0?void 0:jo(e.since,{now:n.now,timeZone:s.timezone}),l=Xn(n.repo,Ed),{partials:u}=ys(n.repo,"md"),d=await zi(l.source,{format:"md",partials:u,name:l.file}),c=qi(d(Cd(s,r.data,n.now,a,i)),"md"),f=e.plain?await co(c):await uo(l,c);return{file:i,template:l.file,text:f}}function Cd(e,t,n,o,i){let r=b=>b?F(b):void 0,s=b=>(r(b)??-1/0)<=n,a=b=>o===void 0||(b?(r(b)??1/0)>=o:!1),l=e.timeline.filter(b=>s(b.at)),u=(...b)=>l.find(H=>b.includes(H.kind))??null,d=u("started")??u("declared")??l[0]??null,c=r(d?.at),f=u("recovered")??u("resolved"),h=r(u("resolved")?.at)??n,y=No(t,i).filter(b=>s(b.opened)).map(b=>Id(b,s)),w=y.filter(b=>b.closed===null),k=w.filter(b=>b.owner!==null).map(b=>({...b,updates:b.updates.filter(H=>a(H.at))})),$=k.filter(b=>o===void 0||b.updates.length>0||a(b.opened));return{...e,ongoing:f===null,since:o===void 0?null:W(o,e.timezone),elapsed_ms:c!==void 0?h-c:null,elapsed_approx:d?.approx===!0||h!==n&&u("resolved")?.approx===!0,elapsed_from:d?d.kind==="started"?"impact started":d.kind==="declared"?"declared":"the first entry":null,symptoms:{title:e.title,summary:e.impact.summary,first:u("detected")??u("started")},observed:u("finding","evidence"),data:l.filter(b=>b.kind==="finding"&&!Fo.test(b.text)&&a(b.at)).map(Td),evidence:lr(t,i).filter(b=>s(b.at)&&a(b.at)).map(b=>({file:b.file,size:ur(Number(b.size)||0),by:b.by??null,what:b.command??b.source??null,note:b.note??null})),threads:$,unchanged_threads:k.length-$.length,unowned:w.filter(b=>b.owner===null&&a(b.opened)),answered:y.filter(b=>b.closed!==null&&a(b.closed)),milestones:l.filter(b=>b.milestone&&a(b.at)).map(b=>({kind:b.kind,at:b.at,after_ms:c===void 0?null:(r(b.at)??c)-c,approx:b.approx||d?.approx===!0}))}}var Td=e=>({at:e.at,by:e.by,text:e.text});function Id(e,t){let n=i=>typeof i=="string"&&i!==""?i:null,o=e.status==="closed"&&t(n(e.closed))?n(e.closed)??n(e.opened)??"":null;return{number:Do(e),question:String(e.question??""),owner:n(e.owner),opened:n(e.opened),answer:o===null?null:n(e.answer),closed:o,updates:(Array.isArray(e.updates)?e.updates:[]).filter(i=>t(n(i.at))).map(i=>({at:String(i.at),by:n(i.by),text:String(i.text??"")}))}}var $s=require("node:fs");var Ps=require("node:fs"),Es=require("node:util"),Ss=new Map;function Cs(e,t=process.env){let n=Ss.get(e);if(n!==void 0)return n;let o=$d(e,t);return Ss.set(e,o),o}function $d(e,t){let n=t.FORCE_COLOR;if(n!==void 0)return["","1","2","3","true"].includes(n);if(t.NO_COLOR||t.TERM==="dumb")return!1;try{if(!(0,Ps.fstatSync)(e).isCharacterDevice())return!1}catch{return!1}return process.getBuiltinModule("node:tty").isatty(e)}function er(e,t,n){return!n||!Cs(e)?n:(0,Es.styleText)(t,n,{validateStream:!1})}var tt=e=>`${er(2,["red","bold"],"incident:")} ${e}`,Ts=e=>`incident: ${er(2,"yellow","note:")} ${e}`;var Rs=()=>({cwd:process.cwd(),now:Rd(process.env.CASEFILE_NOW),env:process.env,warn:e=>Ue(2,Ts(e))});function Rd(e){if(!e)return Date.now();let t=Date.parse(e);if(Number.isNaN(t))throw new v(`Unexpected CASEFILE_NOW "${e}", expected an ISO 8601 time`);return t}function Ue(e,t){Md(e,typeof t=="string"?t.endsWith(`
`)?t:t+`
`:t)}var Is=new Set;function Md(e,t){if(Is.has(e))return;let n=typeof t=="string"?Buffer.from(t):t;for(;n.length>0;)try{n=n.subarray((0,$s.writeSync)(e,n))}catch(o){let i=o.code;if(i==="EPIPE"){Is.add(e);return}if(i!=="EAGAIN")throw o}}var tr=e=>Ue(1,e),Ms=e=>tr(JSON.stringify(e,null,2));var Ls=require("node:util");function Ds(e,t,n){let o=Dd(t,n),i=Ld(o,n);if(i)return i;try{let r=Object.fromEntries(Object.entries(n).map(([s,{type:a,short:l,multiple:u,default:d}])=>[s,{type:a,...l&&{short:l},...u&&{multiple:u},...d!==void 0&&{default:d}}]));return(0,Ls.parseArgs)({args:o,options:r,allowPositionals:!0,strict:!0})}catch(r){throw new v(`${r.message.split(`
`)[0]} (see incident ${e} --help)`)}}function Ld(e,t){let n=Object.create(null),o=[];for(let i of e){if(i.charCodeAt(0)!==45||i==="-"){o.push(i);continue}if(!i.startsWith("--")||i==="--")return;let r=i.indexOf("="),s=r===-1?i.slice(2):i.slice(2,r),a=Object.hasOwn(t,s)?t[s]:void 0;if(!a||a.type==="string"!=(r!==-1))return;let l=r===-1?!0:i.slice(r+1);a.multiple?(n[s]??=[]).push(l):n[s]=l}for(let[i,r]of Object.entries(t))r.default!==void 0&&n[i]===void 0&&(n[i]=r.default);return{positionals:o,values:n}}function Dd(e,t){let n=new Map;for(let[i,r]of Object.entries(t))r.type==="string"&&(n.set(`--${i}`,i),r.short&&n.set(`-${r.short}`,i));let o=[];for(let i=0;i<e.length;i++){let r=e[i];if(r==="--")return[...o,...e.slice(i)];let s=n.get(r);s&&i+1<e.length?o.push(`--${s}=${e[++i]}`):o.push(r)}return o}var Ns=e=>typeof e=="string"?e:void 0;var js=require("node:fs");var Nd="/usr/share/zoneinfo",Fd=new Set(["UTC","Etc/UTC","Etc/UCT","UCT","Etc/Universal","Universal","Etc/Zulu","Zulu"]),Fs=new Map;function nr(e){let t=Fs.get(e);return t===void 0&&(t=ai(e)&&(0,js.statSync)(`${Nd}/${e}`,{throwIfNoEntry:!1})?.isFile()===!0,Fs.set(e,t)),t}var Hs={isValid:e=>nr(e)||qe.isValid(e),offsetMinutes(e,t){return nr(e)?(process.env.TZ!==e&&(process.env.TZ=e),-new Date(Math.floor(t/1e3)*1e3).getTimezoneOffset()||0):qe.offsetMinutes(e,t)},isUtc:e=>Fd.has(e)||!nr(e)&&qe.isUtc(e)};var Us=require("node:fs"),le=require("node:path");function rr(e,t=process.cwd()){if(!(0,le.isAbsolute)(e))return e;let n=(0,le.relative)(t,e);return n&&!n.startsWith("..")&&!(0,le.isAbsolute)(n)?n:e}function zs(e){let t=e;if(!t||typeof t.code!="string"||typeof t.syscall!="string")return;let n=t.path?rr(t.path):void 0,o=n?` ${n}`:"",i=t.path&&/\.tmp$/.test(t.path)&&(t.syscall==="open"||t.syscall==="link")?rr((0,le.dirname)(t.path)):void 0,r="and run the command again";switch(t.code){case"ENOSPC":case"EDQUOT":return`No space left on the device${n?` holding ${n}`:""} (${t.code}); free some space ${r}`;case"EFBIG":return`File too large${n?`: ${n}`:""} (EFBIG, the file size limit: ulimit -f); raise the limit ${r}`;case"EROFS":return`Read-only file system: cannot ${i?`create files in ${i}`:`${ir(t.syscall)}${o}`} (EROFS); run the command where the repository can be written`;case"EACCES":case"EPERM":return i?`Permission denied: cannot create files in ${i} (${t.code}); check the directory's owner and mode (ls -ld ${i}) ${r}`:`Permission denied: cannot ${ir(t.syscall)}${o} (${t.code}); check its owner and mode (ls -l) ${r}`;case"ENOTDIR":{let s=t.path?jd(t.path):void 0;return`Unexpected file ${s?rr(s):n??""}, expected a directory (ENOTDIR); move the file away ${r}`}case"EEXIST":return t.syscall==="mkdir"?`Unexpected file${o}, expected a directory (EEXIST); move the file away ${r}`:`Unexpected file${o}: it already exists (EEXIST); move it away ${r}`;case"EISDIR":return`Unexpected directory${o}, expected a file (EISDIR); remove or rename the directory ${r}`;case"ENOENT":return`No such file or directory${o} (ENOENT): it was removed while the command ran, or never existed`;case"ELOOP":return`Too many levels of symbolic links${o} (ELOOP); fix the link ${r}`;case"ENAMETOOLONG":return`File name too long${o} (ENAMETOOLONG)`;case"EMFILE":case"ENFILE":return`Too many open files (${t.code}); close some programs or raise the limit (ulimit -n) ${r}`;case"EIO":return`Input/output error${o} (EIO): the disk or file system is failing`;default:return`Cannot ${ir(t.syscall)}${o} (${t.code}: ${t.message.replace(/^\w+: /,"").replace(/, \w+( '.*')?$/,"")})`}}function jd(e){for(let t=e;;t=(0,le.dirname)(t)){try{if(!(0,Us.lstatSync)(t).isDirectory())return t}catch{}if((0,le.dirname)(t)===t)return}}function ir(e){return{open:"open",read:"read",write:"write to",mkdir:"create the directory",rmdir:"remove the directory",unlink:"remove",rename:"replace",link:"create",scandir:"list the directory",stat:"look at",lstat:"look at",fsync:"write to",copyfile:"copy",chmod:"change the mode of",fchmod:"change the mode of",utime:"touch"}[e]??e}function Ws(e){let t=r=>Ue(2,r);if(e instanceof rt)return e.code;let n=e?.code;if(typeof n=="string"&&n.startsWith("commander."))return e.exitCode===0?0:2;if(e instanceof v)return t(tt(e.message)),2;if(e instanceof S)return t(e.describe()),1;if(e instanceof ue)return t(tt(e.message)),1;let o=e,i=zs(e);return i?(t(tt(i)),1):(t(tt(`internal error: ${o?.message??String(e)}`)),process.env.CASEFILE_DEBUG?t(String(o?.stack)):t("incident: this is a bug in Casefile; run again with CASEFILE_DEBUG=1 for details and report it"),1)}var Bs=require("node:fs");function qs(e){let t=e.endsWith(".md")?/^[^\s]*[\\/]([^\s\\/]+)\.md$/.exec(e):null;return t&&(0,Bs.existsSync)(e)?t[1]:e}var Vs=Symbol.for("casefile.hand-over");function Zs(e,t,n,o={}){let i=r=>{process.env.CASEFILE_DEBUG&&Ue(2,`incident: ${e}: handed to the full CLI (needs ${r})`)};return async r=>{let s=o.fullOnly?.find(a=>r.some(l=>l===a||l.startsWith(`${a}=`)));if(s)return i(s);xi(Hs);try{let a=Ds(e,r.slice(1),t),{values:l}=a,u=e==="validate"||e==="log"&&a.positionals.length<2?-1:0,d=a.positionals.map((c,f)=>f===u?qs(c):c);return o.takes&&!o.takes(d)?i(`${e} ${d[1]??""}`.trim()):(await n(d,l),0)}catch(a){return typeof a=="object"&&a!==null&&Vs in a?i(String(a[Vs])):Ws(a)}}}var Hd={type:"boolean",description:"print the result as JSON"};var Ks={since:{type:"string",value:"time",description:"only what is new since then: HH:MM in the incident time zone, a date, ISO 8601 or an age (-30m, -2h)"},plain:{type:"boolean",description:"chat text to paste into Slack: no Markdown escapes, *bold* headings"},json:Hd};function Gs(e,t){let[n,o]=t;if(n===void 0)throw new v(`Missing id, expected incident ${e} <id>`);if(o!==void 0)throw new v(`Unexpected argument "${o}", expected incident ${e} <id>`);return n}async function Ys(e,t){let n=await Os({id:Gs("report",e),since:Ns(t.since),plain:t.plain===!0},Rs());t.json?Ms(n):tr(n.text)}var Ud=Zs("report",Ks,Ys);0&&(module.exports={main,run});

});
