// What a --force write recorded although it breaks the timeline's rules (the write guard says;
// see src/io/incident-store.ts), for the command to print on stderr.
export const forcedOf = (result: object): string[] => (result as { forced?: string[] }).forced ?? [];
