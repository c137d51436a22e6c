// The config keys of the public site and the status page (site_url:, site:, status_page:), checked
// like the rest of .incident.yml: a wrong value is one line naming the key and what it expects.
import type { DocumentError } from '../util/errors.ts';
import { COMPONENT_STATUSES, type ComponentStatus } from '../model/status-page.ts';

export interface SiteConfig {
  title?: string;
  logo?: string;
  /** Label -> absolute http(s) URL, shown in the header in this order. */
  links: Record<string, string>;
  /** `accent`, `operational`, `degraded`, `partial`, `major`, `maintenance`: #rgb or #rrggbb. */
  colors: Record<string, string>;
}

export interface StatusPageConfig {
  components: string[];
  severity_map: Record<string, ComponentStatus>;
}

type Wrong = (key: string, expected: string) => DocumentError;
export const COLOR_KEYS = ['accent', 'operational', 'degraded', 'partial', 'major', 'maintenance'] as const;
const HTTP = /^https?:\/\/[^\s"'<>`\\]+$/i;
const COLOR = /^#(?:[0-9a-fA-F]{3}){1,2}$/;
const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An absolute http(s) URL, kept with one trailing slash (pages are linked relative to it). */
export function siteUrl(v: unknown, wrong: Wrong): string {
  if (typeof v !== 'string' || !HTTP.test(v.trim())) throw wrong('site_url', 'an absolute http(s) URL such as https://status.example.com/');
  return v.trim().replace(/\/*$/, '/');
}

export function siteConfig(v: unknown, wrong: Wrong): SiteConfig {
  if (!isMap(v)) throw wrong('site', 'a map with title, logo, links and colors');
  const out: SiteConfig = { links: {}, colors: {} };
  for (const [key, x] of Object.entries(v)) {
    if (key === 'title') {
      if (typeof x !== 'string' || !x.trim()) throw wrong('site.title', 'a non-empty string');
      out.title = x;
    } else if (key === 'logo') {
      if (typeof x !== 'string' || !HTTP.test(x.trim())) throw wrong('site.logo', 'an absolute http(s) URL of an image');
      out.logo = x.trim();
    } else if (key === 'links') {
      if (!isMap(x) || !Object.values(x).every((u) => typeof u === 'string' && HTTP.test(u.trim()))) throw wrong('site.links', 'a map of labels to http(s) URLs');
      out.links = Object.fromEntries(Object.entries(x).map(([k, u]) => [k, String(u).trim()]));
    } else if (key === 'colors') {
      const ok = isMap(x) && Object.entries(x).every(([k, c]) => (COLOR_KEYS as readonly string[]).includes(k) && typeof c === 'string' && COLOR.test(c));
      if (!ok) throw wrong('site.colors', `a map of ${COLOR_KEYS.join(', ')} to colours such as "#0969da"`);
      out.colors = { ...(x as Record<string, string>) };
    } else {
      throw wrong('site', `a map with title, logo, links and colors, not "${key}"`);
    }
  }
  return out;
}

export function statusPageConfig(v: unknown, defaults: StatusPageConfig, wrong: Wrong): StatusPageConfig {
  if (!isMap(v)) throw wrong('status_page', 'a map with components and severity_map');
  const out: StatusPageConfig = { components: [...defaults.components], severity_map: { ...defaults.severity_map } };
  for (const [key, x] of Object.entries(v)) {
    if (key === 'components') {
      if (!Array.isArray(x) || !x.every((s) => typeof s === 'string' && s.trim())) throw wrong('status_page.components', 'a list of service names');
      out.components = x.map((s: string) => s.trim());
    } else if (key === 'severity_map') {
      const ok = isMap(x) && Object.values(x).every((s) => (COMPONENT_STATUSES as readonly unknown[]).includes(s));
      if (!ok) throw wrong('status_page.severity_map', `a map of severity to one of ${COMPONENT_STATUSES.join(', ')}`);
      out.severity_map = { ...out.severity_map, ...(x as Record<string, ComponentStatus>) };
    } else {
      throw wrong('status_page', `a map with components and severity_map, not "${key}"`);
    }
  }
  return out;
}
