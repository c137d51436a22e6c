// Every validation rule, in the order their findings are usually read.
import type { Rule } from '../validate/types.ts';
import { rule as frontmatterSchema } from './frontmatter-schema.ts';

export const RULES: readonly Rule[] = [frontmatterSchema];
