import{existsSync}from"./chunk-3G3T5LRI.js";function idArg(arg){let m=arg.endsWith(".md")?/^[^\s]*[\\/]([^\s\\/]+)\.md$/.exec(arg):null;return m&&existsSync(arg)?m[1]:arg}export{idArg};
