(function (top, lane) { return top === globalThis ? lane : lane.call(module.exports, module.exports, require, module, __filename, __dirname); })(this, function (exports, require, module, __filename, __dirname) {
"use strict";var Oa=Object.create;var ct=Object.defineProperty;var Sa=Object.getOwnPropertyDescriptor;var Ea=Object.getOwnPropertyNames;var Ca=Object.getPrototypeOf,Pa=Object.prototype.hasOwnProperty;var S=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}},Ta=(e,t)=>{for(var n in t)ct(e,n,{get:t[n],enumerable:!0})},kr=(e,t,n,o)=>{if(t&&typeof t=="object"||typeof t=="function")for(let i of Ea(t))!Pa.call(e,i)&&i!==n&&ct(e,i,{get:()=>t[i],enumerable:!(o=Sa(t,i))||o.enumerable});return e};var we=(e,t,n)=>(n=e!=null?Oa(Ca(e)):{},kr(t||!e||!e.__esModule?ct(n,"default",{value:e,enumerable:!0}):n,e)),$a=e=>kr(ct({},"__esModule",{value:!0}),e);var Ar=S(()=>{throw{[Symbol.for("casefile.hand-over")]:"./markdown-sanitize.ts"}});var Y=S(W=>{"use strict";W.__esModule=!0;W.extend=Er;W.indexOf=Na;W.escapeExpression=Fa;W.isEmpty=ja;W.createFrame=Ua;W.blockParams=Ha;W.appendContextPath=za;var Ra={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},Ma=/[&<>"'`=]/g,Da=/[&<>"'`=]/;function La(e){return Ra[e]}function Er(e){for(var t=1;t<arguments.length;t++)for(var n in arguments[t])Object.prototype.hasOwnProperty.call(arguments[t],n)&&(e[n]=arguments[t][n]);return e}var an=Object.prototype.toString;W.toString=an;var sn=function(t){return typeof t=="function"};sn(/x/)&&(W.isFunction=sn=function(e){return typeof e=="function"&&an.call(e)==="[object Function]"});W.isFunction=sn;var Cr=Array.isArray||function(e){return e&&typeof e=="object"?an.call(e)==="[object Array]":!1};W.isArray=Cr;function Na(e,t){for(var n=0,o=e.length;n<o;n++)if(e[n]===t)return n;return-1}function Fa(e){if(typeof e!="string"){if(e&&typeof e.toHTML=="function")return e.toHTML();if(e==null)return"";if(!e)return e+"";e=""+e}return Da.test(e)?e.replace(Ma,La):e}function ja(e){return!e&&e!==0?!0:!!(Cr(e)&&e.length===0)}function Ua(e){var t=Er({},e);return t._parent=e,t}function Ha(e,t){return e.path=t,e}function za(e,t){return(e?e+".":"")+t}});var de=S((ft,Pr)=>{"use strict";ft.__esModule=!0;var ln=["description","fileName","lineNumber","endLineNumber","message","name","number","stack"];function un(e,t){var n=t&&t.loc,o=void 0,i=void 0,r=void 0,s=void 0;n&&n.start&&(o=n.start.line,r=n.start.column,n.end&&(i=n.end.line,s=n.end.column),e+=" - "+o+":"+r);for(var a=Error.prototype.constructor.call(this,e),l=0;l<ln.length;l++)this[ln[l]]=a[ln[l]];Error.captureStackTrace&&Error.captureStackTrace(this,un);try{n&&(this.lineNumber=o,this.endLineNumber=i,Object.defineProperty?(Object.defineProperty(this,"column",{value:r,enumerable:!0}),Object.defineProperty(this,"endColumn",{value:s,enumerable:!0})):(this.column=r,this.endColumn=s))}catch{}}un.prototype=new Error;ft.default=un;Pr.exports=ft.default});var $r=S((pt,Tr)=>{"use strict";pt.__esModule=!0;var cn=Y();pt.default=function(e){e.registerHelper("blockHelperMissing",function(t,n){var o=n.inverse,i=n.fn;if(t===!0)return i(this);if(t===!1||t==null)return o(this);if(cn.isArray(t))return t.length>0?(n.ids&&(n.ids=[n.name]),e.helpers.each(t,n)):o(this);if(n.data&&n.ids){var r=cn.createFrame(n.data);r.contextPath=cn.appendContextPath(n.data.contextPath,n.name),n={data:r}}return i(t,n)})};Tr.exports=pt.default});var Rr=S((mt,Ir)=>{"use strict";mt.__esModule=!0;function Wa(e){return e&&e.__esModule?e:{default:e}}var Ie=Y(),Ba=de(),qa=Wa(Ba);function Va(e){try{var t=e.return;Ie.isFunction(t)&&t.call(e)}catch{}}mt.default=function(e){e.registerHelper("each",function(t,n){if(!n)throw new qa.default("Must pass iterator to #each");var o=n.fn,i=n.inverse,r=0,s="",a=void 0,l=void 0;n.data&&n.ids&&(l=Ie.appendContextPath(n.data.contextPath,n.ids[0])+"."),Ie.isFunction(t)&&(t=t.call(this)),n.data&&(a=Ie.createFrame(n.data));function u(y,w,x,A){a&&(a.key=y,a.index=w,a.first=w===0,a.last=!!x,l&&(a.contextPath=l+y)),s=s+o(A,{data:a,blockParams:Ie.blockParams([A,y],[l+y,null])})}if(t&&typeof t=="object")if(Ie.isArray(t))for(var f=t.length;r<f;r++)r in t&&u(r,r,r===t.length-1,t[r]);else if(typeof Symbol=="function"&&t[Symbol.iterator])for(var c=t[Symbol.iterator](),d=c.next();!d.done;){var m=c.next();try{u(r,r,m.done,d.value)}catch(y){throw m.done||Va(c),y}d=m,r++}else(function(){var y=void 0;Object.keys(t).forEach(function(w){y!==void 0&&u(y,r-1,!1,t[y]),y=w,r++}),y!==void 0&&u(y,r-1,!0,t[y])})();return r===0&&(s=i(this)),s})};Ir.exports=mt.default});var Dr=S((ht,Mr)=>{"use strict";ht.__esModule=!0;function Za(e){return e&&e.__esModule?e:{default:e}}var Ka=de(),Ya=Za(Ka);ht.default=function(e){e.registerHelper("helperMissing",function(){if(arguments.length!==1)throw new Ya.default('Missing helper: "'+arguments[arguments.length-1].name+'"')})};Mr.exports=ht.default});var jr=S((gt,Fr)=>{"use strict";gt.__esModule=!0;function Ga(e){return e&&e.__esModule?e:{default:e}}var Lr=Y(),Ja=de(),Nr=Ga(Ja);gt.default=function(e){e.registerHelper("if",function(t,n){if(arguments.length!=2)throw new Nr.default("#if requires exactly one argument");return Lr.isFunction(t)&&(t=t.call(this)),!n.hash.includeZero&&!t||Lr.isEmpty(t)?n.inverse(this):n.fn(this)}),e.registerHelper("unless",function(t,n){if(arguments.length!=2)throw new Nr.default("#unless requires exactly one argument");return e.helpers.if.call(this,t,{fn:n.inverse,inverse:n.fn,hash:n.hash})})};Fr.exports=gt.default});var Hr=S((yt,Ur)=>{"use strict";yt.__esModule=!0;yt.default=function(e){e.registerHelper("log",function(){for(var t=[void 0],n=arguments[arguments.length-1],o=0;o<arguments.length-1;o++)t.push(arguments[o]);var i=1;n.hash.level!=null?i=n.hash.level:n.data&&n.data.level!=null&&(i=n.data.level),t[0]=i,e.log.apply(e,t)})};Ur.exports=yt.default});var Wr=S((bt,zr)=>{"use strict";bt.__esModule=!0;bt.default=function(e){e.registerHelper("lookup",function(t,n,o){return t&&o.lookupProperty(t,n)})};zr.exports=bt.default});var qr=S((wt,Br)=>{"use strict";wt.__esModule=!0;function Xa(e){return e&&e.__esModule?e:{default:e}}var Ye=Y(),Qa=de(),el=Xa(Qa);wt.default=function(e){e.registerHelper("with",function(t,n){if(arguments.length!=2)throw new el.default("#with requires exactly one argument");Ye.isFunction(t)&&(t=t.call(this));var o=n.fn;if(Ye.isEmpty(t))return n.inverse(this);var i=n.data;return n.data&&n.ids&&(i=Ye.createFrame(n.data),i.contextPath=Ye.appendContextPath(n.data.contextPath,n.ids[0])),o(t,{data:i,blockParams:Ye.blockParams([t],[i&&i.contextPath])})})};Br.exports=wt.default});var dn=S(xt=>{"use strict";xt.__esModule=!0;xt.registerDefaultHelpers=hl;xt.moveHelperToHooks=gl;function xe(e){return e&&e.__esModule?e:{default:e}}var tl=$r(),nl=xe(tl),rl=Rr(),il=xe(rl),ol=Dr(),sl=xe(ol),al=jr(),ll=xe(al),ul=Hr(),cl=xe(ul),dl=Wr(),fl=xe(dl),pl=qr(),ml=xe(pl);function hl(e){nl.default(e),il.default(e),sl.default(e),ll.default(e),cl.default(e),fl.default(e),ml.default(e)}function gl(e,t,n){e.helpers[t]&&(e.hooks[t]=e.helpers[t],n||(e.helpers[t]=void 0))}});var Zr=S((kt,Vr)=>{"use strict";kt.__esModule=!0;var yl=Y();kt.default=function(e){e.registerDecorator("inline",function(t,n,o,i){var r=t;return n.partials||(n.partials={},r=function(s,a){var l=o.partials;o.partials=yl.extend({},l,n.partials);var u=t(s,a);return o.partials=l,u}),n.partials[i.args[0]]=i.fn,r})};Vr.exports=kt.default});var Kr=S(fn=>{"use strict";fn.__esModule=!0;fn.registerDefaultDecorators=kl;function bl(e){return e&&e.__esModule?e:{default:e}}var wl=Zr(),xl=bl(wl);function kl(e){xl.default(e)}});var pn=S((vt,Yr)=>{"use strict";vt.__esModule=!0;var vl=Y(),Re={methodMap:["debug","info","warn","error"],level:"info",lookupLevel:function(t){if(typeof t=="string"){var n=vl.indexOf(Re.methodMap,t.toLowerCase());n>=0?t=n:t=parseInt(t,10)}return t},log:function(t){if(t=Re.lookupLevel(t),typeof console<"u"&&Re.lookupLevel(Re.level)<=t){var n=Re.methodMap[t];console[n]||(n="log");for(var o=arguments.length,i=Array(o>1?o-1:0),r=1;r<o;r++)i[r-1]=arguments[r];console[n].apply(console,i)}}};vt.default=Re;Yr.exports=vt.default});var mn=S(Me=>{"use strict";Me.__esModule=!0;Me.createProtoAccessControl=Sl;Me.resultIsAllowed=El;Me.isPrototypeConstructor=Cl;Me.resetLoggedProperties=Tl;function _l(e){return e&&e.__esModule?e:{default:e}}var Gr=Y(),Al=pn(),Ol=_l(Al),_t=Object.create(null);function Sl(e){var t=Object.create(null);t.__proto__=!1,Gr.extend(t,e.allowedProtoProperties);var n=Object.create(null);return n.constructor=!1,n.__defineGetter__=!1,n.__defineSetter__=!1,n.__lookupGetter__=!1,n.__lookupSetter__=!1,Gr.extend(n,e.allowedProtoMethods),{properties:{whitelist:t,defaultValue:e.allowProtoPropertiesByDefault},methods:{whitelist:n,defaultValue:e.allowProtoMethodsByDefault}}}function El(e,t,n){return Jr(typeof e=="function"?t.methods:t.properties,n)}function Cl(e,t,n){return t==="constructor"&&typeof n=="function"&&e===n.prototype}function Jr(e,t){return e.whitelist[t]!==void 0?e.whitelist[t]===!0:e.defaultValue!==void 0?e.defaultValue:(Pl(t),!1)}function Pl(e){_t[e]!==!0&&(_t[e]=!0,Ol.default.log("error",'Handlebars: Access has been denied to resolve the property "'+e+`" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`))}function Tl(){Object.keys(_t).forEach(function(e){delete _t[e]})}});var bn=S(ee=>{"use strict";ee.__esModule=!0;ee.HandlebarsEnvironment=yn;function Xr(e){return e&&e.__esModule?e:{default:e}}var ke=Y(),$l=de(),hn=Xr($l),Il=dn(),Rl=Kr(),Ml=pn(),At=Xr(Ml),Dl=mn(),Ll="4.7.10";ee.VERSION=Ll;var Nl=8;ee.COMPILER_REVISION=Nl;var Fl=7;ee.LAST_COMPATIBLE_COMPILER_REVISION=Fl;var jl={1:"<= 1.0.rc.2",2:"== 1.0.0-rc.3",3:"== 1.0.0-rc.4",4:"== 1.x.x",5:"== 2.0.0-alpha.x",6:">= 2.0.0-beta.1",7:">= 4.0.0 <4.3.0",8:">= 4.3.0"};ee.REVISION_CHANGES=jl;var gn="[object Object]";function yn(e,t,n){this.helpers=e||{},this.partials=t||{},this.decorators=n||{},Il.registerDefaultHelpers(this),Rl.registerDefaultDecorators(this)}yn.prototype={constructor:yn,logger:At.default,log:At.default.log,registerHelper:function(t,n){if(ke.toString.call(t)===gn){if(n)throw new hn.default("Arg not supported with multiple helpers");ke.extend(this.helpers,t)}else this.helpers[t]=n},unregisterHelper:function(t){delete this.helpers[t]},registerPartial:function(t,n){if(ke.toString.call(t)===gn)ke.extend(this.partials,t);else{if(typeof n>"u")throw new hn.default('Attempting to register a partial called "'+t+'" as undefined');this.partials[t]=n}},unregisterPartial:function(t){delete this.partials[t]},registerDecorator:function(t,n){if(ke.toString.call(t)===gn){if(n)throw new hn.default("Arg not supported with multiple decorators");ke.extend(this.decorators,t)}else this.decorators[t]=n},unregisterDecorator:function(t){delete this.decorators[t]},resetLoggedPropertyAccesses:function(){Dl.resetLoggedProperties()}};var Ul=At.default.log;ee.log=Ul;ee.createFrame=ke.createFrame;ee.logger=At.default});var ei=S((Ot,Qr)=>{"use strict";Ot.__esModule=!0;function wn(e){this.string=e}wn.prototype.toString=wn.prototype.toHTML=function(){return""+this.string};Ot.default=wn;Qr.exports=Ot.default});var ti=S(xn=>{"use strict";xn.__esModule=!0;xn.wrapHelper=Hl;function Hl(e,t){if(typeof e!="function")return e;var n=function(){var i=arguments[arguments.length-1];return arguments[arguments.length-1]=t(i),e.apply(this,arguments)};return n}});var si=S(fe=>{"use strict";fe.__esModule=!0;fe.checkRevision=Zl;fe.template=Kl;fe.wrapProgram=St;fe.resolvePartial=Yl;fe.invokePartial=Gl;fe.noop=ii;function zl(e){return e&&e.__esModule?e:{default:e}}function Wl(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var n in e)Object.prototype.hasOwnProperty.call(e,n)&&(t[n]=e[n]);return t.default=e,t}var Bl=Y(),ve=Wl(Bl),ql=de(),G=zl(ql),oe=bn(),ni=dn(),Vl=ti(),kn=mn();function Zl(e){var t=e&&e[0]||1,n=oe.COMPILER_REVISION;if(!(t>=oe.LAST_COMPATIBLE_COMPILER_REVISION&&t<=oe.COMPILER_REVISION))if(t<oe.LAST_COMPATIBLE_COMPILER_REVISION){var o=oe.REVISION_CHANGES[n],i=oe.REVISION_CHANGES[t];throw new G.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version ("+o+") or downgrade your runtime to an older version ("+i+").")}else throw new G.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version ("+e[1]+").")}function Kl(e,t){if(!t)throw new G.default("No environment passed to template");if(!e||!e.main)throw new G.default("Unknown template object: "+typeof e);e.main.decorator=e.main_d,t.VM.checkRevision(e.compiler);var n=e.compiler&&e.compiler[0]===7;function o(s,a,l){l.hash&&(a=ve.extend({},a,l.hash),l.ids&&(l.ids[0]=!0)),s=t.VM.resolvePartial.call(this,s,a,l),l.hooks=this.hooks,l.protoAccessControl=this.protoAccessControl;var u=t.VM.invokePartial.call(this,s,a,l);if(u==null&&ve.isFunction(s))throw new G.default("The partial "+l.name+" returned no output: partials must return a string");if(u==null&&t.compile){if(typeof s!="string")throw new G.default("The partial "+l.name+" could not be compiled: partials must be strings or functions returning strings");l.partials[l.name]=t.compile(s,e.compilerOptions,t),u=l.partials[l.name](a,l)}if(u!=null){if(l.indent){for(var f=u.split(`
`),c=0,d=f.length;c<d&&!(!f[c]&&c+1===d);c++)f[c]=l.indent+f[c];u=f.join(`
`)}return u}else throw new G.default("The partial "+l.name+" could not be compiled when running in runtime-only mode")}var i={strict:function(a,l,u){if(!a||!(l in a))throw new G.default('"'+l+'" not defined in '+a,{loc:u});return i.lookupProperty(a,l)},lookupProperty:function(a,l){var u=a[l];if(u==null||Object.prototype.hasOwnProperty.call(a,l)&&!kn.isPrototypeConstructor(a,l,u)||kn.resultIsAllowed(u,i.protoAccessControl,l))return u},lookup:function(a,l){for(var u=a.length,f=0;f<u;f++){var c=a[f]&&i.lookupProperty(a[f],l);if(c!=null)return c}},lambda:function(a,l){return typeof a=="function"?a.call(l):a},escapeExpression:ve.escapeExpression,invokePartial:o,fn:function(a){var l=e[a];return l.decorator=e[a+"_d"],l},programs:[],program:function(a,l,u,f,c){var d=this.programs[a],m=this.fn(a);return l||c||f||u?d=St(this,a,m,l,u,f,c):d||(d=this.programs[a]=St(this,a,m)),d},data:function(a,l){for(;a&&l--;)a=a._parent;return a},mergeIfNeeded:function(a,l){var u=a||l;return a&&l&&a!==l&&(u=ve.extend({},l,a)),u},nullContext:Object.seal({}),noop:t.VM.noop,compilerInfo:e.compiler};function r(s){var a=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],l=a.data;r._setup(a),!a.partial&&e.useData&&(l=Jl(s,l));var u=void 0,f=e.useBlockParams?[]:void 0;e.useDepths&&(a.depths?u=s!=a.depths[0]?[s].concat(a.depths):a.depths:u=[s]);function c(d){return""+e.main(i,d,i.helpers,i.partials,l,f,u)}return c=oi(e.main,c,i,a.depths||[],l,f),c(s,a)}return r.isTop=!0,r._setup=function(s){if(s.partial)i.protoAccessControl=s.protoAccessControl,i.helpers=s.helpers,i.partials=s.partials,i.decorators=s.decorators,i.hooks=s.hooks;else{var a={};ri(a,t.helpers,i),ri(a,s.helpers,i),i.helpers=a,e.usePartial&&(i.partials=i.mergeIfNeeded(s.partials,t.partials)),(e.usePartial||e.useDecorators)&&(i.decorators=ve.extend({},t.decorators,s.decorators)),i.hooks={},i.protoAccessControl=kn.createProtoAccessControl(s);var l=s.allowCallsToHelperMissing||n;ni.moveHelperToHooks(i,"helperMissing",l),ni.moveHelperToHooks(i,"blockHelperMissing",l)}},r._child=function(s,a,l,u){if(e.useBlockParams&&!l)throw new G.default("must pass block params");if(e.useDepths&&!u)throw new G.default("must pass parent depths");return St(i,s,e[s],a,0,l,u)},r}function St(e,t,n,o,i,r,s){function a(l){var u=arguments.length<=1||arguments[1]===void 0?{}:arguments[1],f=s;return s&&l!=s[0]&&!(l===e.nullContext&&s[0]===null)&&(f=[l].concat(s)),n(e,l,e.helpers,e.partials,u.data||o,r&&[u.blockParams].concat(r),f)}return a=oi(n,a,e,s,o,r),a.program=t,a.depth=s?s.length:0,a.blockParams=i||0,a}function Yl(e,t,n){return e?typeof e!="function"&&!n.name&&(n.name=e,e=Et(n.partials,e)):n.name==="@partial-block"?e=Et(n.data,"partial-block"):e=Et(n.partials,n.name),e}function Gl(e,t,n){var o=Et(n.data,"partial-block");n.partial=!0,n.ids&&(n.data.contextPath=n.ids[0]||n.data.contextPath);var i=void 0;if(n.fn&&n.fn!==ii&&(function(){n.data=oe.createFrame(n.data);var r=n.fn;i=n.data["partial-block"]=function(a){var l=arguments.length<=1||arguments[1]===void 0?{}:arguments[1];return l.data=oe.createFrame(l.data),l.data["partial-block"]=o,r(a,l)},r.partials&&(n.partials=ve.extend({},n.partials,r.partials))})(),e===void 0&&i&&(e=i),e===void 0)throw new G.default("The partial "+n.name+" could not be found");if(e instanceof Function)return e(t,n)}function ii(){return""}function Et(e,t){if(e&&Object.prototype.hasOwnProperty.call(e,t))return e[t]}function Jl(e,t){return(!t||!("root"in t))&&(t=t?oe.createFrame(t):{},t.root=e),t}function oi(e,t,n,o,i,r){if(e.decorator){var s={};t=e.decorator(t,s,n,o&&o[0],i,r,o),ve.extend(t,s)}return t}function ri(e,t,n){t&&Object.keys(t).forEach(function(o){var i=t[o];e[o]=Xl(i,n)})}function Xl(e,t){var n=t.lookupProperty;return Vl.wrapHelper(e,function(o){return o.lookupProperty=n,o})}});var li=S((Ct,ai)=>{"use strict";Ct.__esModule=!0;Ct.default=function(e){(function(){typeof globalThis!="object"&&(Object.prototype.__defineGetter__("__magic__",function(){return this}),__magic__.globalThis=__magic__,delete Object.prototype.__magic__)})();var t=globalThis.Handlebars;e.noConflict=function(){return globalThis.Handlebars===e&&(globalThis.Handlebars=t),e}};ai.exports=Ct.default});var pi=S((Pt,fi)=>{"use strict";Pt.__esModule=!0;function _n(e){return e&&e.__esModule?e:{default:e}}function An(e){if(e&&e.__esModule)return e;var t={};if(e!=null)for(var n in e)Object.prototype.hasOwnProperty.call(e,n)&&(t[n]=e[n]);return t.default=e,t}var Ql=bn(),ui=An(Ql),eu=ei(),tu=_n(eu),nu=de(),ru=_n(nu),iu=Y(),vn=An(iu),ou=si(),ci=An(ou),su=li(),au=_n(su);function di(){var e=new ui.HandlebarsEnvironment;return vn.extend(e,ui),e.SafeString=tu.default,e.Exception=ru.default,e.Utils=vn,e.escapeExpression=vn.escapeExpression,e.VM=ci,e.template=function(t){return ci.template(t,e)},e}var Ge=di();Ge.create=di;au.default(Ge);Ge.default=Ge;Pt.default=Ge;fi.exports=Pt.default});var po=S(()=>{throw{[Symbol.for("casefile.hand-over")]:"./compile.ts"}});var Bn=S((tm,Mo)=>{Mo.exports=require("./parts/markdown-tree.cjs")});var as=S(()=>{throw{[Symbol.for("casefile.hand-over")]:"../document/document.ts"}});var As=S(()=>{throw{[Symbol.for("casefile.hand-over")]:"../core/document/document.ts"}});var Uf={};Ta(Uf,{main:()=>jf,run:()=>Aa});module.exports=$a(Uf);var nn=require("node:fs");var k=class extends Error{name="UsageError"},C=class extends Error{constructor(n,o,i,r){super(n);this.file=o;this.line=i;this.column=r}file;line;column;name="DocumentError";describe(){return this.file?`${this.line?`${this.file}:${this.line}${this.column?`:${this.column}`:""}`:this.file}: ${this.message}`:this.message}},ce=class extends Error{name="CommandError"},dt=class extends Error{constructor(n){super(`exit ${n}`);this.code=n}code;name="SilentExit"};function vr(e,t){let n=e.evidence;if(n==null)return[];if(!(Array.isArray(n)&&n.every(i=>typeof i=="object"&&i!==null&&!Array.isArray(i)&&typeof i.file=="string")))throw new C("Unexpected `evidence` value, expected a list of files, each with a `file`",t);return n}function _r(e){if(e<1024)return`${e} B`;let t=["KiB","MiB","GiB","TiB"],n=e,o=-1;do n/=1024,o++;while(n>=1024&&o<t.length-1);return`${n.toFixed(n<10?1:0)} ${t[o]}`}var on,Ia=!0;async function Or(){on??=(await Promise.resolve().then(()=>we(Ar(),1))).sanitizedHtml}function Sr(e,t={}){if(!on)throw new Error("markdownToHtml: call loadMarkdownHtml() before rendering HTML");return on(e,t.headingOffset??0,Ia)}var uo=we(pi(),1);function hi(e){let t=e<0,n=Math.abs(e),o=n>=2*864e5?Math.floor(n/864e5):0,i=n-o*864e5,r=Math.floor(i/36e5);i-=r*36e5;let s=Math.floor(i/6e4),a=n<36e5?Math.floor((i-s*6e4)/1e3):0;return{negative:t&&o+r+s+a>0,days:o,hours:r,minutes:s,seconds:a}}var mi=e=>String(e).padStart(2,"0");function On(e,t=!1){let n=hi(e),o;if(n.days===0&&n.hours===0)o=n.minutes===0?`${n.seconds}s`:`${n.minutes}m${n.seconds?`${mi(n.seconds)}s`:""}`;else{let i=`${n.hours}h${n.minutes?`${mi(n.minutes)}m`:""}`;o=n.days===0?i:`${n.days}d${n.hours||n.minutes?` ${i}`:""}`}return`${t?"~":""}${n.negative?"-":""}${o}`}function gi(e,t=!1){let n=hi(e),o=(r,s)=>r?[`${r} ${s}${r===1?"":"s"}`]:[],i=[...o(n.days,"day"),...o(n.hours,"hour"),...o(n.minutes,"minute"),...o(n.seconds,"second")];return`${t?"about ":""}${n.negative?"-":""}${i.join(" ")||"0 seconds"}`}var lu=[31,28,31,30,31,30,31,31,30,31,30,31];function uu(e){return e%4===0&&e%100!==0||e%400===0}function _e(e,t){return t===2&&uu(e)?29:lu[t-1]??0}function pe(e,t){let n=e.charCodeAt(t)-48,o=e.charCodeAt(t+1)-48;return n>=0&&n<=9&&o>=0&&o<=9?n*10+o:-1}function De(e,t,n){let o=0;for(let i=t;i<t+n;i++){let r=e.charCodeAt(i);if(!(r>=48&&r<=57))return-1;o=o*10+r-48}return o}function yi(e,t,n){let o=t<=2?e-1:e,i=Math.floor(o/400),r=o-i*400,s=Math.floor((153*(t>2?t-3:t+9)+2)/5)+n-1,a=r*365+Math.floor(r/4)-Math.floor(r/100)+s;return i*146097+a-719468}var $t={UTC:{offset:0},GMT:{offset:0,also:["UTC","Europe/London"]},Z:{offset:0},PST:{offset:-480,region:"America/Los_Angeles"},PDT:{offset:-420,region:"America/Los_Angeles"},PT:{region:"America/Los_Angeles"},MST:{offset:-420,region:"America/Denver",also:["America/Phoenix"]},MDT:{offset:-360,region:"America/Denver"},MT:{region:"America/Denver"},CST:{offset:-360,region:"America/Chicago"},CDT:{offset:-300,region:"America/Chicago"},CT:{region:"America/Chicago"},EST:{offset:-300,region:"America/New_York"},EDT:{offset:-240,region:"America/New_York"},ET:{region:"America/New_York"},ADT:{offset:-180,region:"America/Halifax"},NST:{offset:-210,region:"America/St_Johns"},NDT:{offset:-150,region:"America/St_Johns"},AKST:{offset:-540,region:"America/Anchorage"},AKDT:{offset:-480,region:"America/Anchorage"},HST:{offset:-600,region:"Pacific/Honolulu"},BRT:{offset:-180,region:"America/Sao_Paulo"},ART:{offset:-180,region:"America/Argentina/Buenos_Aires"},WET:{offset:0,region:"Europe/Lisbon"},WEST:{offset:60,region:"Europe/Lisbon"},BST:{offset:60,region:"Europe/London"},CET:{offset:60,region:"Europe/Berlin",also:["Europe/Paris","Europe/Amsterdam"]},CEST:{offset:120,region:"Europe/Berlin",also:["Europe/Paris","Europe/Amsterdam"]},EET:{offset:120,region:"Europe/Athens",also:["Europe/Helsinki","Europe/Kyiv"]},EEST:{offset:180,region:"Europe/Athens",also:["Europe/Helsinki","Europe/Kyiv"]},MSK:{offset:180,region:"Europe/Moscow"},WAT:{offset:60,region:"Africa/Lagos"},CAT:{offset:120,region:"Africa/Maputo"},SAST:{offset:120,region:"Africa/Johannesburg"},EAT:{offset:180,region:"Africa/Nairobi"},PKT:{offset:300,region:"Asia/Karachi"},NPT:{offset:345,region:"Asia/Kathmandu"},ICT:{offset:420,region:"Asia/Bangkok"},WIB:{offset:420,region:"Asia/Jakarta"},SGT:{offset:480,region:"Asia/Singapore"},HKT:{offset:480,region:"Asia/Hong_Kong"},AWST:{offset:480,region:"Australia/Perth"},JST:{offset:540,region:"Asia/Tokyo"},KST:{offset:540,region:"Asia/Seoul"},ACST:{offset:570,region:"Australia/Adelaide",also:["Australia/Darwin"]},ACDT:{offset:630,region:"Australia/Adelaide"},AEST:{offset:600,region:"Australia/Sydney",also:["Australia/Brisbane"]},AEDT:{offset:660,region:"Australia/Sydney"},NZST:{offset:720,region:"Pacific/Auckland"},NZDT:{offset:780,region:"Pacific/Auckland"}},Le={IST:[{where:"India",offset:330,region:"Asia/Kolkata"},{where:"Israel",offset:120,region:"Asia/Jerusalem"},{where:"Ireland",offset:60,region:"Europe/Dublin"}],AST:[{where:"Atlantic",offset:-240,region:"America/Halifax"},{where:"Arabia",offset:180,region:"Asia/Riyadh"}],SST:[{where:"Samoa",offset:-660,region:"Pacific/Pago_Pago"},{where:"Singapore",offset:480,region:"Asia/Singapore"}]},bi={EST5EDT:"America/New_York",CST6CDT:"America/Chicago",MST7MDT:"America/Denver",PST8PDT:"America/Los_Angeles",MET:"Europe/Berlin"};function wi(e,t){for(let[n,o]of Object.entries($t))if(o.region===e&&o.offset===t)return n}function Sn(e){let t=Math.abs(e);return`${e<0?"-":"+"}${String(Math.trunc(t/60)).padStart(2,"0")}:${String(t%60).padStart(2,"0")}`}function xi(e){let t=Le[e];if(t)return`${e} (${t.map(n=>`${n.where} ${Sn(n.offset)}`).join(", ")})`}var cu=new Set(["Africa","America","Antarctica","Arctic","Asia","Atlantic","Australia","Europe","Indian","Pacific"]);function En(e){if(e==="UTC")return!0;let t=e.split("/");return t[0]==="Etc"?t.length===2&&Tt(t[1],!1):cu.has(t[0])&&(t.length===2||t.length===3)&&Tt(t[1],!0)&&(t.length===2||Tt(t[2],!0))}function ki(e){let t=e.split("/"),n=e.charCodeAt(0);return t.length<=3&&(n>=65&&n<=90||n>=97&&n<=122)&&t.every(o=>Tt(o,!0))}function Tt(e,t){if(e==="")return!1;for(let n=0;n<e.length;n++){let o=e.charCodeAt(n);if(!(o>=65&&o<=90||o>=97&&o<=122||o>=48&&o<=57||o===43||o===45||t&&o===95))return!1}return!0}function vi(e){return`an IANA name such as ${It(e)}`}function It(e){let t=e.toUpperCase(),n=$t[t],o=[];if(n)o=[...n.region?[n.region]:[],...n.also??(n.region?[]:["UTC"])];else if(Le[t])o=Le[t].map(i=>i.region);else if(bi[t])o=[bi[t]];else try{let i=new Intl.DateTimeFormat("en-US",{timeZone:e}).resolvedOptions().timeZone;i!==e&&En(i)&&(o=[i])}catch{}return o.length===0&&(o=["Europe/Berlin","UTC"]),o.length===1?o[0]:`${o.slice(0,-1).join(", ")} or ${o[o.length-1]}`}var _i=/^(?:[~\u2248\u00b1]|\+\/?-|(?:about|around|approximately|approx|circa)\s|(?:approx|ca)\.)\s*/i,Ai=/(\d|[ap]\.?m\.?)-ish\b/i,du=/^(\d{4}-\d{2}-\d{2})\s+(.+)$/;function Cn(e){let t=_i.exec(e);if(t)return e.slice(t[0].length);if(e.length>1&&e.endsWith("?"))return e.slice(0,-1).trimEnd();if(Ai.test(e))return e.replace(Ai,"$1");let n=du.exec(e),o=n&&_i.exec(n[2]);if(n&&o)return`${n[1]} ${n[2].slice(o[0].length)}`}var fu=new RegExp("^(?:(\\d{4})-(\\d{2})-(\\d{2})(?:T|\\s+))?(?:(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?|(h)(\\d{2})?)?|(\\d{2})(\\d{2}))(?:\\s*([ap])\\.?m\\b\\.?)?(?:(\\s*)(Z|[+-]\\d{2}(?::?\\d{2})?|(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{1,5}))?$","i");function Pn(e,t,n=!1){let o=fu.exec(e);if(!o)return;let[,i,r,s,a,l,u,f,c,d,m,y,w,x,A]=o,b=m!==void 0;if(c!==void 0){if(w!==void 0||x===""&&/^[a-y]/i.test(A??""))return;if(d===void 0&&A===void 0&&!n&&Number(a)<=23)throw new k(`Ambiguous time "${t.trim()}": ${a.padStart(2,"0")}:00 or ${a} hours ago; write ${a}h00 (or ${a}:00) for the time of day, -${a}h for the hours ago`)}else if(b?A===void 0||w!==void 0:l===void 0&&w===void 0)return;let P=Number(b?m:a),ge=Number((b?y:l??d)??0),L=Number(u??0);if(w!==void 0){if(P<1||P>12)throw new k(`Unexpected hour ${P} with ${w.toUpperCase()}M in "${t}", expected 1 to 12 (or a 24-hour time without AM/PM)`);P=P%12+(w.toLowerCase()==="p"?12:0)}let ye={hour:P,minute:ge,second:L};return f!==void 0&&(ye.fraction=f),i!==void 0&&(ye.date={year:Number(i),month:Number(r),day:Number(s)}),A!==void 0&&(ye.zone=pu(A,e,t)),ye}function pu(e,t,n){let o=/^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(e);if(o){let[,s,a,l]=o,u=Number(a)*60+Number(l??0);if(Number(a)>14||Number(l??0)>59||u>840)throw new k(`Unexpected offset "${e}" in "${n}", expected one between -12:00 and +14:00`);return{offset:s==="-"?-u:u}}let i=e.toUpperCase(),r=$t[i];if(r)return{offset:r.offset,region:r.region,abbr:i};if(Le[i]){let s=`${t.slice(0,t.length-e.length).trimEnd()} ${Sn(Le[i][0].offset)}`;throw new k(`Unexpected ambiguous time zone ${xi(i)} in "${n}", expected an offset instead, like "${s}"`)}throw new k(`Unexpected time zone "${e}" in "${n}", expected an abbreviation listed in docs/time-formats.md (PST, CET, JST...) or an offset like -08:00`)}var mu="janfebmaraprmayjunjulaugsepoctnovdec",hu="sunmontuewedthufrisat",Rt="(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?",Mt="(\\d{1,2})(?:st|nd|rd|th)?",gu=/^(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?(?:\s*,\s*|\s+)/i,yu,bu=()=>yu??={monthDay:new RegExp(`^${Rt}\\s*${Mt}(?![\\w.:/-])`,"i"),dayMonth:new RegExp(`^${Mt}(?:\\s+of)?\\s*${Rt}(?![\\w:/-])`,"i"),dayMonthYear:new RegExp(`^${Mt}([-/])${Rt}\\2(\\d{4})(?![\\w./-])`,"i"),yearMonthDay:new RegExp(`^(\\d{4})\\s+${Rt}\\s*${Mt}(?![\\w.:/-])`,"i")},wu=/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d./-]|[a-su-z])/i,xu=/^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\w./-])/,ku=/^(yesterday|today)(?![\w.:/-])/i,vu=/^\s*,?\s*(\d{4})(?![\w:.])/,_u=/^\s*(?:[a-z]{1,5}|[+-]\d.*)$/i,Au=/^(?:\s*,\s*(?:at\s+)?|\s+at\s+|\s*@\s*|\s+|T(?=\d))/i,Ou=/^(.*[a-z])\s+(\d{4})$/i,Dt=e=>mu.indexOf(e.slice(0,3).toLowerCase())/3+1;function Oi(e,t=e){let n=gu.exec(e),o=n?e.slice(n[0].length):e,i,r,s,a=bu(),l=!1,u=!1;if(s=a.monthDay.exec(o))i={month:Dt(s[1]),day:Number(s[2])},l=!0;else if(s=a.dayMonthYear.exec(o))i={year:Number(s[4]),month:Dt(s[3]),day:Number(s[1])},u=!0;else if(s=a.dayMonth.exec(o))i={month:Dt(s[2]),day:Number(s[1])},l=!0;else if(s=a.yearMonthDay.exec(o))i={year:Number(s[1]),month:Dt(s[2]),day:Number(s[3])};else if(s=wu.exec(o))i={year:Number(s[1]),month:Number(s[3]),day:Number(s[4])};else if(!n&&(s=ku.exec(o)))i={daysAgo:s[1].toLowerCase()==="today"?0:1};else if(s=xu.exec(o))r={first:Number(s[1]),second:Number(s[3]),...s[4]===void 0?{}:{year:s[4]}},i={month:1,day:1};else{if(n)throw new k(`Unexpected time "${t.trim()}", expected a date after the weekday (${n[1]} Feb 28 9:37 AM): a weekday alone does not say which week`);return}let f=(n?n[0].length:0)+s[0].length;if(l){let x=vu.exec(e.slice(f)),A=x?Number(x[1]):0;x&&(A>=1900&&A<=2099||!_u.test(e.slice(f+x[0].length)))&&(i.year=A,f+=x[0].length)}let c=e.slice(0,f).replace(/[\s,]+$/,""),d=e.slice(f),m=u&&d.startsWith(":")?":":Au.exec(d)?.[0];if(d!==""&&m===void 0||(d=d.slice(m?.length??0),r&&d===""))return;let y="day"in i&&i.year===void 0&&!r?Ou.exec(d):null;y&&(i.year=Number(y[2]),d=y[1]);let w={date:i,written:c,rest:d};return r&&(w.numeric=r),n&&(w.weekday={index:hu.indexOf(n[1].slice(0,3).toLowerCase())/3,written:n[1]}),w}var Su=["January","February","March","April","May","June","July","August","September","October","November","December"],Ne=e=>Su[e-1],Si=e=>["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"][e];var Ei=new Map;function Eu(e){let t=Ei.get(e);return t||Ei.set(e,t=new Intl.DateTimeFormat("en-US",{timeZone:e,year:"numeric",timeZoneName:"longOffset"})),t}var Cu=864e13-2*864e5,Ci=(e,t)=>{let n=e.charCodeAt(t)-48;return n>=0&&n<=9?n:NaN},Tn=(e,t)=>Ci(e,t)*10+Ci(e,t+1);function Pi(e,t){if(!(Math.abs(t)<=Cu))return;let n=Eu(e).format(t),o=n.lastIndexOf("GMT")+3;if(o<3)return;let i=n.length-o;if(i===0)return 0;if(i!==6&&i!==9)return;let r=n.charCodeAt(o);if(r!==43&&r!==45||n.charCodeAt(o+3)!==58)return;let s=Tn(n,o+1)*3600+Tn(n,o+4)*60;if(i===9){if(n.charCodeAt(o+6)!==58)return;s+=Tn(n,o+7)}if(!Number.isNaN(s))return s===0?0:Math.round((r===45?-s:s)*1e3/6e4)}var te=6e4,Lt=60*te,Z=24*Lt;function ji(e){return e.month>=1&&e.month<=12&&e.day>=1&&e.day<=_e(e.year,e.month)&&e.hour<=23&&e.minute<=59&&e.second<=59}function Ui(e,t){if(typeof e!="string")return;let n=e.charCodeAt(10);if(e.charCodeAt(4)!==45||e.charCodeAt(7)!==45||n!==84&&n!==32||e.charCodeAt(13)!==58)return;let o=t??{year:0,month:0,day:0,hour:0,minute:0,second:0,ms:0,offset:void 0};if(o.year=De(e,0,4),o.month=pe(e,5),o.day=pe(e,8),o.hour=pe(e,11),o.minute=pe(e,14),o.second=0,o.offset=void 0,o.year<0||o.month<0||o.day<0||o.hour<0||o.minute<0)return;let i=16,r=0;if(e.charCodeAt(i)===58){if(o.second=pe(e,i+1),o.second<0)return;if(i+=3,e.charCodeAt(i)===46||e.charCodeAt(i)===44){let f=i+1;for(;De(e,f,1)>=0;)f++;if(f===i+1||f-i-1>9)return;for(let c=i+1;c<i+4;c++)r=r*10+(c<f?De(e,c,1):0);i=f}}if(!ji(o))return;if(o.ms=r,i===e.length)return o;let s=e.charCodeAt(i);if(s===90)return o.offset=0,i+1===e.length?o:void 0;if(s!==43&&s!==45)return;let a=pe(e,i+1),l=0,u=i+3;if(u<e.length&&(e.charCodeAt(u)===58&&u++,l=pe(e,u),u+=2),!(a<0||l<0||u!==e.length||a>23||l>59))return o.offset=(s===45?-1:1)*(a*60+l),o}function Ue(e){if(e.year>=100&&e.year<=9999&&e.month>=1&&e.month<=12)return yi(e.year,e.month,e.day)*Z+e.hour*Lt+e.minute*te+e.second*1e3;if(e.year>=100)return Date.UTC(e.year,e.month-1,e.day,e.hour,e.minute,e.second);let t=new Date(Date.UTC(2e3,e.month-1,e.day,e.hour,e.minute,e.second));return t.setUTCFullYear(e.year),t.getTime()}var Pu={year:0,month:0,day:0,hour:0,minute:0,second:0,ms:0,offset:void 0},Tu=/^[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;function $u(e){return typeof e=="string"&&Tu.test(e)?Date.parse(e):void 0}var Ti=0,Iu=5e3;function j(e){if(Ti<Iu){let t=$u(e);if(t!==void 0)return Ti++,t}return Ru(e)}function Ru(e){let t=Ui(e,Pu);if(!(!t||t.offset===void 0))return Ue(t)+t.ms-t.offset*te}var $i=new Map;function $n(e){let t=$i.get(e);return t||(t=new Intl.DateTimeFormat("en-US",{timeZone:e,hourCycle:"h23",era:"short",year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric"}),$i.set(e,t)),t}var Je={isValid(e){try{return $n(e),!0}catch{return!1}},offsetMinutes(e,t){let n=Math.floor(t/1e3)*1e3;return Pi(e,n)??Mu(e,n)},isUtc:e=>$n(e).resolvedOptions().timeZone==="UTC"};function Mu(e,t){let n={},o=!1;for(let{type:r,value:s}of $n(e).formatToParts(t))r==="era"?o=s==="BC":r!=="literal"&&(n[r]=Number(s));let i=Ue({year:o?1-n.year:n.year,month:n.month,day:n.day,hour:n.hour%24,minute:n.minute,second:n.second});return Math.round((i-t)/te)}var Ae=Je;function Hi(e){Ae=e}function me(e){return typeof e=="string"&&En(e)&&Ae.isValid(e)}function Fe(e,t){return In(e)??Ae.offsetMinutes(e,t)}function zi(e){let t=In(e);if(t!==void 0)return()=>t;let n=Ae;if(!n.offsetSpan)return i=>n.offsetMinutes(e,i);let o={offset:0,from:1/0,to:-1/0};return i=>(i>=o.from&&i<o.to||(o=n.offsetSpan(e,i)),o.offset)}function In(e){let t=e.charCodeAt(0);if(t!==43&&t!==45)return;let n=De(e,1,2)*60+De(e,4,2);return t===45?-n:n}function he(e,t){let n=Math.floor(e/1e3)*1e3,o=new Date(n+Fe(t,n)*te);return{year:o.getUTCFullYear(),month:o.getUTCMonth()+1,day:o.getUTCDate(),hour:o.getUTCHours(),minute:o.getUTCMinutes(),second:o.getUTCSeconds()}}function I(e,t=2){return String(Math.abs(e)).padStart(t,"0")}function je(e){return`${e<0?"-":"+"}${I(Math.trunc(Math.abs(e)/60))}:${I(Math.abs(e)%60)}`}var Ii=4,Ri=[NaN,NaN,NaN,NaN],Mi=["","","",""],Di=[!0,!0,!0,!0],Li=[void 0,void 0,void 0,void 0],Ni=["","","",""],Fi=0;function z(e,t,n={}){let o=n.seconds!==!1;for(let s=0;s<Ii;s++)if(Ri[s]===e&&Mi[s]===t&&Di[s]===o&&Li[s]===Ae)return Ni[s];let i=Du(e,t,o),r=Fi;return Fi=(r+1)%Ii,Ri[r]=e,Mi[r]=t,Di[r]=o,Li[r]=Ae,Ni[r]=i,i}function Du(e,t,n){let o={seconds:n},i=Fe(t,e),r=new Date(Math.floor(e/1e3)*1e3+i*te),s=r.getUTCFullYear(),a=`${s<0?"-":""}${I(s,4)}-${I(r.getUTCMonth()+1)}-${I(r.getUTCDate())}`,l=`${I(r.getUTCHours())}:${I(r.getUTCMinutes())}${o.seconds===!1?"":`:${I(r.getUTCSeconds())}`}`;return`${a}T${l}${i===0&&In(t)===void 0&&Ae.isUtc(t)?"Z":je(i)}`}function He(e,t){let n=Ue(e),o=[Fe(t,n-Z),Fe(t,n+Z)].map(r=>n-r*te),i=o.filter(r=>n-Fe(t,r)*te===r);return i.length>0?Math.min(...i):Math.max(...o)}var Lu=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,Nu=/:\d{2}[.,](\d{1,9})/,Fu=/^(\d{1,2}):(\d{2})(?::(\d{2}))?$/,ju=/^(?:-\s*)?(?:(\d+)\s*w)?\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/;function Wi(e,t){if(!me(t.timeZone))throw new k(`Unexpected time zone "${t.timeZone}", expected ${vi(t.timeZone)}`);let n=Bi(e.trim(),e,t);if(!Number.isFinite(n.ms)||!/^\d{4}-/.test(n.at)||n.at.startsWith("0000"))throw Rn(e);return n}function Rn(e){return new k(`Unexpected time "${e}", expected one in the years 0001 to 9999`)}function Bi(e,t,n){let o=c=>{if(!(Math.abs(c)<86e14))throw Rn(t);let d=z(c,n.timeZone);return{at:d,ms:j(d)}};if(e.toLowerCase()==="now")return o(n.now);let i=Ui(e);if(i){let c=Nu.exec(e)?.[1];if(i.offset!==void 0){if(Lu.test(e))return{at:e,ms:j(e)};let y=i,w=i.offset===0&&/Z$/.test(e)?"Z":je(i.offset),x=`${I(y.year,4)}-${I(y.month)}-${I(y.day)}T${I(y.hour)}:${I(y.minute)}:${I(y.second)}${c?`.${c}`:""}${w}`;return{at:x,ms:j(x)}}let{at:d,ms:m}=o(He(i,n.timeZone));return c?Vi(d,c):{at:d,ms:m}}let r=Fu.exec(e);if(r){let[c,d,m]=[Number(r[1]),Number(r[2]),Number(r[3]??0)];if(c<=23&&d<=59&&m<=59)return o(Yi(c,d,m,n))}let s=qu(e);if(s!==void 0)return o(n.now-s);let a=Cn(e);if(a)return{...Bi(a,t,n),approx:!0};let l=Pn(e,t),u=l&&Bu(l,n,t);if(u)return u;let f=Oi(e,t);if(f)return Uu(f,t,n);throw qi(t)}function qi(e){return new k(`Unexpected time "${e}", expected ISO 8601 (2026-03-01T14:05:00+01:00), HH:MM, 9:37 AM PST, 1345 UTC or a relative time like -5m`)}function Vi(e,t){let n=`${e.slice(0,19)}.${t}${e.slice(19)}`;return{at:n,ms:j(n)}}function Zi(e,t){return e===void 0?t.timeZone:e.offset===void 0?e.region:e.offset===0&&e.abbr!==void 0&&e.region===void 0?"UTC":je(e.offset)}function Uu(e,t,n){let o=e.rest,i=Cn(o);if(i!==void 0&&(o=i),!/\d/.test(o))throw new k(`Unexpected time "${t.trim()}", expected a time of day after the date, like "${e.written} 13:45"`);let r=Pn(o,t,!0);if(!r||r.date||r.hour>23||r.minute>59||r.second>59)throw qi(t);if(e.numeric)throw Wu(e.numeric,e.written);let s=Zi(r.zone,n),{hour:a,minute:l,second:u}=r,f;if("daysAgo"in e.date)f=zu(e.date.daysAgo,r,o,s,n,t);else{let{month:d,day:m}=e.date;if(!(d>=1&&d<=12&&m>=1&&m<=_e(e.date.year??2e3,d))){let x=e.date.year===void 0||d!==2?_e(2e3,d):_e(e.date.year,2);throw new k(`Unexpected date "${e.written}" in "${t.trim()}", expected a day that exists: ${d>=1&&d<=12?`${Ne(d)}${e.date.year!==void 0&&d===2?` ${e.date.year}`:""} has ${x} days`:"months are 1 to 12"}`)}let y=e.date.year??Hu(e.date,r,s,n,t);f=He({year:y,month:d,day:m,hour:a,minute:l,second:u},s);let w=new Date(Ue({year:y,month:d,day:m,hour:0,minute:0,second:0})).getUTCDay();if(e.weekday&&w!==e.weekday.index){let x=`${I(y,4)}-${I(d)}-${I(m)}`;throw new k(`Unexpected weekday "${e.weekday.written}" in "${t.trim()}": ${x} is a ${Si(w)}`+(e.date.year===void 0?` (the year taken for ${Ne(d).slice(0,3)} ${m}; write the year for another)`:""))}}let c=Ki(f,s,r,t);return i!==void 0?{...c,approx:!0}:c}function Hu(e,t,n,o,i){let r=o.latest===void 0||o.now-o.latest<Z,s=r?o.now:o.latest,{year:a}=he(s,n),l;for(let u of[a-1,a,a+1]){if(e.day>_e(u,e.month))continue;let f=He({year:u,month:e.month,day:e.day,hour:t.hour,minute:t.minute,second:t.second},n);(r?f<=o.now+Z&&(!l||f>l.ms):!l||Math.abs(f-s)<=Math.abs(l.ms-s))&&(l={year:u,ms:f})}if(!l)throw new k(`Unexpected date "${Ne(e.month).slice(0,3)} ${e.day}" in "${i.trim()}", expected its year written: `+(r?"no such day has passed within the last year":"no such day is within a year of the latest entry"));return l.year}function zu(e,t,n,o,i,r){let s=c=>{let d=new Date(Ue({...he(c,o),hour:0,minute:0,second:0})-e*Z),m={year:d.getUTCFullYear(),month:d.getUTCMonth()+1,day:d.getUTCDate(),hour:t.hour,minute:t.minute,second:t.second};return{ms:He(m,o),date:Xe(m)}},a=s(i.now);if(i.latest===void 0||i.now-i.latest<Z||Math.abs(a.ms-i.latest)<=Z)return a.ms;let u=s(i.latest),f=e===0?"today":"yesterday";throw new k(`Ambiguous day "${f}" in "${r.trim()}" while back-filling (the latest entry, ${z(i.latest,o)}, is over a day before now): write the date, "${a.date} ${n}" (${f} from now) or "${u.date} ${n}" (${e===0?"that entry's day":"the day before that entry"})`)}function Wu(e,t){let n=(l,u)=>l>=1&&l<=12&&u>=1&&u<=_e(2e3,l),o=e.year?.length===4?` ${e.year}`:"",i=n(e.first,e.second)?`${Ne(e.first).slice(0,3)} ${e.second}${o}`:void 0,r=n(e.second,e.first)?`${e.first} ${Ne(e.second).slice(0,3)}${o}`:void 0,s=`the month as a word${e.year&&!o?" and the year in four digits":""}, or YYYY-MM-DD`;if(i&&r&&e.first!==e.second)return new k(`Ambiguous date "${t}": ${i} (month first, as in the US) or ${r} (day first); write ${s}`);let a=i??r;return new k(`Unexpected date "${t}", expected ${a?`${a} (${s})`:s}: a day and a month in numbers are refused in either order, as 02/03 is Feb 3 in the US and 2 Mar elsewhere`)}function Bu(e,t,n){let{hour:o,minute:i,second:r}=e;if(o>23||i>59||r>59)return;let s=Zi(e.zone,t),a;if(e.date){let l={...e.date,hour:o,minute:i,second:r};if(!ji(l))return;a=He(l,s)}else a=Yi(o,i,r,{...t,timeZone:s});return Ki(a,s,e,n)}function Ki(e,t,n,o){let{zone:i}=n;if(!(Math.abs(e)<86e14))throw Rn(o);let r=z(e,t),s=n.fraction?Vi(r,n.fraction):{at:r,ms:j(r)},a=s.at;if(i?.abbr!==void 0&&i.offset!==void 0&&i.region!==void 0){let l=Fe(i.region,e);if(l!==i.offset){let u=i.region.slice(i.region.lastIndexOf("/")+1).replace(/_/g," "),f=wi(i.region,l);s.note=`"${o.trim()}" is ${i.abbr} (${je(i.offset)}), but ${u} was ${f?`on ${f} (${je(l)})`:`at ${je(l)}`} on ${Vu(e,i.region)}; stored ${a} as written`}}return s}function Yi(e,t,n,o){let i=o.latest===void 0||o.now-o.latest<Z,r=i?o.now:o.latest,{year:s,month:a,day:l}=he(r,o.timeZone),u=[-1,0,1].map(w=>{let x=new Date(Ue({year:s,month:a,day:l,hour:0,minute:0,second:0})+w*Z);return He({year:x.getUTCFullYear(),month:x.getUTCMonth()+1,day:x.getUTCDate(),hour:e,minute:t,second:n},o.timeZone)});if(i)return Math.max(...u.filter(w=>w<=o.now+te));let f=u[0];for(let w of u)Math.abs(w-r)<=Math.abs(f-r)&&(f=w);if(!o.fits)return f;let c=u.filter(w=>Math.abs(w-r)<Z&&o.fits(w));if(c.length===0)return f;if(c.length===1)return c[0];if(c.includes(f)&&Math.abs(f-r)<=6*Lt)return f;let d=`${I(e)}:${I(t)}${n?`:${I(n)}`:""}`,[m,y]=c.map(w=>z(w,o.timeZone));throw new k(`Ambiguous time "${d}": ${m} or ${y} both fit; write the date, e.g. --at "${y.slice(0,10)} ${d}"`)}function qu(e){let t=/\s*ago$/i.test(e),n=e.replace(/\s*ago$/i,"");if(n.startsWith("-")===t)return;let o=ju.exec(n);if(!o||!o.slice(1).some(u=>u!==void 0))return;let[i,r,s,a,l]=o.slice(1).map(u=>Number(u??0));return(i*7+r)*Z+s*Lt+a*te+l*1e3}function Gi(e,t){let n=-1/0,o=0;for(;o<e.length;o++){let i=t(e[o])??1/0;if(!(i>=n))break;n=i}return o===e.length?e.slice():e.map((i,r)=>({entry:i,i:r,ms:t(i)??1/0})).sort((i,r)=>i.ms-r.ms||i.i-r.i).map(({entry:i})=>i)}function Vu(e,t){return Xe(he(e,t))}function Xe({year:e,month:t,day:n}){return`${e}-${String(t).padStart(2,"0")}-${String(n).padStart(2,"0")}`}function se(e){return e.includes("\r")?e.replace(/\r\n?/g,`
`):e}function Nt(e){return e.includes(`


`)?e.replace(/\n{3,}/g,`

`):e}var Zu={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;","`":"&#x60;","=":"&#x3D;"},Mn=/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g,Ku=/[&<>"'`=\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/,Ji=/[^\0-\x7f]/;function ae(e){let t=ne(e);return Ku.test(t)?t.replace(Mn,"").replace(/[&<>"'`=]/g,n=>Zu[n]):t}function ne(e){return e==null?"":Array.isArray(e)?e.map(ne).join(", "):String(e)}var re=e=>ne(e).replace(Mn,"").replace(/\s+/g," ").trim();function Oe(e){let t=re(e).replace(/[\\`*[\]<>|~]/g,"\\$&");return t.includes("_")&&(t=t.replace(Ji.test(t)?/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu:/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g,"\\_")),t.includes("@")&&(t=t.replace(Ji.test(t)?/(?<![\p{L}\p{N}_])@(?=[\p{L}\p{N}_])/gu:/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9_])/g,"@\u200B")),t.includes("&")&&(t=t.replace(/&(?=#?[A-Za-z0-9]+;)/g,"\\&")),Yu(t)}function Yu(e){let t=e.charCodeAt(0);if(t===35||t===43||t===61||t===45)return`\\${e}`;let n=0;for(;e.charCodeAt(n)>=48&&e.charCodeAt(n)<=57;)n++;let o=e.charCodeAt(n);return n>0&&(o===46||o===41)?`${e.slice(0,n)}\\${e.slice(n)}`:e}var Xi=Oe;function Qi(e,t=""){let n=se(ne(e).replace(Mn,"")).replace(/\n$/,""),o=Math.max(0,...(n.match(/`+/g)??[]).map(r=>r.length)),i="`".repeat(Math.max(3,o+1));return`${i}${t.replace(/[^\w+#.-]/g,"")}
${n}
${i}`}function Gu(e,t){let n=0;for(let o=e.indexOf(String.fromCharCode(t));o!==-1;o=e.indexOf(String.fromCharCode(t),o)){let i=o;for(;e.charCodeAt(o)===t;)o++;o-i>n&&(n=o-i)}return n}function eo(e){let t=re(e);if(t==="")return"";let n="`".repeat(Gu(t,96)+1),o=t.startsWith("`")||t.endsWith("`")?" ":"";return`${n}${o}${t}${o}${n}`}var Ju=/[\u0000-\u0020\u007F-\u009F]/g,Xu=new Set(["http","https","mailto"]);function to(e){let t=e.replace(Ju,""),n=/^([A-Za-z][A-Za-z0-9+.-]*):/.exec(t);if(!(n&&!Xu.has(n[1].toLowerCase())))return t}var Dn=/^( {0,3})(`{3,}|~{3,})[ \t]*(.*)$/;function Ft(e){return e.replace(/<!--[\s\S]*?(?:-->|$)/g,"")}var no,ro=e=>/[[<]/.test(Ft(e));function Nn(e,t={}){let n=t.headingOffset??0,o=se(Ft(e));return ro(o)?o=no?tc(o,n,no):o.split(`
`).map(Oe).join(`
`):o=Qu(o,n),Nt(o.replace(/[ \t]+$/gm,"")).trim()}function Qu(e,t){if(t===0)return e;let n;return e.split(`
`).map(o=>{if(n)return n.test(o)&&(n=void 0),o;let i=Dn.exec(o);return i&&!(i[2][0]==="`"&&i[3].includes("`"))?(n=new RegExp(`^ {0,3}${i[2][0]==="`"?"`":"~"}{${i[2].length},}[ \\t]*$`),o):o.replace(/^( {0,3})(#{1,6})(?=[ \t]|$)/,(r,s,a)=>s+"#".repeat(io(a.length,t)))}).join(`
`)}var io=(e,t)=>Math.min(6,Math.max(1,e+t)),ec=new Set(["http","https","mailto"]);function Ln(e){let t=/^([A-Za-z][A-Za-z0-9+.-]*):/.exec(e.replace(/[\u0000-\u0020\u007F-\u009F]/g,""));return t!==null&&ec.has(t[1].toLowerCase())}function tc(e,t,n){let o=e,i=t;for(let r=0;r<8;r++){let s=nc(o,n(o),i);if(s.length===0)return o;i=0,o=rc(o,s)}return Oe(e)}function nc(e,t,n){let o=[],i=s=>({from:s.position.start.offset,to:s.position.end.offset}),r=s=>{switch(s.type){case"link":if(!Ln(s.url)){let a=s.children,l=a.length?e.slice(i(a[0]).from,i(a[a.length-1]).to):"";o.push({...i(s),text:l});return}break;case"image":if(!Ln(s.url)){o.push({...i(s),text:Oe(s.alt??"")});return}break;case"definition":Ln(s.url)||o.push({...i(s),text:""});return;case"html":o.push({...i(s),text:e.slice(i(s).from,i(s).to).replace(/</g,"&lt;")});return;case"heading":{let{from:a}=i(s),l=/^#{1,6}/.exec(e.slice(a,a+6));n!==0&&l&&o.push({from:a,to:a+l[0].length,text:"#".repeat(io(s.depth,n))});break}}if("children"in s)for(let a of s.children)r(a)};return r(t),o}function rc(e,t){let n=e,o=1/0;for(let i of[...t].sort((r,s)=>s.from-r.from||s.to-r.to))i.to>o||(n=n.slice(0,i.from)+i.text+n.slice(i.to),o=i.from);return n}function R(e,t,n=!1){let o=t[t.length-1],i=t.slice(0,-1);return n||i.forEach((r,s)=>{if(r===void 0){let a=o.loc?.start;throw new Error(`helper "${e}": argument ${s+1} is not in the context (wrap optional fields in {{#if}})${a?` - ${a.line}:${a.column}`:""}`)}}),{params:i,options:o}}var Fn=e=>String(e).padStart(2,"0");function jn(e){return typeof e=="number"&&Number.isFinite(e)?e:typeof e=="string"?j(e):void 0}var jt=(e,t)=>e.charCodeAt(t)>=48&&e.charCodeAt(t)<=57,ic=e=>e.length===6&&(e[0]==="+"||e[0]==="-")&&jt(e,1)&&jt(e,2)&&e[3]===":"&&jt(e,4)&&jt(e,5);function oc(e,t){let n=z(e,t),o=n.slice(-6),i=n.endsWith("Z")?"Z":ic(o)?o:/(Z|[+-]\d{2}:\d{2})$/.exec(n)[1];return i==="Z"||i==="+00:00"?"UTC":`UTC${i}`}function oo(e,t){let n=e==="html",o=c=>n?new t(ae(c)):Oe(c),i=c=>n?new t(c):c,r=(c,d,m)=>{let y=c[m];if(typeof y=="string"&&y)return y;let w=d.data?.root;return typeof w?.timezone=="string"?w.timezone:"UTC"},s=(c,d)=>(...m)=>{let{params:y,options:w}=R(c,m),x=y[0];if(x===null||x==="")return"";let A=jn(x);return A===void 0?o(ne(x)):i(d(A,r(y,w,1),w))},a=(c,d,m)=>{let y=he(c,d);return`${Fn(y.hour)}:${Fn(y.minute)}${m?`:${Fn(y.second)}`:""}`},l=(c,d)=>z(c,d).slice(0,10),u=c=>c.hash?.seconds===!0,f=(c,d)=>n?`<table>
<thead><tr>${c.map(m=>`<th>${ae(m)}</th>`).join("")}</tr></thead>
<tbody>
${d.map(m=>`<tr>${m.map(y=>`<td>${ae(y)}</td>`).join("")}</tr>`).join(`
`)}
</tbody>
</table>`:[c,...d].map(m=>`| ${m.map(y=>Xi(y)).join(" | ")} |`).toSpliced(1,0,`|${c.map(()=>"---").join("|")}|`).join(`
`);return{inline:(...c)=>o(re(R("inline",c).params[0])),cell:(...c)=>o(re(R("cell",c).params[0])),code(...c){let{params:d}=R("code",c),m=typeof d[1]=="string"?d[1]:"";return n?new t(`<pre><code>${ae(d[0])}</code></pre>`):Qi(d[0],m)},codespan(...c){let d=R("codespan",c).params[0];return n?new t(`<code>${ae(re(d))}</code>`):eo(d)},html:(...c)=>i(ae(R("html",c).params[0])),markdown(...c){let{params:d,options:m}=R("markdown",c),y=typeof m.hash?.offset=="number"?m.hash.offset:0,w=ne(d[0]);return n?new t(Sr(w,{headingOffset:y})):Nn(w,{headingOffset:y})},date:s("date",(c,d)=>l(c,d)),time:s("time",(c,d,m)=>a(c,d,u(m))),datetime:s("datetime",(c,d,m)=>`${l(c,d)} ${a(c,d,u(m))} ${oc(c,d)}`),iso:s("iso",(c,d)=>z(c,d)),duration(...c){let{params:d,options:m}=R("duration",c),y=d.length>=2?sc(d[0],d[1]):typeof d[0]=="number"?d[0]:void 0;if(y===void 0)return"";let w=m.hash?.approx===!0;return i(m.hash?.long===!0?gi(y,w):On(y,w))},metrics_table(...c){let d=R("metrics_table",c).params[0],m=(Array.isArray(d)?d:[]).map(y=>[ne(y.label),typeof y.ms=="number"?On(y.ms,y.approx===!0):"",ne(y.from),ne(y.to)]);return m.length?i(f(["Metric","Duration","From","To"],m)):""},join(...c){let{params:d}=R("join",c),m=Array.isArray(d[0])?d[0]:d[0]===null?[]:[d[0]],y=typeof d[1]=="string"?d[1]:", ";return o(m.map(re).join(y))},safeurl(...c){let d=to(re(R("safeurl",c).params[0]))??"#";return n?new t(ae(d)):d.replace(/[()<> ]/g,m=>`%${m.charCodeAt(0).toString(16).toUpperCase()}`)},mention(...c){let d=re(R("mention",c).params[0]).replace(/[^A-Za-z0-9-]/g,"");return d?i(`@${d}`):""},humanize(...c){let d=re(R("humanize",c).params[0]).replace(/[_-]+/g," ");return o(d.charAt(0).toUpperCase()+d.slice(1))},eq:(...c)=>{let{params:d}=R("eq",c,!0);return d[0]===d[1]},ne:(...c)=>{let{params:d}=R("ne",c,!0);return d[0]!==d[1]},and:(...c)=>R("and",c,!0).params.every(Boolean),or:(...c)=>R("or",c,!0).params.some(Boolean),not:(...c)=>!R("not",c,!0).params[0],default(...c){let{params:d}=R("default",c,!0);return d[0]===void 0||d[0]===null||d[0]===""?d[1]:d[0]},length:(...c)=>{let d=R("length",c,!0).params[0];return Array.isArray(d)?d.length:0},log:()=>""}}function sc(e,t){let n=jn(e),o=jn(t);return n===void 0||o===void 0?void 0:o-n}var p=(e,t,n,o)=>({start:{line:e,column:t},end:{line:n,column:o}}),h=(e,t,n)=>({name:e,hash:{},data:t,loc:n}),Qe=(e,t,n,o,i)=>({name:e,hash:{},fn:t,inverse:n,data:o,loc:i}),ac=[],ze=(e,t,n,o,i)=>ac[e]??=p(t,n,o,i),so=(e,t,n,o,i)=>n<0?"":t[n](e,o,e.helpers,e.partials,i),g=(e,t,n,o,i,r,s)=>(typeof o=="function"&&(o=o.call(n)),so(e,t,!o||Array.isArray(o)&&o.length===0?r:i,n,s)),H=(e,t,n,o,i,r,s,a,l)=>{if(!Array.isArray(i))return t.each.call(o,i,Qe("each",e.program(r,a,0),s<0?e.noop:e.program(s,a,0),a,l));let u;if(a){u={};for(let m in a)Object.prototype.hasOwnProperty.call(a,m)&&(u[m]=a[m]);u._parent=a}let f=i.length;if(f===0)return so(e,n,s,o,a);let c=n[r],d="";for(let m=0;m<f;m++)m in i&&(u&&(u.key=m,u.index=m,u.first=m===0,u.last=m===i.length-1),d=d+c(e,i[m],e.helpers,e.partials,u||a));return d},lc={compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){return`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
`},useData:!0},B={0:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Started:** "+((r=s(n,"datetime").call(t??(e.nullContext||{}),s(t,"started"),h("datetime",i,p(2,15,2,35))))!=null?r:"")+`
`},1:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Ended:** "+((r=s(n,"datetime").call(t??(e.nullContext||{}),s(t,"ended"),h("datetime",i,p(5,13,5,31))))!=null?r:"")+`
`},2:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=g(e,B,t??(e.nullContext||{}),s(t,"ongoing"),3,-1,i))!=null?r:""},3:function(e,t,n,o,i){return`- **Ended:** not yet (ongoing)
`},4:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Duration:** "+((r=s(n,"duration").call(t??(e.nullContext||{}),s(t,"duration_ms"),{name:"duration",hash:{approx:s(t,"duration_approx"),long:!0},data:i,loc:p(10,16,10,73)}))!=null?r:"")+`
`},5:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Affected services:** "+((r=s(n,"join").call(t??(e.nullContext||{}),s(t,"services"),h("join",i,p(13,25,13,42))))!=null?r:"")+`
`},6:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Severity:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"severity"),h("inline",i,p(16,16,16,35))))!=null?r:"")+`
`},7:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,B,s,a(t,"status"),8,-1,i))!=null?r:"")+"- **Time zone:** "+((r=a(n,"inline").call(s,a(t,"timezone"),h("inline",i,p(22,17,22,36))))!=null?r:"")+`
`+((r=a(n,"with").call(s,a(t,"postmortem"),Qe("with",e.program(9,i,0),e.noop,i,p(23,0,27,9))))!=null?r:"")+"- **File:** "+((r=a(n,"codespan").call(s,a(t,"file"),h("codespan",i,p(28,12,28,29))))!=null?r:"")+`
`},8:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Status:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"status"),h("inline",i,p(20,14,20,31))))!=null?r:"")+`
`},9:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=g(e,B,t??(e.nullContext||{}),s(t,"status"),10,-1,i))!=null?r:""},10:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **Post-mortem:** "+((r=a(n,"inline").call(s,a(t,"status"),h("inline",i,p(25,19,25,36))))!=null?r:"")+((r=g(e,B,s,a(t,"owner"),11,-1,i))!=null?r:"")+((r=g(e,B,s,a(t,"due"),12,-1,i))!=null?r:"")+((r=g(e,B,s,a(t,"meeting"),13,-1,i))!=null?r:"")+`
`},11:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", owner "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"owner"),h("inline",i,p(25,57,25,73))))!=null?r:"")},12:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", due "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"due"),h("inline",i,p(25,97,25,111))))!=null?r:"")},13:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", meeting "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"meeting"),h("inline",i,p(25,143,25,161))))!=null?r:"")},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,B,s,a(t,"started"),0,-1,i))!=null?r:"")+((r=g(e,B,s,a(t,"ended"),1,2,i))!=null?r:"")+((r=g(e,B,s,a(t,"duration_ms"),4,-1,i))!=null?r:"")+((r=g(e,B,s,a(t,"services"),5,-1,i))!=null?r:"")+((r=g(e,B,s,a(t,"severity"),6,-1,i))!=null?r:"")+((r=g(e,B,s,a(t,"internal"),7,-1,i))!=null?r:"")},useData:!0},ie={0:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return": "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"item"),"title"),h("inline",i,p(2,40,2,61))))!=null?r:"")},1:function(e,t,n,o,i){return`> **DRILL**: this action item comes from a practice incident.

`},2:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **Incident:** ["+((r=a(n,"inline").call(s,a(a(t,"incident"),"title"),h("inline",i,p(9,17,9,42))))!=null?r:"")+"]("+((r=a(n,"safeurl").call(s,a(t,"url"),h("safeurl",i,p(9,44,9,59))))!=null?r:"")+`)
`},3:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Incident:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"incident"),"title"),h("inline",i,p(11,16,11,41))))!=null?r:"")+`
`},4:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Type:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"item"),"type"),h("inline",i,p(15,12,15,32))))!=null?r:"")+`
`},5:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Owner:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"item"),"owner"),h("inline",i,p(18,13,18,34))))!=null?r:"")+`
`},6:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Due:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"item"),"due"),h("inline",i,p(21,11,21,30))))!=null?r:"")+`
`},7:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **Status:** "+((r=a(n,"inline").call(s,a(a(t,"item"),"status"),h("inline",i,p(24,14,24,36))))!=null?r:"")+((r=g(e,ie,s,a(a(t,"item"),"reason"),8,-1,i))!=null?r:"")+`
`},8:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" ("+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"item"),"reason"),h("inline",i,p(24,57,24,79))))!=null?r:"")+")"},9:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- **Incident severity:** "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"incident"),"severity"),h("inline",i,p(27,25,27,53))))!=null?r:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=a(n,"inline").call(s,a(a(t,"item"),"id"),h("inline",i,p(2,2,2,20))))!=null?r:"")+((r=g(e,ie,s,a(a(t,"item"),"title"),0,-1,i))!=null?r:"")+`

`+((r=g(e,ie,s,a(n,"eq").call(s,a(a(t,"incident"),"kind"),"drill",h("eq",i,p(4,6,4,32))),1,-1,i))!=null?r:"")+((r=g(e,ie,s,a(t,"url"),2,3,i))!=null?r:"")+"- **File:** "+((r=a(n,"codespan").call(s,a(t,"file"),h("codespan",i,p(13,12,13,29))))!=null?r:"")+`
`+((r=g(e,ie,s,a(a(t,"item"),"type"),4,-1,i))!=null?r:"")+((r=g(e,ie,s,a(a(t,"item"),"owner"),5,-1,i))!=null?r:"")+((r=g(e,ie,s,a(a(t,"item"),"due"),6,-1,i))!=null?r:"")+((r=g(e,ie,s,a(a(t,"item"),"status"),7,-1,i))!=null?r:"")+((r=g(e,ie,s,a(a(t,"incident"),"severity"),9,-1,i))!=null?r:"")+`
Closing or reopening this issue updates the action item in the file.
`},useData:!0},v={0:function(e,t,n,o,i){return"[DRILL] "},1:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=e.invokePartial(s(o,"drill"),t,{name:"drill",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`},2:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=a(n,"inline").call(s,a(t,"severity"),h("inline",i,p(12,16,12,35))))!=null?r:"")+((r=g(e,v,s,a(t,"status"),3,-1,i))!=null?r:"")+", a"},3:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"status"),h("inline",i,p(12,51,12,68))))!=null?r:"")},4:function(e,t,n,o,i){return"A"},5:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", what is new since "+((r=s(n,"time").call(t??(e.nullContext||{}),s(t,"since"),h("time",i,p(12,141,12,155))))!=null?r:"")},6:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=a(n,"duration").call(s,a(t,"elapsed_ms"),{name:"duration",hash:{approx:a(t,"elapsed_approx")},data:i,loc:p(14,0,14,45)}))!=null?r:"")+" since "+((r=e.lambda(e.strict(t,"elapsed_from",ze(0,14,54,14,66)),t))!=null?r:"")+((r=g(e,v,s,a(t,"started"),7,-1,i))!=null?r:"")+((r=g(e,v,s,a(t,"ongoing"),-1,8,i))!=null?r:"")+`.
`},7:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" ("+((r=s(n,"time").call(t??(e.nullContext||{}),s(t,"started"),h("time",i,p(14,85,14,101))))!=null?r:"")+")"},8:function(e,t,n,o,i){return"; impact has ended"},9:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return". "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"symptoms"),"summary"),h("inline",i,p(17,65,17,92))))!=null?r:"")},10:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return`
First seen `+((r=a(n,"time").call(s,a(a(a(t,"symptoms"),"first"),"at"),h("time",i,p(20,11,20,37))))!=null?r:"")+": "+((r=a(n,"inline").call(s,a(a(a(t,"symptoms"),"first"),"text"),h("inline",i,p(20,39,20,69))))!=null?r:"")+`
`},11:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"**Observed directly:** yes, "+((r=a(n,"time").call(s,a(a(t,"observed"),"at"),h("time",i,p(24,28,24,48))))!=null?r:"")+((r=g(e,v,s,a(a(t,"observed"),"by"),12,-1,i))!=null?r:"")+": "+((r=a(n,"inline").call(s,a(a(t,"observed"),"text"),h("inline",i,p(24,99,24,123))))!=null?r:"")+`
`},12:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"observed"),"by"),h("inline",i,p(24,68,24,90))))!=null?r:"")},13:function(e,t,n,o,i){return`**Observed directly:** not yet: no finding or evidence recorded. Can we see it ourselves?
`},14:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
**Data so far:**
`+((r=H(e,n,v,t??(e.nullContext||{}),s(t,"data"),15,-1,i,p(31,0,33,9)))!=null?r:"")},15:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- "+((r=a(n,"time").call(s,a(t,"at"),h("time",i,p(32,2,32,13))))!=null?r:"")+((r=g(e,v,s,a(t,"by"),16,-1,i))!=null?r:"")+": "+((r=a(n,"inline").call(s,a(t,"text"),h("inline",i,p(32,46,32,61))))!=null?r:"")+`
`},16:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"by"),h("inline",i,p(32,24,32,37))))!=null?r:"")},17:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
**Evidence saved:**
`+((r=H(e,n,v,t??(e.nullContext||{}),s(t,"evidence"),18,-1,i,p(38,0,40,9)))!=null?r:"")},18:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- "+((r=a(n,"codespan").call(s,a(t,"file"),h("codespan",i,p(39,2,39,19))))!=null?r:"")+" ("+((r=a(n,"inline").call(s,a(t,"size"),h("inline",i,p(39,21,39,36))))!=null?r:"")+((r=g(e,v,s,a(t,"by"),19,-1,i))!=null?r:"")+")"+((r=g(e,v,s,a(t,"what"),20,-1,i))!=null?r:"")+((r=g(e,v,s,a(t,"note"),21,-1,i))!=null?r:"")+`
`},19:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"by"),h("inline",i,p(39,48,39,61))))!=null?r:"")},20:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return": "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"what"),h("inline",i,p(39,83,39,98))))!=null?r:"")},21:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return". "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"note"),h("inline",i,p(39,119,39,134))))!=null?r:"")},22:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- #"+((r=e.lambda(e.strict(t,"number",ze(1,45,5,45,11)),t))!=null?r:"")+" "+((r=a(n,"inline").call(s,a(t,"question"),h("inline",i,p(45,14,45,33))))!=null?r:"")+" ("+((r=a(n,"inline").call(s,a(t,"owner"),h("inline",i,p(45,35,45,51))))!=null?r:"")+")"+((r=H(e,n,v,s,a(t,"updates"),23,-1,i,p(45,52,46,72)))!=null?r:"")+`
`},23:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return`
  - `+((r=a(n,"time").call(s,a(t,"at"),h("time",i,p(46,4,46,15))))!=null?r:"")+((r=g(e,v,s,a(t,"by"),16,-1,i))!=null?r:"")+": "+((r=a(n,"inline").call(s,a(t,"text"),h("inline",i,p(46,48,46,63))))!=null?r:"")},24:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- none"+((r=g(e,v,t??(e.nullContext||{}),s(t,"since"),25,-1,i))!=null?r:"")+`
