/**
 * Herning's business case (DOMAIN.md §5.1) in thousands of DKK, positive = cost,
 * negative = saving. Used as the saved demo business case until `@trappen/savings`
 * exports its own validated copy.
 */
export const herningBusinessCaseData = {
  name: 'Herning: Sverigesmodellen fuldt udrullet fra 2016',
  unit: 'kDKK',
  years: [2016, 2017, 2018, 2019],
  lines: [
    { label: '11 caseworkers', area: 'SO20', amounts: [4620, 4620, 4620, 4620] },
    { label: 'project management', area: 'SO20', amounts: [200, 200, 0, 0] },
    { label: '2 educational psychologists', area: 'SO16', amounts: [1000, 1000, 1000, 1000] },
    { label: '1 health visitor', area: 'SO16', amounts: [445, 445, 445, 445] },
    { label: 'competence development, courses', area: 'SO16', amounts: [400, 400, 200, 0] },
    {
      label: 'expected saving on placements',
      area: 'SO16',
      amounts: [-3500, -7500, -12500, -12500],
    },
  ],
} as const;
