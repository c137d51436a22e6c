var forcedOf=result=>result.forced??[];export{forcedOf};
