// Types for the corpus generator (plain JS so the benchmark runs it without a build).
export const CORPUS_VERSION: string;
export interface CorpusOptions {
  open?: number;
  [option: string]: unknown;
}
export function incidentText(i: number, opts?: CorpusOptions): string;
export function writeCorpus(dir: string, n: number, opts?: CorpusOptions): string[];
