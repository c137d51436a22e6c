import{display}from"./chunk-6FUV4KNG.js";import{join}from"./chunk-YW2I4MNI.js";import{existsSync,readFileSync,readdirSync}from"./chunk-ZSJZIQIP.js";var incident_default=`## Summary

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
`;var public_summary_md_default=`{{!-- The public summary: only public fields and the body's Public summary section reach it. --}}
{{#if drill}}
{{> drill}}

{{/if}}
# {{#if drill}}[DRILL] {{/if}}{{inline title}}

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
`;var public_summary_html_default=`{{!-- A public summary as a page of its own; also each incident's page on the public site. --}}
<!DOCTYPE html>
<html lang="en">
<head>
{{> head}}
<title>{{#if drill}}[DRILL] {{/if}}{{title}}{{#if site}} \xB7 {{site.title}}{{/if}}</title>
</head>
<body>
{{#if site}}
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
`;var status_update_md_default=`{{!-- A short update for a status page or a chat channel during the incident. --}}
{{#if drill}}
**DRILL**: this is a practice incident, not a real one.

{{/if}}
**{{#if drill}}[DRILL] {{/if}}{{inline title}}**{{#if severity}} ({{inline severity}}){{/if}}, update at {{datetime now}}

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
Impact started at {{datetime started}}{{#if ended}} and ended at {{datetime ended}} (after {{duration duration_ms long=true}}){{else if ongoing}}, {{duration started now long=true}} ago{{/if}}.
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
`;var site_index_html_default=`{{!-- The public site's index: every published incident, newest first. --}}
<!DOCTYPE html>
<html lang="en">
<head>
{{> head}}
<title>{{site.title}}</title>
<link rel="alternate" type="application/atom+xml" title="{{site.title}}" href="{{site.feed}}">
</head>
<body>
<main>
<h1>{{site.title}}</h1>
{{#if incidents}}
<table class="incidents">
<thead><tr><th>Date</th><th>Incident</th><th>Severity</th><th>Duration</th></tr></thead>
<tbody>
{{#each incidents}}
<tr><td>{{#if started}}<time datetime="{{iso started}}">{{date started}}</time>{{/if}}</td><td><a href="{{href}}">{{title}}</a></td><td>{{severity}}</td><td>{{duration duration_ms}}</td></tr>
{{/each}}
</tbody>
</table>
{{else}}
<p>No incidents have been published.</p>
{{/if}}
</main>
<footer><p>Times in UTC. <a href="{{site.feed}}">Atom feed</a></p></footer>
</body>
</html>
`;var site_feed_xml_default=`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>{{site.title}}</title>
<id>{{feed_id}}</id>
<updated>{{iso updated}}</updated>
<link rel="alternate" type="text/html" href="{{site.index}}"/>
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
`;var drill_md_default=`> **DRILL**: this is a practice incident, not a real one. It never counts in metrics and is never published.
`;var drill_html_default=`<p class="drill"><strong>DRILL</strong>: this is a practice incident, not a real one.</p>
`;var facts_md_default=`{{#if started}}
- **Started:** {{datetime started}}
{{/if}}
{{#if ended}}
- **Ended:** {{datetime ended}}
{{else if ongoing}}
- **Ended:** not yet (ongoing)
{{/if}}
{{#if duration_ms}}
- **Duration:** {{duration duration_ms long=true}}
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
`;var facts_html_default=`<dl class="facts">
{{#if started}}
<dt>Started</dt><dd><time datetime="{{iso started}}">{{datetime started}}</time></dd>
{{/if}}
{{#if ended}}
<dt>Ended</dt><dd><time datetime="{{iso ended}}">{{datetime ended}}</time></dd>
{{else if ongoing}}
<dt>Ended</dt><dd>not yet (ongoing)</dd>
{{/if}}
{{#if duration_ms}}
<dt>Duration</dt><dd>{{duration duration_ms long=true}}</dd>
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
`;var head_html_default=`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src * data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="Casefile">
<style>
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fff; margin: 0; }
main, nav, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
nav { padding-top: 1rem; }
h1 { font-size: 1.8rem; line-height: 1.25; }
h2 { font-size: 1.3rem; margin-top: 2rem; }
a { color: #0969da; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.drill { background: #fff8c5; border: 1px solid #d4a72c; padding: .5rem .8rem; }
pre { background: #f6f8fa; padding: .8rem; overflow-x: auto; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9em; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid #d0d7de; color: #59636e; }
footer { color: #59636e; font-size: .9rem; padding-bottom: 2rem; }
</style>
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
{{duration elapsed_ms}} since {{elapsed_from}}{{#if started}} ({{time started}}){{/if}}{{#unless ongoing}}; impact has ended{{/unless}}.
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

**Milestones:** {{#each milestones}}{{inline kind}} {{time at}}{{#if after_ms}} (+{{duration after_ms}}){{/if}}{{#unless @last}}, {{/unless}}{{/each}}
{{/if}}
`;var DEFAULTS={"incident.md":incident_default,"postmortem.md.hbs":postmortem_md_default,"public-summary.md.hbs":public_summary_md_default,"public-summary.html.hbs":public_summary_html_default,"status-update.md.hbs":status_update_md_default,"action-item-issue.md.hbs":action_item_issue_md_default,"site-index.html.hbs":site_index_html_default,"site-feed.xml.hbs":site_feed_xml_default,"_drill.md.hbs":drill_md_default,"_drill.html.hbs":drill_html_default,"_facts.md.hbs":facts_md_default,"_facts.html.hbs":facts_html_default,"_head.html.hbs":head_html_default,"coordinator-report.md.hbs":coordinator_report_md_default},DEFAULT_TEMPLATES=Object.keys(DEFAULTS);function loadTemplate(repo,name){return findTemplate(repo,name).source}function findTemplate(repo,name){let own=join(repo.root,repo.config.templates_dir,name);if(existsSync(own))return{source:readFileSync(own,"utf8"),file:display(repo,own)};let builtIn=Object.hasOwn(DEFAULTS,name)?DEFAULTS[name]:void 0;return builtIn===void 0?void 0:{source:builtIn,file:`built-in:${name}`}}function loadPartials(repo,format){let suffix=`.${format}.hbs`,names=new Set(DEFAULT_TEMPLATES.filter(n=>n.startsWith("_")&&n.endsWith(suffix))),dir=join(repo.root,repo.config.templates_dir);if(existsSync(dir))for(let n of readdirSync(dir))n.startsWith("_")&&n.endsWith(suffix)&&names.add(n);let partials={},files=[];for(let name of[...names].sort()){let found=findTemplate(repo,name);partials[name.slice(1,-suffix.length)]=found.source,files.push(found)}return{partials,files}}export{DEFAULT_TEMPLATES,loadTemplate,findTemplate,loadPartials};
