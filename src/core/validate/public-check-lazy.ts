// The public-leak render (publish/public-check.ts: every public output of one incident, rendered and
// checked) for validate, loaded when a public incident is checked. In the validate lane it is a part
// of its own (scripts/build.mjs, LANE_PARTS: dist/lanes/parts/public-check.cjs, with the HTML
// templates and the sanitizer), read only then: before, the lane handed such a run over to the full
// CLI, and a warm validate after a public incident changed cost the lane's start and the CLI's.
import { zoneRulesInUse, type ZoneRules } from '../timeline/timeline.ts';

type PublicCheck = typeof import('../publish/public-check.ts') & { useZoneRules?: (rules: ZoneRules) => void };

export async function loadPublicCheck(): Promise<PublicCheck> {
  const check: PublicCheck = await import('../publish/public-check.ts');
  // The lane's part has a copy of its own of the zone rules (Intl's, whose start took 18 ms there): ours.
  check.useZoneRules?.(zoneRulesInUse());
  return check;
}
