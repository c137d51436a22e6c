// Where the CLI's printed text gets colour (only when colour.ts says so): validate's findings, the
// status column of list, and the word that says what kind of line an error or a note is. The text
// is the same without colour, byte for byte: colour is only added around words, never changes them.
import { colourOn, paint } from './colour.ts';

const FINDING = /^(.*?:\d+:\d+) (error  |warning) (.*)  (\S+)$/;

/** validate's pretty report: the severity in red or yellow, the rule id dim, the total in bold. */
export function paintFindings(text: string): string {
  if (!colourOn(1)) return text;
  return text.split('\n').map((line) => {
    const m = FINDING.exec(line);
    if (!m) return line && /^\d+ (error|warning)|checked, no problems$/.test(line) ? paint(1, 'bold', line) : line;
    const [, place, severity, message, rule] = m as unknown as [string, string, string, string, string];
    return `${paint(1, 'underline', place)} ${paint(1, severity.startsWith('error') ? 'red' : 'yellow', severity)} ${message}  ${paint(1, 'gray', rule)}`;
  }).join('\n');
}

const STATUS_STYLE: Record<string, 'red' | 'yellow' | 'green'> = {
  investigating: 'red', identified: 'yellow', monitoring: 'yellow', resolved: 'green', closed: 'green',
};

/** list's table: the header bold, each status by how open it is. Padding stays outside the colour. */
export function paintList(text: string): string {
  if (!colourOn(1)) return text;
  const lines = text.split('\n');
  const header = lines[0] ?? '';
  const column = header.indexOf('STATUS');
  if (column < 0) return text;
  return lines.map((line, i) => {
    if (i === 0) return paint(1, 'bold', line);
    const word = /^[a-z-]+/.exec(line.slice(column))?.[0];
    const style = word ? STATUS_STYLE[word] : undefined;
    return style ? line.slice(0, column) + paint(1, style, word!) + line.slice(column + word!.length) : line;
  }).join('\n');
}

/** "incident: <message>" on stderr with the prefix in red (an error) or "note:" in yellow. */
export const errorLine = (message: string): string => `${paint(2, ['red', 'bold'], 'incident:')} ${message}`;
export const noteLine = (message: string): string => `incident: ${paint(2, 'yellow', 'note:')} ${message}`;
