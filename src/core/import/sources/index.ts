// Every import source, by the name typed on the command line. A new source adds one line here
// (see the comment at the top of ../types.ts).
import type { ImportSource } from '../types.ts';
import { pagerdutySource } from './pagerduty.ts';
import { incidentIoSource } from './incident-io.ts';
import { statuspageSource } from './statuspage.ts';
import { opsgenieSource } from './opsgenie.ts';
import { slackSource } from './slack.ts';
import { csvSource } from './csv.ts';

export const SOURCES: readonly ImportSource[] = [
  pagerdutySource,
  incidentIoSource,
  statuspageSource,
  opsgenieSource,
  slackSource,
  csvSource,
];

export const findSource = (name: string): ImportSource | undefined => SOURCES.find((s) => s.name === name);
