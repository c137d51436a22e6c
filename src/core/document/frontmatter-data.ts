// A file's frontmatter as data, the one way every command reads it: the simple reader when it is
// sure (plain files: ~35 us a file), else the YAML parser, which also gives the positioned error.
// The same verdict on the same file everywhere: `list` and `insights` once read only the lines they
// needed, and counted a file whose error was in a block they skipped while `show` refused it.
import { parseSimpleYaml } from '../yaml/simple-yaml.ts';
import { parseIncidentText } from './document.ts';
import { splitFrontmatter } from './document-split.ts';

/** Throws the DocumentError `show` and `validate` give for a file that cannot be read. */
export function frontmatterData(text: string, file: string): Record<string, unknown> {
  const split = splitFrontmatter(text, file);
  return parseSimpleYaml(text.slice(split.fmStart, split.fmEnd))?.data ?? parseIncidentText(text, file).data;
}
