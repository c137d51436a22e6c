// The chat flavour of a Markdown document (`report --plain`, `status-update --plain`): the same
// tree as markdown-out.ts, written as text that pastes into Slack or Teams as it reads. No
// backslash escapes (`web-* pods`, `1.7 KiB` come out as written), headings and strong text as
// Slack's *bold*, emphasis as _italic_, code as backticks, bullets as "•", a link as its text and
// its URL, a table as aligned plain text in a code block. Pure.
import type { Nodes, Table } from 'mdast';
import { markdownTree } from './markdown-out.ts';

export function markdownChat(markdown: string): string {
  const text = blocks(markdownTree(markdown).children as Nodes[], '');
  return text ? text + '\n' : '';
}

/** Block nodes, a blank line between each; `indent` starts every line but the first one's own marker. */
function blocks(nodes: Nodes[], indent: string): string {
  return nodes.map((n) => block(n, indent)).filter((s) => s !== '').join(`\n\n${indent}`);
}

function block(node: Nodes, indent: string): string {
  switch (node.type) {
    case 'heading':
      return `*${inline(node.children as Nodes[]).trim()}*`;
    case 'paragraph':
      return inline(node.children as Nodes[]).split('\n').join(`\n${indent}`);
    case 'list': {
      const start = node.start ?? 1;
      return node.children.map((item, i) => {
        const marker = node.ordered ? `${start + i}. ` : '• ';
        const inner = indent + ' '.repeat(marker.length);
        // Items of a tight list on consecutive lines; a loose list keeps its blank lines.
        const body = item.children.map((c) => block(c as Nodes, inner)).join(node.spread || item.spread ? `\n\n${inner}` : `\n${inner}`);
        return marker + body;
      }).join(node.spread ? `\n\n${indent}` : `\n${indent}`);
    }
    case 'blockquote':
      return blocks(node.children as Nodes[], '').split('\n').map((l) => `> ${l}`.trimEnd()).join(`\n${indent}`);
    case 'code':
      return ['```', ...node.value.split('\n'), '```'].join(`\n${indent}`);
    case 'table':
      return ['```', ...tableLines(node), '```'].join(`\n${indent}`);
    case 'thematicBreak':
      return '---';
    case 'html':
      return /^<!--[\s\S]*-->$/.test(node.value.trim()) ? '' : node.value;
    case 'definition':
      return '';
    default:
      return inline([node]);
  }
}

function inline(nodes: Nodes[]): string {
  return nodes.map((node): string => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'strong':
        return `*${inline(node.children as Nodes[])}*`;
      case 'emphasis':
        return `_${inline(node.children as Nodes[])}_`;
      case 'delete':
        return `~${inline(node.children as Nodes[])}~`;
      case 'inlineCode':
        return `\`${node.value}\``;
      case 'break':
        return '\n';
      case 'link': {
        const label = inline(node.children as Nodes[]);
        const url = node.url.replace(/^mailto:/, '');
        return label === url || label === '' ? url : `${label} (${url})`;
      }
      case 'image':
        return node.alt ? `${node.alt} (${node.url})` : node.url;
      case 'linkReference':
      case 'imageReference':
        return 'children' in node ? inline(node.children as Nodes[]) : (node as { alt?: string }).alt ?? '';
      case 'html':
        return /^<!--/.test(node.value) ? '' : node.value;
      default:
        return 'children' in node ? inline(node.children as Nodes[]) : 'value' in node ? String(node.value) : '';
    }
  }).join('');
}

/** A table as text columns, padded to the widest cell. */
function tableLines(table: Table): string[] {
  const rows = table.children.map((row) => row.children.map((cell) => inline(cell.children as Nodes[])));
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd());
}