`},25:function(e,t,n,o,i){return" new"},26:function(e,t,n,o,i){var r;return"- and "+((r=e.lambda(e.strict(t,"unchanged_threads",ze(2,51,8,51,25)),t))!=null?r:"")+` more with nothing new
`},27:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
**Interesting, not being investigated:**
`+((r=H(e,n,v,t??(e.nullContext||{}),s(t,"unowned"),28,-1,i,p(56,0,58,9)))!=null?r:"")},28:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"- #"+((r=e.lambda(e.strict(t,"number",ze(3,57,5,57,11)),t))!=null?r:"")+" "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"question"),h("inline",i,p(57,14,57,33))))!=null?r:"")+`
`},29:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
**Answered:**
`+((r=H(e,n,v,t??(e.nullContext||{}),s(t,"answered"),30,-1,i,p(63,0,65,9)))!=null?r:"")},30:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- #"+((r=e.lambda(e.strict(t,"number",ze(4,64,5,64,11)),t))!=null?r:"")+" "+((r=a(n,"inline").call(s,a(t,"question"),h("inline",i,p(64,14,64,33))))!=null?r:"")+" \u2192 "+((r=a(n,"inline").call(s,a(t,"answer"),h("inline",i,p(64,36,64,53))))!=null?r:"")+((r=g(e,v,s,a(t,"owner"),31,-1,i))!=null?r:"")+`
`},31:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" ("+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"owner"),h("inline",i,p(64,68,64,84))))!=null?r:"")+")"},32:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
**Roles:** `+((r=H(e,n,v,t??(e.nullContext||{}),s(t,"roles"),33,-1,i,p(69,11,69,96)))!=null?r:"")+`
`},33:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=a(n,"inline").call(s,a(t,"label"),h("inline",i,p(69,26,69,42))))!=null?r:"")+" "+((r=a(n,"join").call(s,a(t,"names"),h("join",i,p(69,43,69,57))))!=null?r:"")+((r=g(e,v,s,a(i,"last"),-1,34,i))!=null?r:"")},34:function(e,t,n,o,i){return"; "},35:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
**Milestones:** `+((r=H(e,n,v,t??(e.nullContext||{}),s(t,"milestones"),36,-1,i,p(73,16,73,164)))!=null?r:"")+`
`},36:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=a(n,"inline").call(s,a(t,"kind"),h("inline",i,p(73,36,73,51))))!=null?r:"")+" "+((r=a(n,"time").call(s,a(t,"at"),h("time",i,p(73,52,73,63))))!=null?r:"")+((r=g(e,v,s,a(t,"after_ms"),37,-1,i))!=null?r:"")+((r=g(e,v,s,a(i,"last"),-1,38,i))!=null?r:"")},37:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" (+"+((r=s(n,"duration").call(t??(e.nullContext||{}),s(t,"after_ms"),{name:"duration",hash:{approx:s(t,"approx")},data:i,loc:p(73,82,73,117)}))!=null?r:"")+")"},38:function(e,t,n,o,i){return", "},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=g(e,v,s,a(t,"drill"),0,-1,i))!=null?r:"")+"Investigation update: "+((r=a(n,"inline").call(s,a(t,"title"),h("inline",i,p(6,52,6,68))))!=null?r:"")+`

