import{drill_html_default,drill_md_default,facts_html_default,facts_md_default,head_html_default,public_summary_html_default,public_summary_md_default,site_feed_xml_default,site_index_html_default,status_update_md_default}from"./chunk-DYYWM3PQ.js";import{display}from"./chunk-W4DWSAQ3.js";import{existsSync,readFileSync,readdirSync}from"./chunk-5FXGWDMT.js";import{join}from"./chunk-YW2I4MNI.js";var incident_default=`## Summary

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
{{#if drill}}
{{> drill}}

{{/if}}
# {{#if drill}}[DRILL] {{/if}}{{inline title}}

{{> facts}}

{{#if body}}
{{body}}

{{/if}}
{{#if roles}}
## Roles

| Role | Name |
|---|---|
{{#each roles}}
| {{cell label}} | {{join names}} |
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
| Figure | Value |
|---|---|
{{#each impact.figures}}
| {{cell label}} | {{cell value}} |
{{/each}}

{{/if}}
{{#if metrics}}
## Metrics

{{metrics_table metrics}}

{{/if}}
{{#if timeline}}
## Timeline

Times in {{inline timezone}}; ~ marks an approximate time.

| Time | Kind | By | What happened |
|---|---|---|---|
{{#each timeline}}
| {{#if approx}}~{{/if}}{{#if new_day}}{{cell local_date}} {{/if}}{{cell local_time}} | {{#if milestone}}**{{cell kind}}**{{else}}{{cell kind}}{{/if}} | {{#if by}}{{cell by}}{{/if}} | {{cell text}} |
{{/each}}

{{/if}}
{{#if action_items}}
## Action items

| ID | Action | Type | Owner | Due | Status | Issue |
|---|---|---|---|---|---|---|
{{#each action_items}}
| {{cell id}} | {{cell title}} | {{cell type}} | {{cell owner}} | {{cell due}} | {{cell status}}{{#if reason}}: {{cell reason}}{{/if}} | {{cell issue}} |
{{/each}}
{{/if}}
`;var action_item_issue_md_default=`{{!-- The body of the GitHub issue for an action item. Context: incident (frontmatter), item, file, url. --}}
{{#if (eq incident.kind "drill")}}
> **DRILL**: this action item comes from a practice incident.

{{/if}}
{{#if item.title}}
**{{inline item.title}}**

{{/if}}
Action item {{inline item.id}} of {{#if url}}[{{inline incident.title}}]({{safeurl url}}){{else}}{{inline incident.title}}{{/if}} ({{codespan file}}).

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

This issue is kept in step with the action item in {{codespan file}}: closing it (as completed or not planned) or reopening it updates the item there.
`;var coordinator_report_md_default=`{{!-- The investigation coordinator's report (seed 004), posted in the incident channel every
30 minutes: what we are seeing, what we know, who is looking into what. A repository can replace
this file in its templates directory. Besides the fields every template gets (title, severity,
status, roles, timeline, now...), it has: since, elapsed_ms, elapsed_from, symptoms, observed,
data, evidence, threads, unchanged_threads, unowned, answered, milestones. --}}
{{#if drill}}
{{> drill}}

{{/if}}
**{{#if drill}}[DRILL] {{/if}}Investigation update: {{inline title}}**{{#if severity}} ({{inline severity}}{{#if status}}, {{inline status}}{{/if}}){{/if}} at {{time now}}{{#if since}}, what is new since {{time since}}{{/if}}
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
`;var DEFAULTS={"incident.md":incident_default,"postmortem.md.hbs":postmortem_md_default,"public-summary.md.hbs":public_summary_md_default,"public-summary.html.hbs":public_summary_html_default,"status-update.md.hbs":status_update_md_default,"action-item-issue.md.hbs":action_item_issue_md_default,"site-index.html.hbs":site_index_html_default,"site-feed.xml.hbs":site_feed_xml_default,"_drill.md.hbs":drill_md_default,"_drill.html.hbs":drill_html_default,"_facts.md.hbs":facts_md_default,"_facts.html.hbs":facts_html_default,"_head.html.hbs":head_html_default,"coordinator-report.md.hbs":coordinator_report_md_default},DEFAULT_TEMPLATES=Object.keys(DEFAULTS);function loadTemplate(repo,name){return findTemplate(repo,name).source}function findTemplate(repo,name){let own=join(repo.root,repo.config.templates_dir,name);if(existsSync(own))return{source:readFileSync(own,"utf8"),file:display(repo,own)};let builtIn=Object.hasOwn(DEFAULTS,name)?DEFAULTS[name]:void 0;return builtIn===void 0?void 0:{source:builtIn,file:`built-in:${name}`}}function loadPartials(repo,format){let suffix=`.${format}.hbs`,names=new Set(DEFAULT_TEMPLATES.filter(n=>n.startsWith("_")&&n.endsWith(suffix))),dir=join(repo.root,repo.config.templates_dir);if(existsSync(dir))for(let n of readdirSync(dir))n.startsWith("_")&&n.endsWith(suffix)&&names.add(n);let partials={},files=[];for(let name of[...names].sort()){let found=findTemplate(repo,name);partials[name.slice(1,-suffix.length)]=found.source,files.push(found)}return{partials,files}}function publicTemplates(repo){let t=name=>findTemplate(repo,name),partials=format=>{let{partials:byName,files}=loadPartials(repo,format);return Object.keys(byName).map((name,k)=>({name,source:byName[name],file:files[k].file}))};return{publicMd:t("public-summary.md.hbs"),publicHtml:t("public-summary.html.hbs"),statusUpdate:t("status-update.md.hbs"),siteIndex:t("site-index.html.hbs"),siteFeed:t("site-feed.xml.hbs"),partials:{md:partials("md"),html:partials("html")}}}export{DEFAULT_TEMPLATES,loadTemplate,findTemplate,loadPartials,publicTemplates};
