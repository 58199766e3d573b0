import { describe, expect, it } from 'vitest';
import { PLACEMENT_TYPES, PlacementTypeSchema, placementTypeInfo } from './placement-types';

describe('placement types', () => {
  it('lists the seven placement types used in statistics', () => {
    expect(PLACEMENT_TYPES).toEqual([
      'networkFosterCare',
      'fosterFamily',
      'boardingSchool',
      'youthFlat',
      'residentialHome',
      'residentialInstitution',
      'secureInstitution',
    ]);
  });

  it('labels every type in Danish and English with a reporting group', () => {
    expect(Object.keys(placementTypeInfo).sort()).toEqual([...PLACEMENT_TYPES].sort());
    for (const type of PLACEMENT_TYPES) {
      expect(placementTypeInfo[type].name.da.length, type).toBeGreaterThan(0);
      expect(placementTypeInfo[type].name.en.length, type).toBeGreaterThan(0);
    }
    expect(placementTypeInfo.residentialHome.name).toEqual({
      da: 'Opholdssted',
      en: 'Residential home',
    });
    const byGroup = (group: string) =>
      PLACEMENT_TYPES.filter((type) => placementTypeInfo[type].group === group);
    expect(byGroup('family')).toEqual(['networkFosterCare', 'fosterFamily']);
    expect(byGroup('independent')).toEqual(['boardingSchool', 'youthFlat']);
    expect(byGroup('institution')).toEqual([
      'residentialHome',
      'residentialInstitution',
      'secureInstitution',
    ]);
    expect(Object.isFrozen(placementTypeInfo)).toBe(true);
  });

  it('validates with PlacementTypeSchema', () => {
    expect(PlacementTypeSchema.parse('youthFlat')).toBe('youthFlat');
    expect(PlacementTypeSchema.safeParse('orphanage').success).toBe(false);
  });
});