`+((r=g(e,v,s,a(t,"drill"),1,-1,i))!=null?r:"")+((r=g(e,v,s,a(t,"severity"),2,4,i))!=null?r:"")+"t "+((r=a(n,"time").call(s,a(t,"now"),h("time",i,p(12,96,12,108))))!=null?r:"")+((r=g(e,v,s,a(t,"since"),5,-1,i))!=null?r:"")+`.
`+((r=g(e,v,s,a(t,"elapsed_ms"),6,-1,i))!=null?r:"")+`
**Symptoms:** `+((r=a(n,"inline").call(s,a(a(t,"symptoms"),"title"),h("inline",i,p(17,14,17,39))))!=null?r:"")+((r=g(e,v,s,a(a(t,"symptoms"),"summary"),9,-1,i))!=null?r:"")+`
`+((r=g(e,v,s,a(a(t,"symptoms"),"first"),10,-1,i))!=null?r:"")+`
`+((r=g(e,v,s,a(t,"observed"),11,13,i))!=null?r:"")+((r=g(e,v,s,a(t,"data"),14,-1,i))!=null?r:"")+((r=g(e,v,s,a(t,"evidence"),17,-1,i))!=null?r:"")+`
**Open threads:**
`+((r=H(e,n,v,s,a(t,"threads"),22,24,i,p(44,0,49,9)))!=null?r:"")+((r=g(e,v,s,a(t,"unchanged_threads"),26,-1,i))!=null?r:"")+((r=g(e,v,s,a(t,"unowned"),27,-1,i))!=null?r:"")+((r=g(e,v,s,a(t,"answered"),29,-1,i))!=null?r:"")+((r=g(e,v,s,a(t,"roles"),32,-1,i))!=null?r:"")+((r=g(e,v,s,a(t,"milestones"),35,-1,i))!=null?r:"")},usePartial:!0,useData:!0},E={0:function(e,t,n,o,i){return"[DRILL] "},1:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=e.invokePartial(s(o,"drill"),t,{name:"drill",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`},2:function(e,t,n,o,i){var r;return((r=e.lambda(e.strict(t,"body",ze(5,11,2,11,6)),t))!=null?r:"")+`

`},3:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`## Roles

`+((r=H(e,n,E,t??(e.nullContext||{}),s(t,"roles"),4,-1,i,p(17,0,19,9)))!=null?r:"")+`
`},4:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **"+((r=a(n,"inline").call(s,a(t,"label"),h("inline",i,p(18,4,18,20))))!=null?r:"")+":** "+((r=a(n,"join").call(s,a(t,"names"),h("join",i,p(18,24,18,38))))!=null?r:"")+`
`},5:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`## Impact in numbers

