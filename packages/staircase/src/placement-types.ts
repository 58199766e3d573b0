import { z } from 'zod';
import type { LocalizedText } from './localized-text';

/**
 * Placement types used in national and municipal statistics.
 *
 * @example
 * ```ts
 * PLACEMENT_TYPES.includes('fosterFamily'); // true
 * ```
 */
export const PLACEMENT_TYPES = [
  'networkFosterCare',
  'fosterFamily',
  'boardingSchool',
  'youthFlat',
  'residentialHome',
  'residentialInstitution',
  'secureInstitution',
] as const;

/**
 * One of {@link PLACEMENT_TYPES}.
 *
 * @example
 * ```ts
 * const type: PlacementType = 'residentialHome';
 * ```
 */
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

/**
 * Zod schema for a {@link PlacementType}.
 *
 * @example
 * ```ts
 * PlacementTypeSchema.safeParse('youthFlat').success; // true
 * ```
 */
export const PlacementTypeSchema = z.enum(PLACEMENT_TYPES);

/**
 * How councils group placements when they report the mix: care in a family
 * (network or ordinary foster family), independent or school-based settings, and
 * institutions (residential homes and institutions).
 *
 * @example
 * ```ts
 * const group: PlacementGroup = placementTypeInfo.fosterFamily.group; // 'family'
 * ```
 */
export type PlacementGroup = 'family' | 'independent' | 'institution';

/**
 * Danish and English labels and the reporting group of every placement type.
 *
 * @example
 * ```ts
 * placementTypeInfo.residentialHome; // { name: { da: 'Opholdssted', en: 'Residential home' }, group: 'institution' }
 * ```
 */
export const placementTypeInfo: Readonly<
  Record<PlacementType, { name: LocalizedText; group: PlacementGroup }>
> = Object.freeze({
  networkFosterCare: {
    name: { da: 'Netværkspleje (slægt eller netværk)', en: 'Network (kinship) foster care' },
    group: 'family',
  },
  fosterFamily: { name: { da: 'Plejefamilie', en: 'Foster family' }, group: 'family' },
  boardingSchool: {
    name: { da: 'Kost- eller efterskole', en: 'Boarding or continuation school' },
    group: 'independent',
  },
  youthFlat: {
    name: { da: 'Eget værelse, kollegie eller ungdomsbolig', en: 'Own room or youth flat' },
    group: 'independent',
  },
  residentialHome: { name: { da: 'Opholdssted', en: 'Residential home' }, group: 'institution' },
  residentialInstitution: {
    name: { da: 'Døgninstitution', en: 'Residential institution' },
    group: 'institution',
  },
  secureInstitution: {
    name: { da: 'Sikret døgninstitution', en: 'Secure institution' },
    group: 'institution',
  },
});
