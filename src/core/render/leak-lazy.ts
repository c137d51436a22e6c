// The leak check (leak.ts, with the tables of look-alike letters and top-level domains) for a
// command that checks only some of its output, loaded when it does: `incident render` checks public
// output only. In a lane, this dynamic import is bundled, not handed over (scripts/build.mjs).
export const loadLeakCheck = () => import('./leak.ts');