`+((r=s(n,"inline").call(t??(e.nullContext||{}),s(s(t,"impact"),"summary"),h("inline",i,p(25,0,25,25))))!=null?r:"")+`

`},6:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,E,s,a(a(t,"impact"),"summary"),-1,7,i))!=null?r:"")+((r=H(e,n,E,s,a(a(t,"impact"),"figures"),8,-1,i,p(33,0,35,9)))!=null?r:"")+`
`},7:function(e,t,n,o,i){return`## Impact in numbers

`},8:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **"+((r=a(n,"inline").call(s,a(t,"label"),h("inline",i,p(34,4,34,20))))!=null?r:"")+":** "+((r=a(n,"inline").call(s,a(t,"value"),h("inline",i,p(34,24,34,40))))!=null?r:"")+`
`},9:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`## Metrics

`+((r=s(n,"metrics_table").call(t??(e.nullContext||{}),s(t,"metrics"),h("metrics_table",i,p(41,0,41,25))))!=null?r:"")+`

`},10:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return`## Timeline

Times in `+((r=a(n,"inline").call(s,a(t,"timezone"),h("inline",i,p(47,9,47,28))))!=null?r:"")+`; ~ marks an approximate time.

`+((r=H(e,n,E,s,a(t,"timeline"),11,-1,i,p(49,0,51,9)))!=null?r:"")+`
`},11:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- "+((r=g(e,E,s,a(t,"approx"),12,-1,i))!=null?r:"")+((r=g(e,E,s,a(t,"new_day"),13,-1,i))!=null?r:"")+((r=a(n,"inline").call(s,a(t,"local_time"),h("inline",i,p(50,68,50,89))))!=null?r:"")+" "+((r=g(e,E,s,a(t,"milestone"),14,15,i))!=null?r:"")+((r=g(e,E,s,a(t,"by"),16,-1,i))!=null?r:"")+": "+((r=a(n,"inline").call(s,a(t,"text"),h("inline",i,p(50,191,50,206))))!=null?r:"")+`
`},12:function(e,t,n,o,i){return"~"},13:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"local_date"),h("inline",i,p(50,39,50,60))))!=null?r:"")+" "},14:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"**"+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"kind"),h("inline",i,p(50,109,50,124))))!=null?r:"")+"**"},15:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"kind"),h("inline",i,p(50,134,50,149))))!=null?r:""},16:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" ("+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"by"),h("inline",i,p(50,168,50,181))))!=null?r:"")+")"},17:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`## Action items

`+((r=H(e,n,E,t??(e.nullContext||{}),s(t,"action_items"),18,-1,i,p(57,0,59,9)))!=null?r:"")},18:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- **"+((r=a(n,"inline").call(s,a(t,"id"),h("inline",i,p(58,4,58,17))))!=null?r:"")+"** "+((r=a(n,"inline").call(s,a(t,"title"),h("inline",i,p(58,20,58,36))))!=null?r:"")+" ("+((r=g(e,E,s,a(t,"type"),19,-1,i))!=null?r:"")+((r=g(e,E,s,a(t,"owner"),20,-1,i))!=null?r:"")+((r=g(e,E,s,a(t,"due"),21,-1,i))!=null?r:"")+((r=g(e,E,s,a(t,"status"),22,23,i))!=null?r:"")+((r=g(e,E,s,a(t,"reason"),24,-1,i))!=null?r:"")+")"+((r=g(e,E,s,a(t,"issue"),25,-1,i))!=null?r:"")+`
`},19:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"type"),h("inline",i,p(58,50,58,65))))!=null?r:"")+", "},20:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"owner "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"owner"),h("inline",i,p(58,93,58,109))))!=null?r:"")+", "},21:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"due "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"due"),h("inline",i,p(58,133,58,147))))!=null?r:"")+", "},22:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"status"),h("inline",i,p(58,170,58,187))))!=null?r:""},23:function(e,t,n,o,i){return"open"},24:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return": "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"reason"),h("inline",i,p(58,222,58,239))))!=null?r:"")},25:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" "+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"issue"),h("inline",i,p(58,261,58,277))))!=null?r:"")},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=g(e,E,s,a(t,"drill"),0,-1,i))!=null?r:"")+((r=a(n,"inline").call(s,a(t,"title"),h("inline",i,p(2,30,2,46))))!=null?r:"")+`

