import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('the public entry point', () => {
  it('exports exactly the documented runtime API', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CatalogueEntrySchema',
        'InterventionRecordSchema',
        'IsoDateSchema',
        'LocalizedTextSchema',
        'PLACEMENT_TYPES',
        'PlacementTypeSchema',
        'StaircaseDefinitionSchema',
        'StaircaseError',
        'StepSchema',
        'ValidationError',
        'addDays',
        'addMonths',
        'daysBetween',
        'defaultStaircase',
        'defineStaircase',
        'formatIssues',
        'fromDayNumber',
        'fromZodIssues',
        'indexStaircase',
        'isIsoDate',
        'movement',
        'neutralizeFormula',
        'overdueReassessments',
        'parseDayNumber',
        'placementTypeInfo',
        'resolveHistory',
        'seededRandom',
        'toCsv',
        'stepOf',
        'timeline',
        'toDayNumber',
      ].sort(),
    );
  });

  it('works end to end as the README shows', () => {
    const staircase = api.defineStaircase({
      id: 'mini',
      name: { da: 'Mini', en: 'Mini' },
      steps: [
        {
          id: 'home',
          rank: 1,
          name: { da: 'Hjemme', en: 'Home' },
          description: { da: '…', en: '…' },
        },
        {
          id: 'placed',
          rank: 2,
          isPlacement: true,
          name: { da: 'Anbragt', en: 'Placed' },
          description: { da: '…', en: '…' },
        },
      ],
      interventions: [
        {
          code: 'contact-person',
          step: 'home',
          name: { da: 'Kontaktperson', en: 'Contact person' },
        },
        {
          code: 'foster-family',
          step: 'placed',
          placementType: 'fosterFamily',
          name: { da: 'Plejefamilie', en: 'Foster family' },
        },
      ],
    });
    expect(
      api.timeline(staircase, [
        { code: 'foster-family', start: '2024-01-01', end: '2024-06-30' },
        { code: 'contact-person', start: '2024-05-01' },
      ]),
    ).toEqual([
      { from: '2024-01-01', to: '2024-06-30', step: 'placed', rank: 2 },
      { from: '2024-07-01', to: null, step: 'home', rank: 1 },
    ]);
  });

  it('documents every export (types included) with TSDoc that has an @example', () => {
    const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
    const program = ts.createProgram([entry], {
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
    });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(entry);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    expect(moduleSymbol).toBeDefined();
    const exported = checker.getExportsOfModule(moduleSymbol as ts.Symbol);
    expect(exported.length).toBeGreaterThan(40);
    const undocumented = exported
      .filter((symbol) => {
        const target =
          symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const summary = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
        const hasExample = target.getJsDocTags(checker).some((tag) => tag.name === 'example');
        return summary === '' || !hasExample;
      })
      .map((symbol) => symbol.name);
    expect(undocumented).toEqual([]);
  }, 60_000);
});
