import{drill_html_default,drill_md_default,facts_html_default,facts_md_default,head_html_default,public_summary_html_default,public_summary_md_default,site_feed_xml_default,site_index_html_default,status_update_md_default}from"./chunk-7PGUWVY3.js";import{display}from"./chunk-URAZJBAX.js";import{childPath}from"./chunk-DOVLBYGZ.js";import{existsSync,readFileSync,readdirSync}from"./chunk-3G3T5LRI.js";import{join}from"./chunk-YW2I4MNI.js";var incident_default=`## Summary

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
`;var postmortem_md_default=`{{!-- The internal post-mortem: everything in the incident file. Context: README "Templates". --}}
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
`;var postmortem_html_default=`{{!-- The internal post-mortem as a page: everything in the incident file (render --format html, and each incident's page of the internal site, incident site). Tables come from the frontmatter as HTML; only the body someone wrote goes through the Markdown converter. --}}
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
`;var action_item_issue_md_default=`{{!-- The body of the GitHub issue for an action item. Context: incident (frontmatter), item, file, url. --}}
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
`;var coordinator_report_md_default=`{{!-- The investigation coordinator's report (seed 004), posted in the incident channel every
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
`;var DEFAULTS={"incident.md":incident_default,"postmortem.md.hbs":postmortem_md_default,"postmortem.html.hbs":postmortem_html_default,"public-summary.md.hbs":public_summary_md_default,"public-summary.html.hbs":public_summary_html_default,"status-update.md.hbs":status_update_md_default,"action-item-issue.md.hbs":action_item_issue_md_default,"site-index.html.hbs":site_index_html_default,"site-feed.xml.hbs":site_feed_xml_default,"_drill.md.hbs":drill_md_default,"_drill.html.hbs":drill_html_default,"_facts.md.hbs":facts_md_default,"_facts.html.hbs":facts_html_default,"_head.html.hbs":head_html_default,"coordinator-report.md.hbs":coordinator_report_md_default},DEFAULT_TEMPLATES=Object.keys(DEFAULTS);function loadTemplate(repo,name){return findTemplate(repo,name).source}function isBuiltIn(name,source){return Object.hasOwn(DEFAULTS,name)&&DEFAULTS[name]===source}var templatesDirs=new WeakMap;function templatesDir(repo){let setting=repo.config.templates_dir,known=templatesDirs.get(repo);return known?.setting!==setting&&templatesDirs.set(repo,known={setting,dir:join(repo.root,setting)}),known.dir}function templatePath(repo,name){return childPath(templatesDir(repo),name)}function findTemplate(repo,name){let own=templatePath(repo,name),builtIn=Object.hasOwn(DEFAULTS,name)?DEFAULTS[name]:void 0;if(existsSync(own)){let source=readFileSync(own,"utf8");return{source,file:display(repo,own),builtIn:source===builtIn}}return builtIn===void 0?void 0:{source:builtIn,file:`built-in:${name}`,builtIn:!0}}function mayShowPublicSummary(template,partials){return[template,...partials].some(t=>t.builtIn!==!0||t.source.includes("public_summary"))}function loadPartials(repo,format){let suffix=`.${format}.hbs`,names=new Set(DEFAULT_TEMPLATES.filter(n=>n.startsWith("_")&&n.endsWith(suffix))),dir=templatesDir(repo);if(existsSync(dir))for(let n of readdirSync(dir))n.startsWith("_")&&n.endsWith(suffix)&&names.add(n);let partials={},files=[];for(let name of[...names].sort()){let found=findTemplate(repo,name);partials[name.slice(1,-suffix.length)]=found.source,files.push(found)}return{partials,files}}function publicTemplates(repo){let t=name=>findTemplate(repo,name),partials=format=>{let{partials:byName,files}=loadPartials(repo,format);return Object.keys(byName).map((name,k)=>({name,source:byName[name],file:files[k].file}))};return{publicMd:t("public-summary.md.hbs"),publicHtml:t("public-summary.html.hbs"),statusUpdate:t("status-update.md.hbs"),siteIndex:t("site-index.html.hbs"),siteFeed:t("site-feed.xml.hbs"),partials:{md:partials("md"),html:partials("html")}}}export{DEFAULT_TEMPLATES,loadTemplate,isBuiltIn,templatePath,findTemplate,mayShowPublicSummary,loadPartials,publicTemplates};