`+((r=g(e,E,s,a(t,"drill"),1,-1,i))!=null?r:"")+((r=e.invokePartial(a(o,"facts"),t,{name:"facts",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`+((r=g(e,E,s,a(t,"body"),2,-1,i))!=null?r:"")+((r=g(e,E,s,a(t,"roles"),3,-1,i))!=null?r:"")+((r=g(e,E,s,a(a(t,"impact"),"summary"),5,-1,i))!=null?r:"")+((r=g(e,E,s,a(a(t,"impact"),"figures"),6,-1,i))!=null?r:"")+((r=g(e,E,s,a(t,"metrics"),9,-1,i))!=null?r:"")+((r=g(e,E,s,a(t,"timeline"),10,-1,i))!=null?r:"")+((r=g(e,E,s,a(t,"action_items"),17,-1,i))!=null?r:"")},usePartial:!0,useData:!0},Se={0:function(e,t,n,o,i){return"[DRILL] "},1:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=e.invokePartial(s(o,"drill"),t,{name:"drill",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`},2:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=g(e,Se,t??(e.nullContext||{}),s(t,"summary"),3,-1,i))!=null?r:""},3:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=s(n,"markdown").call(t??(e.nullContext||{}),s(t,"summary"),h("markdown",i,p(10,0,10,20))))!=null?r:"")+`

`},4:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,Se,s,a(t,"what_happened"),5,-1,i))!=null?r:"")+((r=g(e,Se,s,a(t,"what_we_are_doing"),6,-1,i))!=null?r:"")+((r=H(e,n,Se,s,a(t,"other_sections"),7,-1,i,p(29,0,34,9)))!=null?r:"")},5:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`## What happened

`+((r=s(n,"markdown").call(t??(e.nullContext||{}),s(t,"what_happened"),h("markdown",i,p(20,0,20,26))))!=null?r:"")+`

`},6:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`## What we are doing about this

`+((r=s(n,"markdown").call(t??(e.nullContext||{}),s(t,"what_we_are_doing"),h("markdown",i,p(26,0,26,30))))!=null?r:"")+`

`},7:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"## "+((r=a(n,"inline").call(s,a(t,"title"),h("inline",i,p(30,3,30,19))))!=null?r:"")+`

`+((r=a(n,"markdown").call(s,a(t,"markdown"),h("markdown",i,p(32,0,32,21))))!=null?r:"")+`

`},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=g(e,Se,s,a(t,"drill"),0,-1,i))!=null?r:"")+((r=a(n,"inline").call(s,a(t,"title"),h("inline",i,p(2,30,2,46))))!=null?r:"")+`

`+((r=g(e,Se,s,a(t,"drill"),1,-1,i))!=null?r:"")+((r=a(n,"with").call(s,a(t,"public_summary"),Qe("with",e.program(2,i,0),e.noop,i,p(8,0,13,9))))!=null?r:"")+((r=e.invokePartial(a(o,"facts"),t,{name:"facts",data:i,helpers:n,partials:o,decorators:e.decorators}))!=null?r:"")+`
`+((r=a(n,"with").call(s,a(t,"public_summary"),Qe("with",e.program(4,i,0),e.noop,i,p(16,0,35,9))))!=null?r:"")},usePartial:!0,useData:!0},T={0:function(e,t,n,o,i){return"[DRILL] "},1:function(e,t,n,o,i){return`**DRILL**: this is a practice incident, not a real one.

`},2:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"severity"),h("inline",i,p(8,16,8,35))))!=null?r:"")+", u"},3:function(e,t,n,o,i){return"U"},4:function(e,t,n,o,i){return`We are investigating this issue.
`},5:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return(r=g(e,T,s,a(n,"eq").call(s,a(t,"status"),"identified",h("eq",i,p(12,10,12,34))),6,7,i))!=null?r:""},6:function(e,t,n,o,i){return`We have identified the cause and are working on a fix.
`},7:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return(r=g(e,T,s,a(n,"eq").call(s,a(t,"status"),"monitoring",h("eq",i,p(14,10,14,34))),8,9,i))!=null?r:""},8:function(e,t,n,o,i){return`A fix is in place and we are monitoring the results.
`},9:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return(r=g(e,T,s,a(n,"or").call(s,a(n,"eq").call(s,a(t,"status"),"resolved",h("eq",i,p(16,14,16,36))),a(n,"eq").call(s,a(t,"status"),"closed",h("eq",i,p(16,37,16,57))),h("or",i,p(16,10,16,58))),10,-1,i))!=null?r:""},10:function(e,t,n,o,i){return`This incident has been resolved.
`},11:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"Impact started at "+((r=a(n,"datetime").call(s,a(t,"started"),h("datetime",i,p(20,18,20,38))))!=null?r:"")+((r=g(e,T,s,a(t,"ended"),12,13,i))!=null?r:"")+`.
`},12:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return" and ended at "+((r=a(n,"datetime").call(s,a(t,"ended"),h("datetime",i,p(20,65,20,83))))!=null?r:"")+" (after "+((r=a(n,"duration").call(s,a(t,"duration_ms"),{name:"duration",hash:{approx:a(t,"duration_approx"),long:!0},data:i,loc:p(20,91,20,148)}))!=null?r:"")+")"},13:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=g(e,T,t??(e.nullContext||{}),s(t,"ongoing"),14,-1,i))!=null?r:""},14:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return", "+((r=s(n,"duration").call(t??(e.nullContext||{}),s(t,"started"),s(t,"now"),{name:"duration",hash:{long:!0},data:i,loc:p(20,170,20,204)}))!=null?r:"")+" ago"},15:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return"Affected services: "+((r=s(n,"join").call(t??(e.nullContext||{}),s(t,"services"),h("join",i,p(23,19,23,36))))!=null?r:"")+`.
`},16:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=g(e,T,s,a(t,"roles"),17,-1,i))!=null?r:"")+((r=g(e,T,s,a(t,"recent"),20,-1,i))!=null?r:"")},17:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
`+((r=H(e,n,T,t??(e.nullContext||{}),s(t,"roles"),18,-1,i,p(28,0,28,86)))!=null?r:"")+`.
`},18:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return((r=a(n,"inline").call(s,a(t,"label"),h("inline",i,p(28,15,28,31))))!=null?r:"")+": "+((r=a(n,"join").call(s,a(t,"names"),h("join",i,p(28,33,28,47))))!=null?r:"")+((r=g(e,T,s,a(i,"last"),-1,19,i))!=null?r:"")},19:function(e,t,n,o,i){return"; "},20:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
Latest:
`+((r=H(e,n,T,t??(e.nullContext||{}),s(t,"recent"),21,-1,i,p(33,0,35,9)))!=null?r:"")},21:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"- "+((r=g(e,T,s,a(t,"approx"),22,-1,i))!=null?r:"")+((r=a(n,"time").call(s,a(t,"at"),h("time",i,p(34,24,34,35))))!=null?r:"")+" "+((r=a(n,"inline").call(s,a(t,"kind"),h("inline",i,p(34,36,34,51))))!=null?r:"")+((r=g(e,T,s,a(t,"by"),23,-1,i))!=null?r:"")+": "+((r=a(n,"inline").call(s,a(t,"text"),h("inline",i,p(34,86,34,101))))!=null?r:"")+`
`},22:function(e,t,n,o,i){return"~"},23:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return" ("+((r=s(n,"inline").call(t??(e.nullContext||{}),s(t,"by"),h("inline",i,p(34,63,34,76))))!=null?r:"")+")"},24:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=s(n,"with").call(t??(e.nullContext||{}),s(t,"public_summary"),Qe("with",e.program(25,i,0),e.noop,i,p(38,0,43,9))))!=null?r:""},25:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return(r=g(e,T,t??(e.nullContext||{}),s(t,"summary"),26,-1,i))!=null?r:""},26:function(e,t,n,o,i){var r,s=e.lookupProperty||function(a,l){if(Object.prototype.hasOwnProperty.call(a,l))return a[l]};return`
`+((r=s(n,"markdown").call(t??(e.nullContext||{}),s(t,"summary"),h("markdown",i,p(41,0,41,20))))!=null?r:"")+`
`},compiler:[8,">= 4.3.0"],main:function(e,t,n,o,i){var r,s=t??(e.nullContext||{}),a=e.lookupProperty||function(l,u){if(Object.prototype.hasOwnProperty.call(l,u))return l[u]};return"# "+((r=g(e,T,s,a(t,"drill"),0,-1,i))!=null?r:"")+((r=a(n,"inline").call(s,a(t,"title"),h("inline",i,p(2,30,2,46))))!=null?r:"")+`

`+((r=g(e,T,s,a(t,"drill"),1,-1,i))!=null?r:"")+((r=g(e,T,s,a(t,"severity"),2,3,i))!=null?r:"")+"pdate at "+((r=a(n,"datetime").call(s,a(t,"now"),h("datetime",i,p(8,63,8,79))))!=null?r:"")+`.

`+((r=g(e,T,s,a(n,"eq").call(s,a(t,"status"),"investigating",h("eq",i,p(10,6,10,33))),4,5,i))!=null?r:"")+((r=g(e,T,s,a(t,"started"),11,-1,i))!=null?r:"")+((r=g(e,T,s,a(t,"services"),15,-1,i))!=null?r:"")+((r=g(e,T,s,a(t,"internal"),16,24,i))!=null?r:"")},useData:!0},Ut={"md:109:1lfe98k6foi44":lc,"md:766:f7igc2te4oou":B,"md:899:gxocjg1m066m2":ie,"md:2628:1domib81os2zno":v,"md:1335:1aqcgpy9u7drc":E,"md:564:ig3m091e6p01p":Se,"md:1336:15029804ykwp4":T},ao={md:new Map([[`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
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
`,"md:1336:15029804ykwp4"]]),html:new Map([])};var Un={allowProtoPropertiesByDefault:!1,allowProtoMethodsByDefault:!1,allowedProtoProperties:{},allowedProtoMethods:{},allowCallsToHelperMissing:!1};function uc(e,t){let n=e.create();for(let[o,i]of Object.entries(oo(t,n.SafeString)))n.registerHelper(o,i);return n}var co=(e,t)=>ao[e].get(t);function cc(e,t){let n=co(e,t);return n===void 0?void 0:Ut[n]}function dc(e,t){return n=>{try{return e(n,Un)}catch(o){throw pc(o,t)}}}function fc(e){let t=e,n=t._setup,o=!1;return t._setup=i=>{o&&i===Un||(o=!1,n(i),o=i===Un)},(i,r)=>{try{return t(i,r)}catch(s){throw o=!1,s}}}var lo=new Map;function fo(e,t){let n=cc(t.format,e),o=Object.entries(t.partials??{}).map(([s,a])=>[s,co(t.format,a)]);if(!n||o.some(([,s])=>s===void 0||!Ut[s]))return;let i=JSON.stringify([t.format,o.map(([s])=>s),o.map(([,s])=>s)]),r=lo.get(i);if(!r){r=uc(uo.default.default,t.format);for(let[s,a]of o)r.registerPartial(s,r.template(Ut[a]));lo.set(i,r)}return dc(fc(r.template(n)),t.name??"template")}function pc(e,t){if(e instanceof C)return e;let o=(e instanceof Error?e.message:String(e)).split(`
`),i=/^Parse error on line (\d+):/.exec(o[0]);if(i)return new C(`Unexpected template syntax: ${o[o.length-1]}`,t,Number(i[1]));let r=/^"(.+)" not defined in .* - (\d+):(\d+)$/.exec(o[0]);if(r)return new C(`Unexpected "${r[1]}" in the template, expected a helper or a field of the context (see the README's template section)`,t,Number(r[2]),Number(r[3])+1);let s=/^Cannot read properties of (?:undefined|null) \(reading '(.+)'\)$/.exec(o[0]);if(s)return new C(`Unexpected path to "${s[1]}" in the template, expected its parent object in the context (wrap optional parts in {{#if}})`,t);let a=/ - (\d+):(\d+)$/.exec(o[0]);return new C(`Template error: ${o[0].replace(/ - \d+:\d+$/,"")}`,t,a?Number(a[1]):void 0,a?Number(a[2])+1:void 0)}async function mo(e,t){return t.format==="html"&&await Or(),fo(e,t)??(await Promise.resolve().then(()=>we(po(),1))).compileTemplate(e,t)}function ho(e){let t=0;for(;t<3&&e.charCodeAt(t)===32;)t++;let n=e.charCodeAt(t);if(n!==96&&n!==126)return;let o=t;for(;e.charCodeAt(o)===n;)o++;if(!(o-t<3)){for(let i=o;i<e.length;i++){let r=e.charCodeAt(i);if(r===10||r===13||r===8232||r===8233)return}return e.slice(t,o)}}function go(e,t){let n=0;for(;n<3&&e.charCodeAt(n)===32;)n++;let o=t.charCodeAt(0),i=n;for(;e.charCodeAt(i)===o;)i++;if(i-n<t.length)return!1;for(;e.charCodeAt(i)===32||e.charCodeAt(i)===9;)i++;return i===e.length}function yo(e,t){if(t==="html")return mc(e)?e:e.replace(/^(?:[ \t]*\n)+/,"").trimEnd()+`
`;let n=se(e).split(`
`),o=[],i,r=0;for(let s of n){if(i){go(s,i)&&(i=void 0),o.push(s);continue}if(i=ho(s),s.trim()===""){if(++r>1||o.length===0)continue}else r=0;o.push(s)}return o.join(`
`).trimEnd()+`
`}function mc(e){let t=e.charCodeAt(0);return t!==32&&t!==9&&t!==10&&e.endsWith(`
`)&&e.length>=2&&!/\s/.test(e.charAt(e.length-2))}function bo(e,t){let n=t.map((r,s)=>Math.max(...e.map(a=>a[s].length))),o=t.map((r,s)=>{let a=r==="l"||r==="c"?":":"",l=r==="r"||r==="c"?":":"",u=Math.max(1,n[s]-a.length-l.length);return n[s]=Math.max(n[s],a.length+u+l.length),`${a}${"-".repeat(u)}${l}`}),i=r=>{let s="|";for(let a=0;a<t.length;a++){let l=r[a],u=n[a]-l.length;t[a]==="r"?s+=` ${" ".repeat(u)}${l} |`:t[a]==="c"?s+=` ${" ".repeat(Math.ceil(u/2))}${l}${" ".repeat(Math.floor(u/2))} |`:s+=` ${l}${" ".repeat(u)} |`}return s};return[i(e[0]),i(o),...e.slice(1).map(i)].join(`
`)}function Ht(e){return e<128?e===32||e>=9&&e<=13:e===160||e===5760||e>=8192&&e<=8202||e===8232||e===8233||e===8239||e===8287||e===12288||e===65279}function We(e){return e>=48&&e<=57||e>=65&&e<=90||e>=97&&e<=122}function wo(e){if(e.length===0||!We(e.charCodeAt(0)))return!1;for(let t=1;t<e.length;t++){let n=e.charCodeAt(t);if(!(We(n)||n===46||n===95||n===45))return!1}return!0}function xo(e){let t=0;for(;t<7&&e.charCodeAt(t)===35;)t++;if(t===0||t>6||e.charCodeAt(t)!==32)return;let n=e.slice(t+1);if(!(n.includes(`
`)||n.includes("\r")||n.includes("\u2028")||n.includes("\u2029")))return{hashes:e.slice(0,t),text:n}}function ko(e){if(e.charCodeAt(0)!==124||e.length<2)return!1;let t=1;for(;t<e.length;){for(;e.charCodeAt(t)===32;)t++;e.charCodeAt(t)===58&&t++;let n=t;for(;e.charCodeAt(t)===45;)t++;if(t===n)return!1;for(e.charCodeAt(t)===58&&t++;e.charCodeAt(t)===32;)t++;if(e.charCodeAt(t)!==124)return!1;t++}return!0}function vo(e){let t=e.length,n=e.charCodeAt(0);if(t===0||!(We(n)||n===40))return!1;if(t===1)return!0;let o=e.charCodeAt(t-1);if(!(We(o)||o===58||o===41))return!1;for(let i=1;i<t-1;i++)if("*_`\\~[]<>&|".includes(e[i]))return!1;return!0}var _o=e=>e.includes("*")||e.includes("`")||e.includes("~")||e.includes("|")||e.includes("[")||e.includes("]");function Ao(e,t){if(e.charCodeAt(t)!==38)return!1;let n=t+1;e.charCodeAt(n)===35&&n++;let o=n;for(;We(e.charCodeAt(n));)n++;return n>o&&e.charCodeAt(n)===59}var Oo=(e,t)=>(e.builtIn??e.file.startsWith("built-in:"))&&t.length<=524288;function Be(e){return e.includes("~")&&e.split("~").length===2&&e.includes("\\~")?e.replace("\\~","~"):e}var So=e=>e.includes("~")?e.split(`
`).map(t=>t.split(/(?<!\\)\|/).map(n=>{let o=Be(n);return o===n?n:`${o} `}).join("|")).join(`
`):e,Eo=/\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,:;!?'")\]*_~]|\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g,Hn=/\bhttps?:\/\/|\bwww\.|@[A-Za-z0-9-]+\./;function hc(e,t){let n=e.charCodeAt(t);if(n!==n)return!1;if("-+*>#=|<~`_[".includes(e[t]))return!0;let o=t;for(;o-t<10&&e.charCodeAt(o)>=48&&e.charCodeAt(o)<=57;)o++;let i=e.charCodeAt(o);return o>t&&o-t<=9&&(i===46||i===41)}function Wt(e,t,n){return e.split(`
`).map((o,i)=>gc(o,i===0?t:n,n)).join(`
`)}function gc(e,t,n){if(e.length<=t)return e;let o=yc(e),i=[],r=0,s=t,a=-1;for(let l of o)l-r>s&&a>r&&(i.push(e.slice(r,a)),r=a+1,s=n),a=l;return e.length-r>s&&a>r&&(i.push(e.slice(r,a)),r=a+1),i.push(e.slice(r)),i.join(`
`)}var zt=/[\\`<( ]/g;function yc(e){let t=[],n=0;zt.lastIndex=0;for(let o=zt.exec(e);o!==null;o=zt.exec(e)){let i=o.index,r=e[i];if(r==="\\"&&!n)i++;else if(r==="`"){let s=1;for(;e[i+s]==="`";)s++;n?s===n&&(n=0):n=s,i+=s-1}else if(!n)if(r==="<"&&e.indexOf(">",i)!==-1&&bc(e.charCodeAt(i+1)))i=e.indexOf(">",i);else if(r==="("&&e[i-1]==="]"){let s=0,a=i;for(;a<e.length;a++)if(e[a]==="\\")a++;else if(e[a]==="(")s++;else if(e[a]===")"&&--s===0)break;i=a}else r===" "&&i>0&&e[i-1]!==" "&&e[i-1]!=="\\"&&e[i+1]!==void 0&&e[i+1]!==" "&&!hc(e,i+1)&&t.push(i);zt.lastIndex=i+1}return t}var bc=e=>e>=65&&e<=90||e>=97&&e<=122||e===47||e===33||e===63;var wc=/[\u0000-\u0008\u000B-\u001F\u007F]/,xc=/^```([A-Za-z0-9_+.-]*)$/,To=e=>{let t=e.trimStart();return t.startsWith("```")||t.startsWith("~~~")},kc=/^(?:[A-Za-z0-9("'\u0080-\uFFFF]|\*\*[^*\s]|`[^`]|~[^~])/,vc=/^#[^\s#]/;function _c(e){let t=0;for(;$o(e.charCodeAt(t));)t++;let n=e.charCodeAt(t);return t>0&&(n===46||n===41)}var Co=/[*`\\~_[\]<>|\t!]/g,$o=e=>e>=48&&e<=57,Bt=e=>{let t=e.charCodeAt(0);return $o(t)||t>=65&&t<=90||t>=97&&t<=122},Io=e=>e.trim()!==e,zn=e=>e.trimEnd()!==e,Ac=/^\[[^[\]\\^\s][^[\]\\]*\](?![([:])/;function Ro(e){if(wc.test(e))return;let t=e.split(`
`),n=[],o="",i=!0,r=0;for(;r<t.length;){let s=t[r];if(s===""){i=!0,r++;continue}let a,l="";if(s.startsWith("#"))a=Oc(s),r++;else if(s.startsWith("```")){let u=Pc(t,r);if(!u)return;a=u.block,r=u.next}else if(s.startsWith("|")){if(!i)return;let u=$c(t,r);if(!u)return;a=u.block,r=u.next}else if(s.startsWith("- ")){if(o==="list")return;let u=Ec(t,r);if(!u)return;a=u.block,r=u.next,l="list"}else if(s.startsWith("> ")){if(o==="quote")return;let u=Cc(t,r);if(!u)return;a=u.block,r=u.next,l="quote"}else{let u=Sc(t,r);if(!u)return;a=u.block,r=u.next}if(a===void 0)return;n.push(a),o=l,i=!1}return n.length?`${n.join(`

`)}
`:""}function Oc(e){let t=xo(e);if(!t||t.text===""||t.text.endsWith("#")||Io(t.text))return;let n=et([t.text],!1);return n===void 0?void 0:Be(`${t.hashes} ${n}`)}var Wn=e=>kc.test(e)&&!_c(e)&&!To(e);function Sc(e,t){let n=[],o=t;for(;o<e.length&&e[o]!=="";o++){let r=e[o];if(n.length&&(r.startsWith("#")||r.startsWith("- ")))break;if(!Wn(r)||zn(r))return;n.push(r)}let i=et(n,!1);if(i!==void 0)return{block:Wt(Be(i),80,80),next:o}}function Ec(e,t){let n=[],o=t;for(;o<e.length&&e[o].startsWith("- ");){let i=[e[o].slice(2)];for(o++;o<e.length&&e[o].startsWith("  ");o++)i.push(e[o].slice(2));if(i.some((s,a)=>!(Wn(s)||a===0&&vc.test(s))||zn(s)))return;let r=et(i,!1);if(r===void 0)return;n.push(Wt(Be(r),78,78).split(`
`).map((s,a)=>a?`  ${s}`:`- ${s}`).join(`
`))}if(!(o<e.length&&e[o]!==""&&!e[o].startsWith("#")))return{block:n.join(`
`),next:o}}function Cc(e,t){let n=[],o=t;for(;o<e.length&&e[o].startsWith("> ");o++)n.push(e[o].slice(2));if(o<e.length&&e[o]!==""&&!e[o].startsWith("#")||n.some(r=>!Wn(r)||zn(r)))return;let i=et(n,!1);if(i!==void 0)return{block:Wt(Be(i),78,78).split(`
`).map(r=>`> ${r}`).join(`
`),next:o}}function Pc(e,t){let n=xc.exec(e[t]);if(!n)return;let o=t+1;for(;o<e.length&&e[o]!=="```";){if(To(e[o]))return;o++}if(o>=e.length)return;let i=e.slice(t+1,o).join(`
`);if(i.trim()==="")return;let r=i.match(/`+/g)??[],s="`".repeat(Math.max(3,...r.map(a=>a.length+1)));return{block:`${s}${n[1]||"text"}
${i}
${s}`,next:o+1}}function Po(e){if(!e.startsWith("|")||!e.endsWith("|")||e.endsWith("\\|")||e.length<2)return;let t=e.slice(1,-1);if(t.includes("\\\\"))return;let n=t.split(/(?<!\\)\|/);return n.some(o=>o.includes("	"))?void 0:n.map(Tc)}function Tc(e){let t=0,n=e.length;for(;t<n&&e.charCodeAt(t)===32;)t++;for(;n>t&&e.charCodeAt(n-1)===32;)n--;return e.slice(t,n)}function $c(e,t){let n=Po(e[t]),o=e[t+1];if(!n||o===void 0||!ko(o))return;let i=o.slice(1,-1).split("|").map(u=>{let f=u.trim();return f.startsWith(":")?f.endsWith(":")?"c":"l":f.endsWith(":")?"r":""});if(i.length!==n.length)return;let r=[n],s=t+2;for(;s<e.length&&e[s]!=="";s++){let u=Po(e[s]);if(!u||u.length!==n.length)return;r.push(u)}let a=[];for(let u of r){let f=u.map(c=>c===""?"":et([c],!0));if(f.some(c=>c===void 0))return;a.push(f)}let l=bo(a,i);return{block:So(l),next:s}}function et(e,t){let n=[],o=r=>{let s=n[n.length-1];s?.type==="text"?s.value+=r:n.push({type:"text",value:r})};for(let r=0;r<e.length;r++){let s=e[r];if(s.includes("~*")||s.includes("*~")||s.includes("*\\~"))return;r>0&&o(" ");let a=0;for(;a<s.length;){Co.lastIndex=a;let l=Co.exec(s)?.index??s.length;if(l>a){o(s.slice(a,l)),a=l;continue}let u=s[a];if(u==="*"){if(s[a+1]!=="*")return;let f=s.indexOf("**",a+2);if(f<0)return;let c=s.slice(a+2,f),d=a===0?" ":s[a-1],m=s[f+2]??" ";if(!vo(c)||Hn.test(c)||d!==" "&&d!=="("||m!==" "&&!(Bt(c.slice(-1))&&(m===":"||m===","||m==="."||m===")")))return;n.push({type:"strong",value:c}),a=f+2;continue}if(u==="`"){if(t)return;let f=s.indexOf("`",a+1),c=s.slice(a+1,f);if(f<0||c===""||Io(c)||s[f+1]==="`")return;n.push({type:"code",value:c}),a=f+1;continue}if(u==="\\"){let f=s[a+1];if(f==="~"||t&&f==="|"){o(f),a+=2;continue}return}if(u==="~"){let f=a===0?t?"|":" ":s[a-1],c=s[a+1]??" ";if(c==="~"||!(f===" "||(f==="("||f==="+")&&Bt(c)))return}else if(u==="_"){if(a===0||!Bt(s[a-1])||!Bt(s[a+1]??""))return}else if(u==="["){let f=Ac.exec(s.slice(a));if(!f)return;o(f[0]),a+=f[0].length;continue}else return;o(u),a++}}let i="";for(let r of n)if(r.type==="strong")i+=`**${r.value}**`;else if(r.type==="code")i+=`\`${r.value}\``;else{let s=Ic(r.value,t);if(s===void 0)return;i+=s}return i}function Ic(e,t){let n=s=>{if(s.includes("&"))return;let a=s.replaceAll("~","\\~");return t?a.replaceAll("|","\\|").replaceAll("[","\\["):a};if(!(e.includes("http")||e.includes("www.")||e.includes("@"))||!Hn.test(e))return n(e);let o="",i=0;for(let s of e.matchAll(Eo)){let a=s[0];if(!(a.startsWith("http://")||a.startsWith("https://"))||_o(a))return;for(let u=a.indexOf("&");u!==-1;u=a.indexOf("&",u+1))if(Ao(a,u))return;let l=n(e.slice(i,s.index));if(l===void 0)return;o+=`${l}<${a}>`,i=s.index+a.length}let r=n(e.slice(i));return r===void 0?void 0:o+r}async function Do(e,t){return Oo(e,t)?Ro(t)??(await Promise.resolve().then(()=>we(Bn(),1))).markdownRoundTrip(t):t}async function Lo(e){return(await Promise.resolve().then(()=>we(Bn(),1))).markdownChat(e)}var No=/^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;function Rc(e){let t=e.charCodeAt(0)===65279?1:0;if(!e.startsWith("---",t))return-1;for(t+=3;e.charCodeAt(t)===32||e.charCodeAt(t)===9;)t++;return e.charCodeAt(t)===13&&t++,e.charCodeAt(t)===10?t+1:-1}function Fo(e,t){let n=Rc(e);if(n<0)throw new C("Unexpected start of file, expected a frontmatter block opened by a `---` line",t,1,1);let o=Mc(e,n);if(!o)throw new C("Unexpected end of file, expected a `---` line closing the frontmatter opened here",t,1,1);return{fmStart:n,fmEnd:o.index,bodyStart:o.index+o.length,eol:e.charCodeAt(n-2)===13?`\r
`:`
`}}function Mc(e,t){let n=Dc(e,t),o=n?e.slice(t,n.index+n.length):t===0?e:e.slice(t);if(o.indexOf("\r")!==-1||o.indexOf("\u2028")!==-1||o.indexOf("\u2029")!==-1){No.lastIndex=t;let i=No.exec(e);return i?{index:i.index,length:i[0].length}:void 0}return n}function Dc(e,t){for(let n=t;;){if(e.startsWith("---",n)||e.startsWith("...",n)){let r=n+3;for(;e.charCodeAt(r)===32||e.charCodeAt(r)===9;)r++;if(r===e.length)return{index:n,length:r-n};if(e.charCodeAt(r)===10)return{index:n,length:r+1-n}}let o=e.indexOf(`
---`,n),i;if(o===-1)i=e.indexOf(`
...`,n);else{let r=e.slice(n,o).indexOf(`
...`);i=r===-1?-1:n+r}if(o===-1&&i===-1)return;n=(o===-1?i:i===-1?o:Math.min(o,i))+1}}var Lc={'"':'"',"\\":"\\","/":"/",t:"	",n:`
`};function Ee(e){let t=e[0];if(t==='"'){if(!/^"(?:[^"\\]|\\["\\/tn])*"$/.test(e))return;let n=e.slice(1,-1);return n.includes("\\")?n.replace(/\\(.)/g,(o,i)=>Lc[i]):n}if(t==="'")return/^'(?:[^']|'')*'$/.test(e)?e.slice(1,-1).replace(/''/g,"'"):void 0;if(t==="["){let n=/^\[([^[\]{}"'#]*)\]$/.exec(e)?.[1];if(n===void 0)return;let o=n.split(",").map(qn);o.length&&o[o.length-1]===""&&o.pop();let i=o.map(r=>r===""?void 0:jo(r));return i.every(r=>r!==void 0&&!Array.isArray(r))?i:void 0}return jo(e)}var am=new Set([..."&*!%@`,?:"].map(e=>e.charCodeAt(0))),Nc=new Set([..."&*!|>{}%@`,?:-[]#'\""].map(e=>e.charCodeAt(0))),Uo=new Uint8Array(128);for(let e of Nc)Uo[e]=1;var qt=e=>e>=48&&e<=57,Fc=/: |\t| #|:$/;function jo(e){return Fc.test(e)?void 0:Vt(e)}function Vt(e){let t=e.charCodeAt(0);if(!(qt(t)||t===43||t===46||t===45&&qt(e.charCodeAt(1)))){if(t<128&&Uo[t]===1)return;let n=e.length;return n!==4&&n!==5&&n!==1?e:e==="null"||e==="Null"||e==="NULL"||e==="~"?null:e==="true"||e==="True"||e==="TRUE"?!0:e==="false"||e==="False"||e==="FALSE"?!1:e}if(qt(t)){let n=1;for(;qt(e.charCodeAt(n));)n++;let o=e.charCodeAt(n);if(n<e.length&&o!==46&&o!==101&&o!==69&&o!==120&&o!==111)return e;if(n===e.length)return Number.isSafeInteger(Number(e))?Number(e):void 0}if(jc.test(e))return Number.isSafeInteger(Number(e))?Number(e):void 0;if(!Uc.test(e))return Hc.test(e)?Number(e):e}var jc=/^[-+]?\d+$/,Uc=/^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?(?:\.inf|\.Inf|\.INF)$|^\.(?:nan|NaN|NAN)$/,Hc=/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;function qn(e){let t=0,n=e.length;for(;t<n&&(e.charCodeAt(t)===32||e.charCodeAt(t)===9);)t++;for(;n>t&&(e.charCodeAt(n-1)===32||e.charCodeAt(n-1)===9);)n--;return t===0&&n===e.length?e:e.slice(t,n)}function tt(e){let t=qn(e);if(t.startsWith("#"))return"";if(t.startsWith('"')||t.startsWith("'")){let i=t[0]==="'"?t.search(/'(?!')(?:[ \t]+#.*)?$/):t.lastIndexOf('"');if(i<=0)return t;let r=t.slice(i+1);return r===""||/^[ \t]+#/.test(r)?t.slice(0,i+1):t}let n=t.indexOf("#")===-1?-1:t.search(/[ \t]#/);return n===-1?t:qn(t.slice(0,n))}function Ho(e,t){let n=new Vn(e,t),o=n.node(0);return o===void 0||n.p!==e.length?void 0:{value:o,maps:n.maps}}var M=void 0,Vn=class{constructor(t,n){this.s=t;this.place=n}s;place;p=0;maps=!1;spaces(){for(;this.s.charCodeAt(this.p)===32;)this.p++}node(t){let n=this.s.charCodeAt(this.p);return n===91?t<16?this.seq(t):M:n===123?t<16?this.map(t):M:n===34||n===39?this.quoted(n):this.plain()}next(t){this.spaces();let n=this.s.charCodeAt(this.p);return n===t?(this.p++,!0):n!==44?M:(this.p++,this.spaces(),this.s.charCodeAt(this.p)!==t?!1:(this.p++,!0))}seq(t){let n=[];if(this.p++,this.spaces(),this.s.charCodeAt(this.p)===93)return this.p++,n;for(;;){let o=this.p,i=this.node(t+1);if(i===M)return M;this.place?.(n,n.length,o),n.push(i);let r=this.next(93);if(r===M)return M;if(r)return n}}map(t){let n={};if(this.p++,this.spaces(),this.s.charCodeAt(this.p)===125)return this.p++,n;for(this.maps=!0;;){let o=this.p,i=this.key();if(i===M||i==="__proto__"||Object.hasOwn(n,i))return M;this.spaces();let r=this.p,s=this.node(t+1);if(s===M)return M;this.place?.(n,i,r,o),n[i]=s;let a=this.next(125);if(a===M)return M;if(a)return n}}key(){let t=this.s,n=this.p,o=n;for(;o<t.length;o++){let r=t.charCodeAt(o);if(r===58)break;if(r===44||r===91||r===93||r===123||r===125||r===35||r<32||r===127)return M}if(t.charCodeAt(o+1)!==32)return M;let i=t.slice(n,o);return Zn(i)?(this.p=o+1,i):M}quoted(t){let n=t===34?zc:Wc;n.lastIndex=this.p;let o=n.exec(this.s);return o?(this.p+=o[0].length,Ee(o[0])):M}plain(){let t=this.s,n=this.p,o=n;for(;o<t.length;o++){let s=t.charCodeAt(o);if(s===44||s===93||s===125)break;if(s===91||s===123||s===35||s===9)return M}let i=o;for(;i>n&&t.charCodeAt(i-1)===32;)i--;if(i===n)return M;this.p=o;let r=Ee(t.slice(n,i));return Array.isArray(r)?M:r}},zc=/"(?:[^"\\]|\\["\\/tn])*"/y,Wc=/'(?:[^']|'')*'/y,Bc=new Set(["true","True","TRUE","false","False","FALSE","null","Null","NULL"]),qc=new Set([..."-?:,[]{}#&*!|>'\"%@` 	"].map(e=>e.charCodeAt(0)));function Zn(e){let t=e.length;if(t===0||t>1e3)return!1;let n=e.charCodeAt(0);if(qc.has(n))return!1;let o=e.charCodeAt(t-1);if(o===32||o===58)return!1;let i=!0;for(let r=0;r<t;r++){let s=e.charCodeAt(r);if(s<32||s===127||s===35&&e.charCodeAt(r-1)===32||s===58&&e.charCodeAt(r+1)===32)return!1;s>127&&!Vc(s)&&(i=!1)}return!i&&Kc().test(e)||e.startsWith("...")||e.startsWith("---")?!1:n>=48&&n<=57||n===43||n===46||n===126?Ee(e)===e:!(t<=5&&Bc.has(e))}var Vc=e=>e>=161&&e<=591&&e!==173,Zc,Kc=()=>Zc??=/[^\x20-\x7e\p{L}\p{M}\p{N}\p{P}\p{S}]/u;var Yn=class{log;size=0;index;searches=0;constructor(t){this.log=new Array(Math.min(6*t+8,Yc))}add(t,n,o,i){let r=this.log,s=this.size;r[s++]=t,r[s++]=n,r[s++]=i,r[s++]=o,this.size=s}get(t,n){let o=this.log;if(!this.index&&this.searches++<Gc){for(let i=this.size-4;i>=0;i-=4)if(o[i]===t&&o[i+1]===n)return zo(o[i+2],o[i+3]);return}if(!this.index){this.index=new Map;for(let i=0;i<this.size;i+=4){let r=this.index.get(o[i]);r||this.index.set(o[i],r=new Map),r.set(o[i+1],zo(o[i+2],o[i+3]))}}return this.index.get(t)?.get(n)}},Yc=16384,Gc=16,zo=(e,t)=>e===void 0?{value:t}:{key:e,value:t},Wo=e=>e.kind==="seq"||Object.keys(e.value).length===e.stores,nr=-1,Gn=-2,Jn=class{constructor(t){this.text=t;let n=this.starts=[];for(let o=0;o<t.length;){let i=t.indexOf(`
`,o);if(n.push(o),i===-1)break;o=i+1}this.oddBreaks=t.includes("\u2028")||t.includes("\u2029")}text;starts;indentLine=-1;lastIndent=0;lastEnd=0;oddBreaks;colon=-1;colonAsked=0;hash=-1;hashAsked=0;tab=-1;tabAsked=0;backslash=-1;backslashAsked=0;colonFrom(t){return(t<this.colonAsked||t>this.colon)&&(this.colon=Zt(this.text.indexOf(":",this.colonAsked=t),this.text)),this.colon}hashFrom(t){return(t<this.hashAsked||t>this.hash)&&(this.hash=Zt(this.text.indexOf("#",this.hashAsked=t),this.text)),this.hash}tabFrom(t){return(t<this.tabAsked||t>this.tab)&&(this.tab=Zt(this.text.indexOf("	",this.tabAsked=t),this.text)),this.tab}backslashFrom(t){return(t<this.backslashAsked||t>this.backslash)&&(this.backslash=Zt(this.text.indexOf("\\",this.backslashAsked=t),this.text)),this.backslash}get length(){return this.starts.length}next(t){return t+1<this.starts.length?this.starts[t+1]:this.text.length}end(t){if(t===this.indentLine)return this.lastEnd;let n=this.text,o=this.starts[t],i=t+1<this.starts.length?this.starts[t+1]-1:n.charCodeAt(n.length-1)===10?n.length-1:n.length;return i>o&&n.charCodeAt(i-1)===13?i-1:i}indent(t){if(t!==this.indentLine){let n=this.end(t);this.lastIndent=Jc(this.text,this.starts[t],n),this.lastEnd=n,this.indentLine=t}return this.lastIndent}at(t){return this.text.slice(this.starts[t],this.end(t))}isDash(t){return Xn(this.text,this.starts[t]+this.indent(t),this.end(t))}keyAt(t,n){let o=this.text,i=this.colonFrom(t);if(i>=n)return;let r=o.charCodeAt(t),s=i-t;if(s>0&&s<32&&r<128&&(i+1===n||o.charCodeAt(i+1)===32)){let l=Xo(o,t,r,s);if(l!==void 0)return this.oddBreaks&&Kn.test(o.slice(t,n))?void 0:l}let a=this.keyLength(t,n);return a===-1?void 0:od(o,t,a)}keyLength(t,n){let o=this.text,i=t,r=i<n?o.charCodeAt(i):0;if(r>=97&&r<=122||r>=65&&r<=90||r===95)for(i++;i<n&&(r=o.charCodeAt(i),r>=97&&r<=122||r>=65&&r<=90||r===95||r>=48&&r<=57||r===45);i++);if(i===t||o.charCodeAt(i)!==58||i+1<n&&o.charCodeAt(i+1)!==32){let s=o.slice(t,n);return i=s.indexOf(": "),i===-1&&(i=s.charCodeAt(s.length-1)===58?s.length-1:-1),i<=0||!Zn(s.slice(0,i))||this.oddBreaks&&Kn.test(s)?-1:i}return this.oddBreaks&&Kn.test(o.slice(t,n))?-1:i-t}},Kn=/[\r\u2028\u2029]/,Zt=(e,t)=>e===-1?t.length:e,Xn=(e,t,n)=>e.charCodeAt(t)===45&&(t+1===n||e.charCodeAt(t+1)===32);function Jc(e,t,n){let o=t;for(;o<n&&e.charCodeAt(o)===32;)o++;let i=e.charCodeAt(o);return o<n&&i===9||o<n&&(i===11||i===12||i===13||i>=128&&Ht(i))?Gn:o===n||i===35?nr:o-t}var Qn=Symbol("nothing"),le=Symbol("elsewhere");function Bo(e,t,n){if(t===n)return Qn;let o=e.text,i=o.charCodeAt(t);if(i===35)return Qn;if(i===39)return e.oddBreaks?le:Qc(o,t,n);if(i===34)return ed(e,t,n);if(i===91||i===123||i===124||i===62)return le;let r=n;for(let a=e.hashFrom(t+1);a<n;a=e.hashFrom(a+1)){let l=o.charCodeAt(a-1);if(l===32||l===9){r=a-1;break}}if(e.tabFrom(t)<r)return Xc(o,t,n);for(let a=e.colonFrom(t);a<r;a=e.colonFrom(a+1)){let l=a+1<n?o.charCodeAt(a+1):32;if(l===32||l===9)return}let s=r-1;for(;o.charCodeAt(s)===32;)s--;return Vt(o.slice(t,s+1))}function Xc(e,t,n){let o=t,i=-1;for(let r=t;r<n;r++){let s=e.charCodeAt(r);if(s===32||s===9){if(r+1<n&&e.charCodeAt(r+1)===35)break;s===9&&i===-1&&(i=r)}else if(o=r,s===58){let a=r+1<n?e.charCodeAt(r+1):32;if(a===32||a===9)return}}if(!(i!==-1&&i<o))return Vt(e.slice(t,o+1))}function Go(e,t,n){let o=t+1;for(;o<n&&(e.charCodeAt(o)===32||e.charCodeAt(o)===9);)o++;return o===n||o>t+1&&e.charCodeAt(o)===35}function Qc(e,t,n){let o=e.indexOf("'",t+1);if(o===-1||o>=n)return le;let i=e.charCodeAt(t+1);return o+1<n&&e.charCodeAt(o+1)===39||i===32||i===9?le:Go(e,o,n)?e.slice(t+1,o):le}function ed(e,t,n){let o=e.text,i=o.indexOf('"',t+1);if(i===-1||i>=n||!Go(o,i,n)||e.backslashFrom(t+1)<i)return le;for(let r=i+1;r<n;r++)if(o.charCodeAt(r)===34)return le;return o.slice(t+1,i)}function Yt(e,t={}){if(e.includes("\r")&&/\r(?!\n)/.test(e))return;let n=new Jn(e),{starts:o}=n,i={indent:0,kind:"map",value:{},stores:0},r=t.places?new Yn(n.length):void 0,s=[i],a=new Map,l=!1,u=(w,x)=>{let A=Ho(w,r&&((b,P,ge,L)=>r.add(b,P,x+ge,L===void 0?void 0:x+L)));return A?.maps&&(l=!0),A?.value},f,c="",d=0,m=0;for(let w=0;w<o.length;w++){let x=n.indent(w);if(x===nr)continue;if(x===Gn)return;let A=o[w],b=n.end(w),P=A+x,ge=Xn(e,P,b),L,ye=!1;if(f){let O=f,D=O.value;if(f=void 0,ge&&x>=O.indent){let Q=O===i?{indent:x,items:[],end:A}:void 0;Q&&a.set(c,Q);let K=[];D[c]=K,O.stores++,s.push({indent:x,kind:"seq",value:K,layout:Q,stores:0}),r?.add(D,c,P,d)}else if(x>O.indent&&(ye=!0,(L=n.keyAt(P,b))!==void 0)){let Q={};D[c]=Q,O.stores++,s.push({indent:x,kind:"map",value:Q,stores:0}),r?.add(D,c,P,d)}else{if(x>O.indent)return;D[c]=null,O.stores++,r?.add(D,c,m,d)}}for(;s.length>1;){let O=s[s.length-1];if(!(x<O.indent||O.kind==="seq"&&x===O.indent&&!ge))break;if(!Wo(O))return;s.pop()}let U=s[s.length-1],F=P;if(U.kind==="seq"){if(x!==U.indent||!ge)return;if(U.layout&&!r&&x===2&&!n.oddBreaks){let K=td(n,w,U.value,U.layout);if(K!==-1){w=K;continue}}for(U.layout?.items.push(A),F=P+1;e.charCodeAt(F)===32;)F++;let O=e.charCodeAt(F);if(F===b||Xn(e,F,b)||O===35||ad(e,F))return;let D=U.value;if(r?.add(D,D.length,F),L=n.keyAt(F,b),L===void 0){if(Vo(O))return;let K=Bo(n,F,b);if(K===le){let $e=tt(e.slice(F,b));K=Zo($e.charCodeAt(0))?u($e,F):Ee($e)}if(K===void 0)return;if(tr(n,w,x)){let $e=e.slice(F,b),rn=Ko(n,w,x,$e,tt($e));if(!rn)return;K=rn.value,w=rn.last}D.push(K),Kt(s,n.next(w));continue}let Q={indent:x+F-P,kind:"map",value:{},stores:0};D.push(Q.value),s.push(Q),U=Q}else{if(x!==U.indent)return;if(ye||(L=n.keyAt(P,b)),L===void 0)return}if(L.length<=5&&sd(L)&&id.has(L))return;let wr=U.value;if(L==="__proto__")return;let X=F+L.length+1;for(;X<b&&(e.charCodeAt(X)===32||e.charCodeAt(X)===9);)X++;Kt(s,n.next(w));let be=Bo(n,X,b);if(be===Qn){f=U,c=L,d=F,m=X;continue}r?.add(wr,L,X,F);let xr=!0;if(be===le){let O=tt(e.slice(X,b));if(Vo(O.charCodeAt(0))){let D=cd(n,w,U.indent,O);if(!D)return;be=D.value,w=D.last,Kt(s,n.next(w)),xr=!1}else be=Zo(O.charCodeAt(0))?u(O,X):Ee(O)}if(be===void 0)return;if(xr&&tr(n,w,U.indent)){let O=e.slice(X,b),D=Ko(n,w,U.indent,O,tt(O));if(!D)return;be=D.value,w=D.last,Kt(s,n.next(w))}wr[L]=be,U.stores++}if(f&&(f.value[c]=null,f.stores++,r?.add(f.value,c,m,d)),!s.every(Wo)||Object.keys(i.value).length===0)return;let y={data:i.value,seqs:a,places:r,lineStarts:o};return l&&(y.flowMaps=!0),y}var er=new RegExp((String.raw`  - at: (['"]?)(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d))\1EOL`+String.raw`(?:    approx: (true)EOL)?`+String.raw`    kind: ((?!(?:null|true|false)EOL)[a-z]+)EOL`+String.raw`(?:    by: (PLAIN)EOL)?`+String.raw`    text: (?:(PLAIN)|"([^"\\\x00-\x1f\x7f]*)"|'([^'\x00-\x1f\x7f]*)')EOL(?=(?: *(?:#[^\n]*)?EOL)*(?:  - |[^\s#]|$))`).replace(/PLAIN/g,String.raw`(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)EOL)[A-Za-z][^\x00-\x1f\x7f#:]*(?::+[^\x00-\x20\x7f#:][^\x00-\x1f\x7f#:]*)*(?<!\s)`).replace(/EOL/g,String.raw`\r?\n`),"y");function td(e,t,n,o){let i=-1;for(let r;(r=nd(e.text,e.starts[t]))!==null;)n.push(rd(r)),o.items.push(e.starts[t]),o.end=er.lastIndex,i=t+(r[5]===void 0?2:3)+(r[3]===void 0?0:1),t=i+1;return i}function nd(e,t){return er.lastIndex=t,er.exec(e)}function rd(e){let t=e[5],n=e[6]??e[7]??e[8];return e[3]===void 0?t===void 0?{at:e[2],kind:e[4],text:n}:{at:e[2],kind:e[4],by:t,text:n}:t===void 0?{at:e[2],approx:!0,kind:e[4],text:n}:{at:e[2],approx:!0,kind:e[4],by:t,text:n}}var id=new Set(["true","True","TRUE","false","False","FALSE","null","Null","NULL"]);function od(e,t,n){let o=e.charCodeAt(t);if(n>=32||o>=128)return e.slice(t,t+n);let i=Xo(e,t,o,n);if(i!==void 0)return i;let r=Jo(o,n);return nt[r+1]=nt[r],nt[r]=e.slice(t,t+n)}var nt=new Array(256*32),Jo=(e,t)=>(e<<5|t)<<1;function Xo(e,t,n,o){let i=Jo(n,o),r=nt[i];if(r!==void 0&&qo(e,t,r))return r;let s=nt[i+1];return s!==void 0&&qo(e,t,s)?s:void 0}function qo(e,t,n){for(let o=1;o<n.length;o++)if(e.charCodeAt(t+o)!==n.charCodeAt(o))return!1;return!0}var sd=e=>{let t=e.charCodeAt(0),n=e.charCodeAt(1);return(t===116||t===84||t===102||t===70||t===110||t===78)&&(n===114||n===82||n===97||n===65||n===117||n===85)},ad=(e,t)=>Ht(e.charCodeAt(t)),Vo=e=>e===124||e===62,Zo=e=>e===91||e===123;function Kt(e,t){let n=e.length>1?e[1].layout:void 0;n&&(n.end=t)}function tr(e,t,n){for(let o=t+1;o<e.length;o++){let i=e.indent(o);if(i!==nr)return i>n&&!e.isDash(o)}return!1}function Ko(e,t,n,o,i){let r=i.charCodeAt(0),s=r===34||r===39||r===91||r===123;if(e.oddBreaks||s||Yo(o)!==i)return;let a=e.text,l=i,u=t,f=0;for(let c=t+1;c<e.length;c++){let d=e.starts[c],m=e.end(c),y=d;for(;y<m&&a.charCodeAt(y)===32;)y++;if(y===m){f++;continue}if(a.charCodeAt(y)===35||y-d<=n)break;let w=Yo(a.slice(y,m));if(!ld.test(w))return;l+=(f===0?" ":`
`.repeat(f))+w,f=0,u=c}if(!(u===t||tr(e,u,n)))return{value:l,last:u}}var ld=/^(?!\.\.\.)[^-?:,[\]{}#&*!|>'"%@`\s](?:(?!: | #|\t).)*(?<!:)$/;function Yo(e){let t=e.length;for(;t>0&&e.charCodeAt(t-1)===32;)t--;return t===e.length?e:e.slice(0,t)}function ud(e){let t=e[0];if(t!=="|"&&t!==">"||e.length>2)return;let n=e.length===2?e[1]:"";return n===""||n==="-"||n==="+"?{style:t,chomp:n}:void 0}function cd(e,t,n,o){let i=ud(o);if(!i)return;let{style:r,chomp:s}=i,a=[],l=-1,u=t;for(let d=t+1;d<e.length;d++){let m=e.at(d),y=0;for(;m.charCodeAt(y)===32;)y++;if(y===m.length){if(l===-1||m.length>l)return;a.push(""),u=d;continue}if(m.includes("	")||Ht(m.charCodeAt(y)))return;if(y<=n)break;if(l===-1&&(l=y),y<l||y>l&&r===">")return;a.push(m.slice(l)),u=d}if(l===-1)return;let f=0;for(;a.length&&a[a.length-1]==="";)a.pop(),f++,u--;let c="";if(r==="|")c=a.join(`
`);else{let d=!1;for(let m of a)m===""?c+=`
`:c+=(d?" ":"")+m,d=m!==""}if(s==="-")return{value:c,last:u};if(s==="+"){let d=u+f,m=f>0&&d===e.length-1&&!e.text.endsWith(`
`)?f-1:f;return{value:c+`
`+`
`.repeat(m),last:d}}return{value:c+`
`,last:u}}var rt=["started","detected","acknowledged","declared","mitigated","recovered","resolved"],gd=["note","action","decision","finding","question","comms","todo","evidence","role","status","severity","reopened"],qm=[...rt,...gd];var Qo=["investigating","identified","monitoring"];var es=["SEV-1","SEV-2","SEV-3","SEV-4","SEV-5"],ts=["incident_commander","deputy","scribe","communications_liaison","investigation_coordinator"];var yd=[{key:"time_to_detect",label:"Time to detect",from:"started",to:["detected"]},{key:"time_to_acknowledge",label:"Time to acknowledge",from:"detected",to:["acknowledged"]},{key:"time_to_declare",label:"Time to declare",from:"detected",to:["declared"]},{key:"time_to_mitigate",label:"Time to mitigate",from:"started",to:["mitigated"]},{key:"impact_duration",label:"Impact duration",from:"started",to:["recovered","resolved"]},{key:"time_to_resolve",label:"Time to resolve",from:"started",to:["resolved"]}],bd=new Set(rt),wd=new Set(["mitigated","recovered","resolved"]);function rr(e=[],t=j){let n=-1/0;for(let i of e){let r=i.kind==="reopened"?t(i.at):void 0;r!==void 0&&r>n&&(n=r)}let o={};for(let i of e){if(!bd.has(i.kind))continue;let r=t(i.at),s=i.kind;r!==void 0&&(wd.has(s)?r>=n&&(o[s]===void 0||r>=o[s])&&(o[s]=r):(o[s]===void 0||r<o[s])&&(o[s]=r))}return o}function ir(e=[],t=j,n=rr(e,t)){let o=e.filter(r=>r.approx===!0),i=[];for(let r of yd){let s=n[r.from],a=r.to.find(l=>n[l]!==void 0);s===void 0||a===void 0||n[a]<s||(i.push({key:r.key,label:r.label,ms:n[a]-s,from:r.from,to:a}),(ns(o,r.from,s,t)||ns(o,a,n[a],t))&&(i[i.length-1].approx=!0))}return i}function ns(e,t,n,o){return e.some(i=>i.kind===t&&o(i.at)===n)}var xd=/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g,kd=/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;function vd(e){if(e.length>24)return kd.test(e);for(let t=0;t<e.length;t++){let n=e.charCodeAt(t);if(n<32?n!==9&&n!==10&&n!==13:n===127)return!0}return!1}function _(e){return typeof e=="string"?vd(e)?e.replace(xd,""):e:typeof e=="number"||typeof e=="boolean"?String(e):null}function Gt(e){return(Array.isArray(e)?e:[]).map(_).filter(t=>t!==null)}var rs={incident_commander:"Incident commander",deputy:"Deputy",scribe:"Scribe",communications_liaison:"Communications liaison",investigation_coordinator:"Investigation coordinator",subject_matter_experts:"Subject matter experts"},_d=new Set(rt),it=e=>typeof e=="object"&&e!==null&&!Array.isArray(e)?e:{};function is(e){return(Array.isArray(e.timeline)?e.timeline:[]).filter(t=>typeof t=="object"&&t!==null&&typeof t.at=="string")}function os(e,t,n,o=j,i=ir(e,o)){let r=rr(e,o),s=r.recovered??r.resolved,a=l=>l===void 0?null:z(l,t);return{started:a(r.started),ended:a(s),resolved:a(r.resolved),duration_ms:r.started!==void 0&&s!==void 0?s-r.started:null,duration_approx:i.some(l=>l.key==="impact_duration"&&l.approx===!0),ongoing:s===void 0&&(n===null||Qo.includes(n))}}function Ad(e,t){let n=[];for(let o=0;o<e.length;o++)n.push(t(e[o].at));return n}function Od(e,t){let n=e.length,o=0;return i=>{for(let r=0;r<n;r++){let s=o;if(o=o+1===n?0:o+1,e[s].at===i)return t[s]}return j(i)}}function Sd(e,t,n){let o=[];for(let l=0;l<e.length;l++)o.push(l);let i=Gi(o,l=>n[l]),r=[],s=Cd(t),a="";for(let l of i){let u=e[l],f=n[l],c="",d=u.at;f!==void 0&&(s.read(f),c=s.date,d=s.time);let m=c!==a;a=c,r.push({at:u.at,local_date:c,local_time:d,new_day:m,kind:_(u.kind)??"",milestone:_d.has(u.kind),by:_(u.by),text:_(u.text)??"",approx:u.approx===!0})}return r}var Jt=e=>e<10?`0${e}`:`${e}`,or=Array.from({length:60},(e,t)=>Jt(t)),Xt=1e3,Qt=60*Xt,sr=60*Qt,en=24*sr,Ed=864e13-en;function Cd(e){let t=zi(e),n=NaN,o={date:"",time:"",read(i){let r=Math.floor(i/Xt)*Xt,s=r+t(r)*Qt;if(!(Math.abs(s)<=Ed)){let u=he(i,e);n=NaN,o.date=Xe(u),o.time=`${Jt(u.hour)}:${Jt(u.minute)}:${Jt(u.second)}`;return}let a=Math.floor(s/en);if(a!==n){n=a;let u=new Date(a*en);o.date=Xe({year:u.getUTCFullYear(),month:u.getUTCMonth()+1,day:u.getUTCDate(),hour:0,minute:0,second:0})}let l=s-a*en;o.time=`${or[Math.floor(l/sr)]}:${or[Math.floor(l%sr/Qt)]}:${or[l%Qt/Xt]}`}};return o}function Pd(e){let t=it(e.roles),n=[];for(let i of ts){let r=_(t[i]);r&&n.push({key:i,label:rs[i],names:[r]})}let o=Gt(t.subject_matter_experts);return o.length&&n.push({key:"subject_matter_experts",label:rs.subject_matter_experts,names:o}),n}function Td(e){return(Array.isArray(e.action_items)?e.action_items:[]).map(it).map(t=>({id:_(t.id)??"",title:_(t.title)??"",type:_(t.type),owner:_(t.owner),due:_(t.due),status:_(t.status)??"open",reason:_(t.reason),issue:_(t.issue)}))}function ss(e){let{data:t,timeZone:n}=e,o=is(t),i=Ad(o,j),r=Od(o,i),s=Sd(o,n,i),a=ir(o,r),l=it(t.impact),u=it(t.postmortem),f=_(t.kind)??"incident",c=_(t.status);return{audience:"internal",internal:!0,drill:f==="drill",id:_(t.id)??e.file.replace(/^.*\//,"").replace(/\.md$/,""),title:_(t.title)??"",kind:f,severity:_(t.severity),status:c,services:Gt(t.services),timezone:n,now:z(e.now,n),incident:t,file:e.file,...os(o,n,c,r,a),roles:Pd(t),timeline:s,recent:s.slice(-5),metrics:a.map(d=>({key:d.key,label:d.label,ms:d.ms,from:d.from,to:d.to,approx:d.approx===!0})),impact:{summary:_(l.summary),figures:(Array.isArray(l.figures)?l.figures:[]).map(it).map(d=>({label:_(d.label)??"",value:_(d.value)??""}))},action_items:Td(t),postmortem:{owner:_(u.owner),due:_(u.due),meeting:_(u.meeting),status:_(u.status)},body:Nt(se(Ft(e.text.slice(e.bodyStart)))).trim(),public_summary:e.publicSummary,site:null}}async function ls(e,t){let n=Fo(e,t),o=Yt(e.slice(n.fmStart,n.fmEnd))?.data;return o||(o=(await Promise.resolve().then(()=>we(as(),1))).parseIncidentText(e,t).data),{text:e,split:n,data:o,file:t}}var Oh=64*1024;function us(e,t,n){let o=e.data.timezone,i=typeof o=="string"&&me(o)?o:t.defaultTimeZone();return ss({data:e.data,text:e.text,bodyStart:e.split.bodyStart,file:e.file,timeZone:i,now:t.now,publicSummary:n})}var cs=e=>typeof e.id=="string"?e.id:String(e.number);function ds(e,t){let n=e.threads;if(n==null)return[];if(!(Array.isArray(n)&&n.every(i=>typeof i=="object"&&i!==null&&!Array.isArray(i)&&(typeof i.id=="string"?i.id!=="":Number.isInteger(i.number)))))throw new C("Unexpected `threads` value, expected a list of threads, each with an `id` (or the whole `number` of older files)",t);return n}var fs=/^Thread ([1-9]\d*|[a-hjkmnp-tv-z][0-9a-hjkmnp-tv-z]{4})(?=[ :(])/;var $d=36e5,Id=/^(\d+)\s*([hdw])$/,Rd=/^(\d+)\s*(m|mo|months?)$/i,Md=/^\d{4}-\d{2}-\d{2}$/,Dd='a date (2026-01-31), ISO 8601, or an age: -30m, -12h, -30d, -2w (or "2w ago")';function ps(e,t,n="--since"){let o=e.trim(),i=Id.exec(o);if(i)return t.now-Number(i[1])*$d*{h:1,d:24,w:168}[i[2]];let r=Rd.exec(o);if(r){let a=Number(r[1]);throw new k(`Unexpected ${n} "${e}", expected -${a}m for ${a} minute${a===1?"":"s"} (m is minutes, as in --at) or -${a*30}d or a date for about ${a} month${a===1?"":"s"}`)}let s=Md.test(o)?`${o}T00:00`:o;try{return Wi(s,t).ms}catch(a){let l=`Unexpected date "${o}" in "${s}"`;throw a instanceof k&&s!==o&&a.message.startsWith(l)?new k(`Unexpected ${n} "${e}"${a.message.slice(l.length)}`):!(a instanceof k)||!a.message.startsWith('Unexpected time "')?a:new k(`Unexpected ${n} "${e}", expected ${Dd}`)}}var J=require("node:fs"),N=require("node:path");var ar=["operational","under_maintenance","degraded_performance","partial_outage","major_outage"];var ms=["accent","operational","degraded","partial","major","maintenance"],lr=/^https?:\/\/[^\s"'<>`\\]+$/i,Ld=/^#(?:[0-9a-fA-F]{3}){1,2}$/,ot=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function hs(e,t){if(typeof e!="string"||!lr.test(e.trim()))throw t("site_url","an absolute http(s) URL such as https://status.example.com/");return e.trim().replace(/\/*$/,"/")}function gs(e,t){if(!ot(e))throw t("site","a map with title, logo, links and colors");let n={links:{},colors:{}};for(let[o,i]of Object.entries(e))if(o==="title"){if(typeof i!="string"||!i.trim())throw t("site.title","a non-empty string");n.title=i}else if(o==="logo"){if(typeof i!="string"||!lr.test(i.trim()))throw t("site.logo","an absolute http(s) URL of an image");n.logo=i.trim()}else if(o==="links"){if(!ot(i)||!Object.values(i).every(r=>typeof r=="string"&&lr.test(r.trim())))throw t("site.links","a map of labels to http(s) URLs");n.links=Object.fromEntries(Object.entries(i).map(([r,s])=>[r,String(s).trim()]))}else if(o==="colors"){if(!(ot(i)&&Object.entries(i).every(([s,a])=>ms.includes(s)&&typeof a=="string"&&Ld.test(a))))throw t("site.colors",`a map of ${ms.join(", ")} to colours such as "#0969da"`);n.colors={...i}}else throw t("site",`a map with title, logo, links and colors, not "${o}"`);return n}function ys(e,t,n){if(!ot(e))throw n("status_page","a map with components and severity_map");let o={components:[...t.components],severity_map:{...t.severity_map}};for(let[i,r]of Object.entries(e))if(i==="components"){if(!Array.isArray(r)||!r.every(s=>typeof s=="string"&&s.trim()))throw n("status_page.components","a list of service names");o.components=r.map(s=>s.trim())}else if(i==="severity_map"){if(!(ot(r)&&Object.values(r).every(a=>ar.includes(a))))throw n("status_page.severity_map",`a map of severity to one of ${ar.join(", ")}`);o.severity_map={...o.severity_map,...r}}else throw n("status_page",`a map with components and severity_map, not "${i}"`);return o}var ur=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function bs(e,t,n){if(!ur(e))throw n("import","a map of source names (pagerduty, incident-io...) to their settings");let o={};for(let[i,r]of Object.entries(e)){if(r===null)continue;if(!ur(r))throw n(`import.${i}`,"a map of settings such as severity_map and timezone");let s=r.severity_map;if(s!=null){if(!ur(s))throw n(`import.${i}.severity_map`,"a map of <field>=<value> to a severity, e.g. priority=P1: SEV-1");for(let[l,u]of Object.entries(s))if(typeof u!="string"||!t.includes(u))throw n(`import.${i}.severity_map.${l}`,`one of ${t.join(", ")}`)}let a=r.timezone;if(a!=null&&(typeof a!="string"||!me(a)))throw n(`import.${i}.timezone`,"an IANA time zone name such as Europe/Berlin");o[i]={...r}}return o}var Ce={incidents_dir:"incidents",templates_dir:"templates",severities:[...es],default_severity:"SEV-3",required_sections:["Summary","Impact","Root cause and contributing factors","Resolution","What went well","What went wrong"],postmortem_due:{"SEV-1":{days:3},"SEV-2":{business_days:5},default:{business_days:10}},redact:[],allow:[],public_domains:[],site_title:"Incident history",site:{links:{},colors:{}},status_page:{components:[],severity_map:{"SEV-1":"major_outage","SEV-2":"partial_outage","SEV-3":"degraded_performance"}},github:{},people:{},issueops:{label:"incident",mirror:!1},evidence_max_bytes:10*1024*1024,review:{require_independent_approval:!0},working_hours:{start:"09:00",end:"18:00",days:["Mon","Tue","Wed","Thu","Fri"]},merge_driver:"auto",import:{}},ws=["auto","warn","off"],xs=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Nd=/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/,Fd=/^(?:\*\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\.?$/;function st(e,t=".incident.yml"){if(e==null)return{...Ce};if(typeof e!="object"||Array.isArray(e))throw new C("Unexpected config, expected `key: value` settings",t,1,1);let n=e,o={...Ce},i=l=>{if(n[l]!==void 0){if(typeof n[l]!="string"||n[l]==="")throw s(l,"a non-empty string");o[l]=n[l]}},r=l=>{if(n[l]===void 0)return;let u=n[l];if(!Array.isArray(u)||u.length===0||!u.every(f=>typeof f=="string"&&f))throw s(l,"a list of names");o[l]=u},s=(l,u)=>new C(`Unexpected value for \`${l}\`, expected ${u}`,t);if(i("incidents_dir"),i("templates_dir"),i("timezone"),o.timezone!==void 0&&!me(o.timezone))throw s("timezone",`an IANA time zone name such as ${It(o.timezone)}, not "${o.timezone}"`);if(r("severities"),r("required_sections"),n.default_severity!==void 0?i("default_severity"):o.severities.includes(o.default_severity)||(o.default_severity=o.severities[Math.floor((o.severities.length-1)/2)]),!o.severities.includes(o.default_severity))throw s("default_severity",`one of ${o.severities.join(", ")}`);if(i("site_title"),n.site_url!==void 0&&(o.site_url=hs(n.site_url,s)),n.site!==void 0&&(o.site=gs(n.site,s)),n.status_page!==void 0&&(o.status_page=ys(n.status_page,Ce.status_page,s)),n.redact!==void 0){if(!Array.isArray(n.redact)||!n.redact.every(l=>typeof l=="string"&&l.trim()))throw s("redact","a list of terms");o.redact=n.redact}if(n.allow!==void 0){if(!Array.isArray(n.allow)||!n.allow.every(l=>typeof l=="string"&&l.trim()))throw s("allow","a list of words or names");o.allow=n.allow}if(n.public_domains!==void 0){let l=n.public_domains;if(!Array.isArray(l)||!l.every(u=>typeof u=="string"&&Fd.test(u.trim())))throw s("public_domains","a list of domain names such as status.example.com");o.public_domains=l.map(u=>u.trim().toLowerCase().replace(/^\*\./,"").replace(/\.$/,""))}let a=(l,u)=>{let f=n[l];if(f===void 0)return;if(!(typeof f=="object"&&f!==null&&!Array.isArray(f)&&Object.entries(f).every(([d,m])=>typeof m=="string"&&m!==""&&(!u||u.includes(d)))))throw s(l,u?`a map with ${u.join(", ")}`:"a map of names to GitHub logins");o[l]={...f}};if(a("github",["repo","api_url"]),a("people"),n.evidence_max_bytes!==void 0){if(!Number.isInteger(n.evidence_max_bytes)||n.evidence_max_bytes<=0)throw s("evidence_max_bytes","a positive number of bytes");o.evidence_max_bytes=n.evidence_max_bytes}if(n.review!==void 0){let l=n.review;if(!(typeof l=="object"&&l!==null&&!Array.isArray(l)&&Object.entries(l).every(([f,c])=>f==="require_independent_approval"&&typeof c=="boolean")))throw s("review","a map with require_independent_approval: true or false");o.review={...Ce.review,...l}}if(n.issueops!==void 0){let l=n.issueops;if(!(typeof l=="object"&&l!==null&&!Array.isArray(l)&&Object.entries(l).every(([f,c])=>f==="label"&&typeof c=="string"&&c.trim()!==""||f==="mirror"&&typeof c=="boolean")))throw s("issueops","a map with label: <label name> and mirror: true or false");o.issueops={...Ce.issueops,...l}}if(n.working_hours!==void 0&&(o.working_hours=jd(n.working_hours,s)),n.import!==void 0&&n.import!==null&&(o.import=bs(n.import,o.severities,s)),n.merge_driver!==void 0){if(!ws.includes(n.merge_driver))throw s("merge_driver",`one of ${ws.join(", ")}`);o.merge_driver=n.merge_driver}if(n.postmortem_due!==void 0){let l=n.postmortem_due;if(typeof l!="object"||l===null||Array.isArray(l))throw s("postmortem_due","a map of severity to {days} or {business_days}");for(let[u,f]of Object.entries(l))if(!(typeof f=="object"&&f!==null&&Object.entries(f).every(([d,m])=>(d==="days"||d==="business_days")&&Number.isInteger(m)&&m>=0)))throw s(`postmortem_due.${u}`,"{days: N} or {business_days: N}");o.postmortem_due={...Ce.postmortem_due,...l}}return o}function jd(e,t){if(typeof e!="object"||e===null||Array.isArray(e))throw t("working_hours","a map with start, end, days and timezone");let n={...Ce.working_hours};for(let[o,i]of Object.entries(e))if(o==="start"||o==="end"){if(typeof i!="string"||!Nd.test(i))throw t(`working_hours.${o}`,'a time of day as "HH:MM" (quoted), such as "09:00"');n[o]=i}else if(o==="days"){let r=xs;if(!Array.isArray(i)||i.length===0||!i.every(s=>typeof s=="string"&&r.includes(s)))throw t("working_hours.days",`a list of days among ${xs.join(", ")}`);n.days=i}else if(o==="timezone"){if(typeof i!="string"||!me(i))throw t("working_hours.timezone",`an IANA time zone name such as ${It(String(i))}`);n.timezone=i}else throw t("working_hours",`a map with start, end, days and timezone, not "${o}"`);if(n.start>=n.end)throw t("working_hours",`a start before the end, not ${n.start} to ${n.end}`);return n}function vs(e,t,n=3){let o=e.toLowerCase(),i=[];for(let r of t){let s=r.toLowerCase();if(s===o)continue;if(o.length>=3&&s.includes(o)){i.push({name:r,score:-1/s.length});continue}let a=s.replace(/^\d{4}-\d{2}-\d{2}-/,""),l=Math.max(2,Math.floor(o.length/3)),u=Math.min(ks(o,s,l),a===s?1/0:ks(o,a,l));u<=l&&i.push({name:r,score:u})}return i.sort((r,s)=>r.score-s.score||(r.name<s.name?1:r.name>s.name?-1:0)).slice(0,n).map(r=>r.name)}function ks(e,t,n=1/0){if(Math.abs(e.length-t.length)>n)return 1/0;let o=new Array(t.length+1).fill(0),i=Array.from({length:t.length+1},(s,a)=>a),r=new Array(t.length+1).fill(0);for(let s=1;s<=e.length;s++){r[0]=s;let a=s;for(let l=1;l<=t.length;l++){let u=e[s-1]===t[l-1]?0:1,f=Math.min(i[l]+1,r[l-1]+1,i[l-1]+u);s>1&&l>1&&e[s-1]===t[l-2]&&e[s-2]===t[l-1]&&(f=Math.min(f,o[l-2]+1)),r[l]=f,f<a&&(a=f)}if(a>n)return 1/0;[o,i,r]=[i,r,o]}return i[t.length]<=n?i[t.length]:1/0}var Ve=require("node:path");function Ud(e){if(e.includes("//")||e.includes("/./")||e.includes("/../")||e.endsWith("/.")||e.endsWith("/.."))return!0;if(e.length<2||!e.endsWith("/"))return!1;let t=e.charCodeAt(e.length-2);return t!==10&&t!==13&&t!==8232&&t!==8233}var Hd=e=>e!==""&&e!=="."&&e!==".."&&!e.includes("/");function $(e,...t){return Ve.sep!=="/"||e.charCodeAt(0)!==47||Ud(e)||!t.every(Hd)?(0,Ve.join)(e,...t):(e==="/"?"":e)+"/"+t.join("/")}var _s=e=>e.endsWith(Ve.sep)?e:e+Ve.sep;var at=".incident.yml";function zd(e){let t;for(let n=e;;n=(0,N.dirname)(n)){if((0,J.existsSync)($(n,at)))return n;if(!t&&(0,J.existsSync)($(n,".git"))&&(t=n),(0,N.dirname)(n)===n)return t??e}}async function Os(e,t={}){let n=zd(e),o=$(n,at);if(t.configFile&&(o=(0,N.resolve)(e,t.configFile),!(0,J.existsSync)(o)))throw new k(`Unexpected config file "${t.configFile}", expected an existing file`);let i=await qd(o,o===$(e,at)?at:(0,N.relative)(e,o)||at),r=t.incidentsDir?(0,N.resolve)(e,t.incidentsDir):Wd($(n,i.incidents_dir));return{root:n,cwd:e,config:i,incidentsDir:r}}var Wd=e=>e.length>1&&e.endsWith(N.sep)?e.slice(0,-1):e,Bd=/^(?:[ ]*(?:#[^\r\n]*)?\r?\n)*[ ]*(?:#[^\r\n]*)?$/;async function qd(e,t){if(!(0,J.existsSync)(e))return st(void 0);let n=(0,J.readFileSync)(e,"utf8"),o=Yt(n);if(o)return st(o.data,t);if(Bd.test(n))return st(void 0);let{parseYamlFile:i}=await Promise.resolve().then(()=>we(As(),1));return st(i(n,t),t)}function cr(e,t){if((t.includes("/")||t.includes("\\"))&&t.endsWith(".md")){let n=(0,N.resolve)(e.cwd,t);if((0,N.dirname)(n)===(0,N.resolve)(e.incidentsDir))return n;throw new k(`Unexpected file "${t}", expected an incident id or a file in ${Ze(e,e.incidentsDir)||"."}/`)}if(!wo(t)||t.includes(".."))throw new k(`Unexpected incident id "${t}", expected a file name like 2026-03-01-database-outage`);return $(e.incidentsDir,t.endsWith(".md")?t:`${t}.md`)}function Ze(e,t){let n=_s(e.cwd);return t.startsWith(n)&&!t.includes(`${N.sep}.`,n.length-1)?t.slice(n.length)||t:(0,N.relative)(e.cwd,t)||t}function Vd(e){return Kd(Zd(e))}function Zd(e){return(0,J.existsSync)(e.incidentsDir)?(0,J.readdirSync)(e.incidentsDir):[]}function Kd(e){return Yd(e,t=>t.slice(0,-3))}function Yd(e,t){let n=[],o=!0;for(let i of e){if(!Gd(i))continue;let r=t(i);o&&n.length>0&&!(n[n.length-1]<r)&&(o=!1),n.push(r)}return o?n:n.sort()}var Gd=e=>e.endsWith(".md")&&!e.startsWith(".");function Ss(e,t){let n=(0,N.basename)(t).replace(/\.md$/,""),o=vs(n,Vd(e)),i=o.length?`; did you mean ${o.join(", ")}?`:"";return new k(`Unknown incident "${t}": no file ${Ze(e,cr(e,t))}${i}`)}var Pe=require("node:fs"),Ws=require("node:path");var Es=`## Summary

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
`;var Cs=`{{!-- The internal post-mortem: everything in the incident file. Context: README "Templates". --}}
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
`;var Ps=`{{!-- The internal post-mortem as a page: everything in the incident file (render --format html, and each incident's page of the internal site, incident site). Tables come from the frontmatter as HTML; only the body someone wrote goes through the Markdown converter. --}}
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
`;var Ts=`{{!-- The public summary: only public fields and the body's Public summary section reach it. --}}
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
`;var Is=`{{!-- A short update for a status page or a chat channel during the incident. --}}
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
`;var Rs=`{{!-- The body of the GitHub issue for an action item. Context: incident (frontmatter), item, file, url. --}}
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
`;var Ms=`{{!-- The public site's index: every published incident, newest first. --}}
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
`;var Ds=`<?xml version="1.0" encoding="utf-8"?>
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
`;var Ls=`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
`;var Ns=`<p class="drill"><strong>DRILL</strong>: this is a practice incident, not a real one.</p>
`;var Fs=`{{#if started}}
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
`;var js=`<dl class="facts">
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
`;var Hs=`{{!-- The investigation coordinator's report (seed 004), posted in the incident channel every
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
`;var dr={"incident.md":Es,"postmortem.md.hbs":Cs,"postmortem.html.hbs":Ps,"public-summary.md.hbs":Ts,"public-summary.html.hbs":$s,"status-update.md.hbs":Is,"action-item-issue.md.hbs":Rs,"site-index.html.hbs":Ms,"site-feed.xml.hbs":Ds,"_drill.md.hbs":Ls,"_drill.html.hbs":Ns,"_facts.md.hbs":Fs,"_facts.html.hbs":js,"_head.html.hbs":Us,"coordinator-report.md.hbs":Hs},pf=Object.keys(dr);var zs=new WeakMap;function Bs(e){let t=e.config.templates_dir,n=zs.get(e);return n?.setting!==t&&zs.set(e,n={setting:t,dir:(0,Ws.join)(e.root,t)}),n.dir}function mf(e,t){return $(Bs(e),t)}function fr(e,t){let n=mf(e,t),o=Object.hasOwn(dr,t)?dr[t]:void 0;if((0,Pe.existsSync)(n)){let i=(0,Pe.readFileSync)(n,"utf8");return{source:i,file:Ze(e,n),builtIn:i===o}}return o===void 0?void 0:{source:o,file:`built-in:${t}`,builtIn:!0}}function qs(e,t){let n=`.${t}.hbs`,o=new Set(pf.filter(a=>a.startsWith("_")&&a.endsWith(n))),i=Bs(e);if((0,Pe.existsSync)(i))for(let a of(0,Pe.readdirSync)(i))a.startsWith("_")&&a.endsWith(n)&&o.add(a);let r={},s=[];for(let a of[...o].sort()){let l=fr(e,a);r[a.slice(1,-n.length)]=l.source,s.push(l)}return{partials:r,files:s}}var Zs=require("node:fs");function Ks(e,t){if(t.GIT_AUTHOR_NAME)return t.GIT_AUTHOR_NAME;if(t.GIT_COMMITTER_NAME)return t.GIT_COMMITTER_NAME;let n=t.HOME??Vs().homedir(),o=[$(e,".git","config"),t.GIT_CONFIG_GLOBAL??$(n,".gitconfig"),t.XDG_CONFIG_HOME!==void 0?$(t.XDG_CONFIG_HOME,"git","config"):$(n,".config","git","config")];for(let i of o){let r=hf(i);if(r)return r}try{return Vs().userInfo().username}catch{return"unknown"}}function hf(e){let t;try{t=(0,Zs.readFileSync)(e,"utf8")}catch{return}let n=!1;for(let o of t.split(/\r?\n/)){let i=o.trim(),r=/^\[\s*([^\]\s"]+)/.exec(i);if(r){n=r[1].toLowerCase()==="user";continue}let s=n&&/^name\s*=\s*(.*)$/i.exec(i);if(s)return gf(s[1].replace(/\s[#;].*$/,"").trim())||void 0}}var Vs=()=>process.getBuiltinModule("node:os"),gf=e=>e.startsWith('"')&&e.endsWith('"')?e.slice(1,-1).replace(/\\(.)/g,"$1"):e;var V=require("node:fs"),q=require("node:path");var Te="casefile",yf="Casefile incident files: timelines, threads, evidence and action items merged as sets",tn="merge-driver %O %A %B %P",lt=`npx --no-install incident ${tn}`,pr="casefile=",Ys=e=>`'${e.replace(/'/g,"'\\''")}'`;function bf(e=process.argv[1]){if(e)try{let t=(0,V.realpathSync)(e);return(0,q.basename)(t)==="incident.cjs"&&(0,V.existsSync)((0,q.join)((0,q.dirname)(t),"..","package.json"))?t:void 0}catch{return}}function wf(e=bf(),t=process.execPath){let n=`if [ -x node_modules/.bin/incident ]; then exec node_modules/.bin/incident ${tn}; else exec incident ${tn}; fi`;return e?`${pr}${Ys(e)}; node=${Ys(t)}; [ -x "$node" ] || node=node; if [ -f "$casefile" ]; then exec "$node" "$casefile" ${tn}; ${n.replace(/^if /,"elif ")}`:`${pr}; ${n}`}var xf=e=>e===lt||e.startsWith(pr);var Gs=(e,t)=>(...n)=>process.getBuiltinModule("node:child_process").spawnSync("git",n,{cwd:e,encoding:"utf8",env:t});function kf(e,t){let n=t.global?"--global":"--local",o=Gs(e,t.env??process.env),i=t.command??wf(),r=o("config",n,"--get",`merge.${Te}.driver`).stdout.trim();if(r===i||r&&!xf(r))return!1;for(let[s,a]of[["name",yf],["driver",i]]){let l=o("config",n,`merge.${Te}.${s}`,a);if(l.error||l.status!==0)throw new ce(`git config ${n} merge.${Te}.${s} failed: ${l.error?.message??l.stderr.trim()}`)}return!0}function Js(e,t,n,o){if(!(t==="off"||n.CASEFILE_MERGE_DRIVER==="off"))try{if(!vf(e))return;let i=_f(e);if(!i)return;let r;for(let a of Af(i,n))if((r=Of(a))!==void 0)break;if(r!==void 0&&r!==lt)return;let s=r===lt;if(!s){let a=Gs(e,n)("config","--get",`merge.${Te}.driver`);if(a.error||a.stdout.trim()&&a.stdout.trim()!==lt)return;s=a.stdout.trim()===lt}if(t==="warn"){o(s?"this clone's merge driver for incident files runs npx, which cannot find every install of Casefile: incident merge-driver --install":"this clone has no merge driver for incident files (.gitattributes names it), so git pull may end in conflicts: incident merge-driver --install");return}kf(e,{env:n})&&o(`${s?"updated":"installed"} the merge driver for incident files in this clone (git config merge.${Te}.driver); merge_driver: off in .incident.yml stops this`)}catch(i){o(`could not install the merge driver for incident files (${i.message}): incident merge-driver --install`)}}function vf(e){let t;try{t=(0,V.readFileSync)($(e,".gitattributes"),"utf8")}catch{return!1}return new RegExp(`(^|\\s)merge=${Te}(\\s|$)`,"m").test(t)}function _f(e){for(let t=(0,q.resolve)(e);;t=(0,q.dirname)(t)){let n=$(t,".git"),o=(0,V.statSync)(n,{throwIfNoEntry:!1});if(o?.isDirectory())return n;if(o?.isFile()){let i=/^gitdir:\s*(.+?)\s*$/m.exec((0,V.readFileSync)(n,"utf8"));if(!i)return;let r=(0,q.resolve)(t,i[1]),s=(0,q.join)(r,"commondir");return(0,V.existsSync)(s)?(0,q.resolve)(r,(0,V.readFileSync)(s,"utf8").trim()):r}if((0,q.dirname)(t)===t)return}}function Af(e,t){let n=e,o=t.HOME??process.getBuiltinModule("node:os").homedir();return[$(n,"config"),t.GIT_CONFIG_GLOBAL??$(o,".gitconfig"),t.XDG_CONFIG_HOME?$(t.XDG_CONFIG_HOME,"git","config"):$(o,".config","git","config")]}function Of(e){let t;try{t=(0,V.readFileSync)(e,"utf8")}catch{return}let n=!1;for(let o of t.split(/\r?\n/)){let i=o.trim();if(i.startsWith("[")){n=new RegExp(`^\\[\\s*merge\\s+"${Te}"\\s*\\]`,"i").test(i);continue}let r=n&&/^driver\s*=\s*(\S.*)$/i.exec(i);if(r)return r[1].trim()}}async function Xs(e){let t=await Os(e.cwd,{configFile:e.env.CASEFILE_CONFIG||void 0,incidentsDir:e.env.CASEFILE_INCIDENTS_DIR||void 0}),n=!1;return t.afterWrite=()=>{n||(n=!0,Js(t.root,t.config.merge_driver,e.env,o=>e.warn?.(o)))},{...e,repo:t,get defaultTimeZone(){return t.config.timezone??(Intl.DateTimeFormat().resolvedOptions().timeZone||"UTC")},whoami:()=>Ks(t.root,e.env)}}var Sf="coordinator-report.md.hbs";async function Qs(e,t){let n=await Xs(t),o=cr(n.repo,e.id);if(!(0,nn.existsSync)(o))throw Ss(n.repo,e.id);let i=Ze(n.repo,o),r=await ls((0,nn.readFileSync)(o,"utf8"),i),s=us(r,{now:n.now,defaultTimeZone:()=>n.defaultTimeZone},null),a=e.since===void 0?void 0:ps(e.since,{now:n.now,timeZone:s.timezone}),l=fr(n.repo,Sf),{partials:u}=qs(n.repo,"md"),f=await mo(l.source,{format:"md",partials:u,name:l.file}),c=yo(f(Ef(s,r.data,n.now,a,i)),"md"),d=e.plain?await Lo(c):await Do(l,c);return{file:i,template:l.file,text:d}}function Ef(e,t,n,o,i){let r=b=>b?j(b):void 0,s=b=>(r(b)??-1/0)<=n,a=b=>o===void 0||(b?(r(b)??1/0)>=o:!1),l=e.timeline.filter(b=>s(b.at)),u=(...b)=>l.find(P=>b.includes(P.kind))??null,f=u("started")??u("declared")??l[0]??null,c=r(f?.at),d=u("recovered")??u("resolved"),m=r(u("resolved")?.at)??n,y=ds(t,i).filter(b=>s(b.opened)).map(b=>Pf(b,s)),w=y.filter(b=>b.closed===null),x=w.filter(b=>b.owner!==null).map(b=>({...b,updates:b.updates.filter(P=>a(P.at))})),A=x.filter(b=>o===void 0||b.updates.length>0||a(b.opened));return{...e,ongoing:d===null,since:o===void 0?null:z(o,e.timezone),elapsed_ms:c!==void 0?m-c:null,elapsed_approx:f?.approx===!0||m!==n&&u("resolved")?.approx===!0,elapsed_from:f?f.kind==="started"?"impact started":f.kind==="declared"?"declared":"the first entry":null,symptoms:{title:e.title,summary:e.impact.summary,first:u("detected")??u("started")},observed:u("finding","evidence"),data:l.filter(b=>b.kind==="finding"&&!fs.test(b.text)&&a(b.at)).map(Cf),evidence:vr(t,i).filter(b=>s(b.at)&&a(b.at)).map(b=>({file:b.file,size:_r(Number(b.size)||0),by:b.by??null,what:b.command??b.source??null,note:b.note??null})),threads:A,unchanged_threads:x.length-A.length,unowned:w.filter(b=>b.owner===null&&a(b.opened)),answered:y.filter(b=>b.closed!==null&&a(b.closed)),milestones:l.filter(b=>b.milestone&&a(b.at)).map(b=>({kind:b.kind,at:b.at,after_ms:c===void 0?null:(r(b.at)??c)-c,approx:b.approx||f?.approx===!0}))}}var Cf=e=>({at:e.at,by:e.by,text:e.text});function Pf(e,t){let n=i=>typeof i=="string"&&i!==""?i:null,o=e.status==="closed"&&t(n(e.closed))?n(e.closed)??n(e.opened)??"":null;return{number:cs(e),question:String(e.question??""),owner:n(e.owner),opened:n(e.opened),answer:o===null?null:n(e.answer),closed:o,updates:(Array.isArray(e.updates)?e.updates:[]).filter(i=>t(n(i.at))).map(i=>({at:String(i.at),by:n(i.by),text:String(i.text??"")}))}}var sa=require("node:fs");var ta=require("node:fs"),na=require("node:util"),ea=new Map;function ra(e,t=process.env){let n=ea.get(e);if(n!==void 0)return n;let o=Tf(e,t);return ea.set(e,o),o}function Tf(e,t){let n=t.FORCE_COLOR;if(n!==void 0)return["","1","2","3","true"].includes(n);if(t.NO_COLOR||t.TERM==="dumb")return!1;try{if(!(0,ta.fstatSync)(e).isCharacterDevice())return!1}catch{return!1}return process.getBuiltinModule("node:tty").isatty(e)}function mr(e,t,n){return!n||!ra(e)?n:(0,na.styleText)(t,n,{validateStream:!1})}var ut=e=>`${mr(2,["red","bold"],"incident:")} ${e}`,ia=e=>`incident: ${mr(2,"yellow","note:")} ${e}`;var aa=()=>({cwd:process.cwd(),now:$f(process.env.CASEFILE_NOW),env:process.env,warn:e=>Ke(2,ia(e))});function $f(e){if(!e)return Date.now();let t=Date.parse(e);if(Number.isNaN(t))throw new k(`Unexpected CASEFILE_NOW "${e}", expected an ISO 8601 time`);return t}function Ke(e,t){If(e,typeof t=="string"?t.endsWith(`
`)?t:t+`
`:t)}var oa=new Set;function If(e,t){if(oa.has(e))return;let n=typeof t=="string"?Buffer.from(t):t;for(;n.length>0;)try{n=n.subarray((0,sa.writeSync)(e,n))}catch(o){let i=o.code;if(i==="EPIPE"){oa.add(e);return}if(i!=="EAGAIN")throw o}}var hr=e=>Ke(1,e),la=e=>hr(JSON.stringify(e,null,2));var ua=require("node:util");function ca(e,t,n){let o=Mf(t,n),i=Rf(o,n);if(i)return i;try{let r=Object.fromEntries(Object.entries(n).map(([s,{type:a,short:l,multiple:u,default:f}])=>[s,{type:a,...l&&{short:l},...u&&{multiple:u},...f!==void 0&&{default:f}}]));return(0,ua.parseArgs)({args:o,options:r,allowPositionals:!0,strict:!0})}catch(r){throw new k(`${r.message.split(`
`)[0]} (see incident ${e} --help)`)}}function Rf(e,t){let n=Object.create(null),o=[];for(let i of e){if(i.charCodeAt(0)!==45||i==="-"){o.push(i);continue}if(!i.startsWith("--")||i==="--")return;let r=i.indexOf("="),s=r===-1?i.slice(2):i.slice(2,r),a=Object.hasOwn(t,s)?t[s]:void 0;if(!a||a.type==="string"!=(r!==-1))return;let l=r===-1?!0:i.slice(r+1);a.multiple?(n[s]??=[]).push(l):n[s]=l}for(let[i,r]of Object.entries(t))r.default!==void 0&&n[i]===void 0&&(n[i]=r.default);return{positionals:o,values:n}}function Mf(e,t){let n=new Map;for(let[i,r]of Object.entries(t))r.type==="string"&&(n.set(`--${i}`,i),r.short&&n.set(`-${r.short}`,i));let o=[];for(let i=0;i<e.length;i++){let r=e[i];if(r==="--")return[...o,...e.slice(i)];let s=n.get(r);s&&i+1<e.length?o.push(`--${s}=${e[++i]}`):o.push(r)}return o}var da=e=>typeof e=="string"?e:void 0;var pa=require("node:fs");var Df="/usr/share/zoneinfo",Lf=new Set(["UTC","Etc/UTC","Etc/UCT","UCT","Etc/Universal","Universal","Etc/Zulu","Zulu"]),fa=new Map;function gr(e){let t=fa.get(e);return t===void 0&&(t=ki(e)&&(0,pa.statSync)(`${Df}/${e}`,{throwIfNoEntry:!1})?.isFile()===!0,fa.set(e,t)),t}var ma={isValid:e=>gr(e)||Je.isValid(e),offsetMinutes(e,t){return gr(e)?(process.env.TZ!==e&&(process.env.TZ=e),-new Date(Math.floor(t/1e3)*1e3).getTimezoneOffset()||0):Je.offsetMinutes(e,t)},isUtc:e=>Lf.has(e)||!gr(e)&&Je.isUtc(e)};var ha=require("node:fs"),ue=require("node:path");function yr(e,t=process.cwd()){if(!(0,ue.isAbsolute)(e))return e;let n=(0,ue.relative)(t,e);return n&&!n.startsWith("..")&&!(0,ue.isAbsolute)(n)?n:e}function ga(e){let t=e;if(!t||typeof t.code!="string"||typeof t.syscall!="string")return;let n=t.path?yr(t.path):void 0,o=n?` ${n}`:"",i=t.path&&/\.tmp$/.test(t.path)&&(t.syscall==="open"||t.syscall==="link")?yr((0,ue.dirname)(t.path)):void 0,r="and run the command again";switch(t.code){case"ENOSPC":case"EDQUOT":return`No space left on the device${n?` holding ${n}`:""} (${t.code}); free some space ${r}`;case"EFBIG":return`File too large${n?`: ${n}`:""} (EFBIG, the file size limit: ulimit -f); raise the limit ${r}`;case"EROFS":return`Read-only file system: cannot ${i?`create files in ${i}`:`${br(t.syscall)}${o}`} (EROFS); run the command where the repository can be written`;case"EACCES":case"EPERM":return i?`Permission denied: cannot create files in ${i} (${t.code}); check the directory's owner and mode (ls -ld ${i}) ${r}`:`Permission denied: cannot ${br(t.syscall)}${o} (${t.code}); check its owner and mode (ls -l) ${r}`;case"ENOTDIR":{let s=t.path?Nf(t.path):void 0;return`Unexpected file ${s?yr(s):n??""}, expected a directory (ENOTDIR); move the file away ${r}`}case"EEXIST":return t.syscall==="mkdir"?`Unexpected file${o}, expected a directory (EEXIST); move the file away ${r}`:`Unexpected file${o}: it already exists (EEXIST); move it away ${r}`;case"EISDIR":return`Unexpected directory${o}, expected a file (EISDIR); remove or rename the directory ${r}`;case"ENOENT":return`No such file or directory${o} (ENOENT): it was removed while the command ran, or never existed`;case"ELOOP":return`Too many levels of symbolic links${o} (ELOOP); fix the link ${r}`;case"ENAMETOOLONG":return`File name too long${o} (ENAMETOOLONG)`;case"EMFILE":case"ENFILE":return`Too many open files (${t.code}); close some programs or raise the limit (ulimit -n) ${r}`;case"EIO":return`Input/output error${o} (EIO): the disk or file system is failing`;default:return`Cannot ${br(t.syscall)}${o} (${t.code}: ${t.message.replace(/^\w+: /,"").replace(/, \w+( '.*')?$/,"")})`}}function Nf(e){for(let t=e;;t=(0,ue.dirname)(t)){try{if(!(0,ha.lstatSync)(t).isDirectory())return t}catch{}if((0,ue.dirname)(t)===t)return}}function br(e){return{open:"open",read:"read",write:"write to",mkdir:"create the directory",rmdir:"remove the directory",unlink:"remove",rename:"replace",link:"create",scandir:"list the directory",stat:"look at",lstat:"look at",fsync:"write to",copyfile:"copy",chmod:"change the mode of",fchmod:"change the mode of",utime:"touch"}[e]??e}function ya(e){let t=r=>Ke(2,r);if(e instanceof dt)return e.code;let n=e?.code;if(typeof n=="string"&&n.startsWith("commander."))return e.exitCode===0?0:2;if(e instanceof k)return t(ut(e.message)),2;if(e instanceof C)return t(e.describe()),1;if(e instanceof ce)return t(ut(e.message)),1;let o=e,i=ga(e);return i?(t(ut(i)),1):(t(ut(`internal error: ${o?.message??String(e)}`)),process.env.CASEFILE_DEBUG?t(String(o?.stack)):t("incident: this is a bug in Casefile; run again with CASEFILE_DEBUG=1 for details and report it"),1)}var ba=require("node:fs");function wa(e){let t=e.endsWith(".md")?/^[^\s]*[\\/]([^\s\\/]+)\.md$/.exec(e):null;return t&&(0,ba.existsSync)(e)?t[1]:e}var xa=Symbol.for("casefile.hand-over");function ka(e,t,n,o={}){let i=r=>{process.env.CASEFILE_DEBUG&&Ke(2,`incident: ${e}: handed to the full CLI (needs ${r})`)};return async r=>{let s=o.fullOnly?.find(a=>r.some(l=>l===a||l.startsWith(`${a}=`)));if(s)return i(s);Hi(ma);try{let a=ca(e,r.slice(1),t),{values:l}=a,u=e==="validate"||e==="log"&&a.positionals.length<2?-1:0,f=a.positionals.map((c,d)=>d===u?wa(c):c);return o.takes&&!o.takes(f)?i(`${e} ${f[1]??""}`.trim()):(await n(f,l),0)}catch(a){return typeof a=="object"&&a!==null&&xa in a?i(String(a[xa])):ya(a)}}}var Ff={type:"boolean",description:"print the result as JSON"};var va={since:{type:"string",value:"time",description:"only what is new since then: HH:MM in the incident time zone, a date, ISO 8601 or an age (-30m, -2h)"},plain:{type:"boolean",description:"chat text to paste into Slack: no Markdown escapes, *bold* headings"},json:Ff};function _a(e,t){let[n,o]=t;if(n===void 0)throw new k(`Missing id, expected incident ${e} <id>`);if(o!==void 0)throw new k(`Unexpected argument "${o}", expected incident ${e} <id>`);return n}async function Aa(e,t){let n=await Qs({id:_a("report",e),since:da(t.since),plain:t.plain===!0},aa());t.json?la(n):hr(n.text)}var jf=ka("report",va,Aa);0&&(module.exports={main,run});

});
