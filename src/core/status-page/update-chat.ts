// A public update just posted (`status-update <id> --post "<text>" --plain`) as chat text to paste
// into Slack or Teams beside the status page: the title in *bold*, the status and time, the text as
// written (no backslash escapes), through the same chat flavour as `report --plain`. Pure.
import { markdownChatLazily } from '../markdown/markdown-out-lazy.ts';
import { inlineMarkdown } from '../render/escape.ts';

export interface PostedChat {
  title?: string;
  drill?: boolean;
  status: string;
  /** The update's time as recorded (ISO 8601 with the incident zone's offset). */
  at: string;
  text: string;
}

export function updateChat(u: PostedChat): Promise<string> {
  const title = `${u.drill ? '[DRILL] ' : ''}${u.title ?? ''}`.trim();
  const when = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.exec(u.at);
  const time = when ? `${when[1]} ${when[2]} ${when[3] === 'Z' || when[3] === '+00:00' ? 'UTC' : `UTC${when[3]}`}` : u.at;
  const status = u.status.charAt(0).toUpperCase() + u.status.slice(1);
  const paragraphs = u.text.split(/\n[ \t]*\n/).map(inlineMarkdown).filter(Boolean);
  return markdownChatLazily([...(title ? [`# ${inlineMarkdown(title)}`] : []), `${inlineMarkdown(`${status} at ${time}.`)}`, ...paragraphs].join('\n\n'));
}
