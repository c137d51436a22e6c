var public_summary_md_default=`{{!-- The public summary: only public fields and the body's Public summary section reach it. --}}
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
`;var public_summary_html_default=`{{!-- A public summary as a page of its own; also each incident's page on the public site. --}}
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
`;var status_update_md_default=`{{!-- A short update for a status page or a chat channel during the incident. --}}
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
`;var site_index_html_default=`{{!-- The public site's index: every published incident, newest first. --}}
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
`;var site_feed_xml_default=`<?xml version="1.0" encoding="utf-8"?>
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
`;var head_html_default=`<meta charset="utf-8">
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
`;export{public_summary_md_default,public_summary_html_default,status_update_md_default,site_index_html_default,site_feed_xml_default,drill_md_default,drill_html_default,facts_md_default,facts_html_default,head_html_default};
