import{existsSync}from"./chunk-3G3T5LRI.js";function idArg(arg){let m=/^[^\s]*[\\/]([^\s\\/]+)\.md$/.exec(arg);return m&&existsSync(arg)?m[1]:arg}export{idArg};
