import { defineStaircase } from './define-staircase';
import type { CatalogueEntryInput, Staircase, StepInput } from './schema';

const steps: StepInput[] = [
  {
    id: 'universal',
    rank: 1,
    name: {
      da: 'Tidlig forebyggelse i almene tilbud',
      en: 'Early prevention in universal services',
    },
    description: {
      da: 'Støtte i de almene tilbud, som alle børn bruger: dagtilbud, skole, fritidstilbud og sundhedspleje.',
      en: 'Support inside the services every child uses: day care, school, after-school care and health visitors.',
    },
    whatToExpect: {
      da: 'Dit barn får støtte der, hvor det er i hverdagen: i dagtilbuddet, skolen eller klubben.',
      en: 'Your child gets support where they already are every day: in day care, school or the youth club.',
    },
  },
  {
    id: 'prevention',
    rank: 2,
    name: { da: 'Forebyggelse', en: 'Prevention' },
    description: {
      da: 'Rådgivning og korte forløb, der forebygger, at problemer vokser.',
      en: 'Counselling and short programmes that stop problems from growing.',
    },
    whatToExpect: {
      da: 'I får rådgivning og hjælp i en kort periode, for eksempel samtaler eller et gruppeforløb.',
      en: 'You get advice and help for a short time, for example talks or a group programme.',
    },
  },
  {
    id: 'home-based',
    rank: 3,
    name: { da: 'Hjemmebaserede indsatser', en: 'Home-based interventions' },
    description: {
      da: 'Støtte til barnet og familien, mens barnet bor hjemme.',
      en: 'Support for the child and family while the child lives at home.',
    },
    whatToExpect: {
      da: 'Dit barn bor hjemme. En fagperson kommer til jer eller mødes med jer jævnligt.',
      en: 'Your child lives at home. A professional visits you or meets with you regularly.',
    },
  },
  {
    id: 'network-care',
    rank: 4,
    name: { da: 'Anbringelse i slægt eller netværk', en: 'Placement with kin or network' },
    description: {
      da: 'Barnet bor hos familie eller andre, barnet kender i forvejen.',
      en: 'The child lives with relatives or other people the child already knows.',
    },
    whatToExpect: {
      da: 'Dit barn bor hos familie eller venner, som barnet kender. I har stadig kontakt.',
      en: 'Your child lives with family or friends they know. You keep in touch.',
    },
    isPlacement: true,
  },
  {
    id: 'foster-care',
    rank: 5,
    name: {
      da: 'Anbringelse i plejefamilie, eget værelse eller på kost-/efterskole',
      en: 'Placement in a foster family, youth flat or boarding school',
    },
    description: {
      da: 'Barnet bor i en plejefamilie, på eget værelse eller på en kost- eller efterskole.',
      en: 'The child lives with a foster family, in a youth flat or at a boarding or continuation school.',
    },
    whatToExpect: {
      da: 'Dit barn bor i en plejefamilie eller på en skole med overnatning. Målet er, at barnet kan komme tættere på hjemmet igen.',
      en: 'Your child lives with a foster family or at a boarding school. The goal is to move closer to home again.',
    },
    isPlacement: true,
  },
  {
    id: 'institution',
    rank: 6,
    name: {
      da: 'Anbringelse på opholdssted eller døgninstitution',
      en: 'Placement at a residential home or institution',
    },
    description: {
      da: 'Kortvarige, tidsafgrænsede ophold som behandling. Akutte anbringelser varer højst 3 måneder.',
      en: 'Short, time-limited stays as treatment. Acute placements last at most 3 months.',
    },
    whatToExpect: {
      da: 'Dit barn bor et sted med voksne, der er uddannet til at hjælpe. Opholdet er kort, og vi arbejder på, at barnet kan flytte et trin ned.',
      en: 'Your child lives with trained staff. The stay is short, and we work so that your child can move a step down.',
    },
    isPlacement: true,
  },
];

const universal = 'Almene tilbud (dagtilbudsloven, folkeskoleloven, sundhedsloven)';
const prevention = 'Barnets lov § 30 (forebyggende indsatser)';
const support = 'Barnets lov § 32 (støttende indsatser)';
const placement = 'Barnets lov §§ 43 og 46 (anbringelse uden for hjemmet)';
const aftercare = 'Barnets lov § 114 (efterværn)';

const catalogue: CatalogueEntryInput[] = [
  // Step 1: early prevention in universal services
  {
    code: 'day-care',
    step: 'universal',
    legalBasis: universal,
    name: { da: 'Dagtilbud', en: 'Day care' },
  },
  {
    code: 'school',
    step: 'universal',
    legalBasis: universal,
    name: { da: 'Skole og SFO', en: 'School and after-school care' },
  },
  {
    code: 'youth-club',
    step: 'universal',
    legalBasis: universal,
    name: { da: 'Ungdomsklub', en: 'Youth club' },
  },
  {
    code: 'ssp',
    step: 'universal',
    legalBasis: universal,
    name: {
      da: 'SSP (skole, socialforvaltning og politi)',
      en: 'SSP (school, social services and police)',
    },
  },
  {
    code: 'health-visitor',
    step: 'universal',
    legalBasis: universal,
    name: { da: 'Sundhedspleje', en: 'Health visitor' },
  },
  {
    code: 'ppr',
    step: 'universal',
    legalBasis: universal,
    name: { da: 'Pædagogisk psykologisk rådgivning (PPR)', en: 'Educational psychology (PPR)' },
  },
  // Step 2: prevention
  {
    code: 'school-social-counselling',
    step: 'prevention',
    legalBasis: prevention,
    name: { da: 'Konsultativ skolesocialrådgivning', en: 'Consultative school social counselling' },
  },
  {
    code: 'day-care-counselling',
    step: 'prevention',
    legalBasis: prevention,
    name: { da: 'Konsultativ rådgivning i dagtilbud', en: 'Consultative counselling for day care' },
  },
  {
    code: 'preventive-counselling',
    step: 'prevention',
    legalBasis: prevention,
    name: {
      da: 'Rådgivning efter forebyggelsesparagraffen',
      en: 'Counselling under the prevention section',
    },
  },
  {
    code: 'cooperation-talks',
    step: 'prevention',
    legalBasis: prevention,
    name: { da: 'Samarbejdssamtaler', en: 'Cooperation talks' },
  },
  {
    code: 'group-offer',
    step: 'prevention',
    legalBasis: prevention,
    name: { da: 'Gruppeforløb', en: 'Group offer' },
    defaultDailyRate: 60,
  },
  {
    code: 'extra-health-visits',
    step: 'prevention',
    legalBasis: prevention,
    name: { da: 'Ekstra besøg af sundhedsplejen', en: 'Extra health-visitor visits' },
  },
  {
    code: 'school-daycare-support',
    step: 'prevention',
    legalBasis: prevention,
    name: { da: 'Støtte i skole og dagtilbud', en: 'Support in school and day care' },
    defaultDailyRate: 150,
  },
  {
    code: 'substance-counselling',
    step: 'prevention',
    legalBasis: prevention,
    name: { da: 'Rusmiddelrådgivning', en: 'Substance-abuse counselling' },
    defaultDailyRate: 80,
  },
  // Step 3: home-based interventions
  {
    code: 'family-treatment',
    step: 'home-based',
    legalBasis: support,
    name: {
      da: 'Familiebehandling (familiekonsulent, psykolog)',
      en: 'Family treatment (family consultant, psychologist)',
    },
    defaultDailyRate: 500,
  },
  {
    code: 'contact-person',
    step: 'home-based',
    legalBasis: support,
    name: { da: 'Kontaktperson', en: 'Contact person' },
    defaultDailyRate: 100,
  },
  {
    code: 'boarding-school-grant',
    step: 'home-based',
    legalBasis: support,
    name: { da: 'Tilskud til efterskoleophold', en: 'Boarding-school grant' },
    defaultDailyRate: 150,
  },
  {
    code: 'relief-care-home',
    step: 'home-based',
    legalBasis: support,
    name: { da: 'Aflastning i hjemmet', en: 'Relief care in the home' },
    defaultDailyRate: 300,
  },
  {
    code: 'day-treatment',
    step: 'home-based',
    legalBasis: support,
    name: {
      da: 'Eksternt skoletilbud og dagbehandling',
      en: 'External teaching and day treatment',
    },
    defaultDailyRate: 1200,
  },
  {
    code: 'family-residential-stay',
    step: 'home-based',
    legalBasis: support,
    name: { da: 'Døgnophold for hele familien', en: 'Residential stay for the whole family' },
    defaultDailyRate: 3500,
  },
  {
    code: 'aftercare-contact-person',
    step: 'home-based',
    legalBasis: aftercare,
    aftercare: true,
    name: { da: 'Efterværn: fast kontaktperson', en: 'Aftercare: a fixed contact person' },
    defaultDailyRate: 100,
  },
  {
    code: 'aftercare-mentor',
    step: 'home-based',
    legalBasis: aftercare,
    aftercare: true,
    name: {
      da: 'Efterværn: mentor og støtte i egen bolig',
      en: 'Aftercare: mentor and support in own home',
    },
    defaultDailyRate: 250,
  },
  // Step 4: placement with kin or network
  {
    code: 'network-foster-care',
    step: 'network-care',
    legalBasis: placement,
    placementType: 'networkFosterCare',
    name: { da: 'Slægts- eller netværksplejefamilie', en: 'Kinship or network foster family' },
    defaultDailyRate: 600,
    followUpEveryDays: 91,
  },
  // Step 5: foster family, youth flat, boarding school
  {
    code: 'foster-family',
    step: 'foster-care',
    legalBasis: placement,
    placementType: 'fosterFamily',
    name: { da: 'Plejefamilie', en: 'Foster family' },
    defaultDailyRate: 1200,
  },
  {
    code: 'youth-flat',
    step: 'foster-care',
    legalBasis: placement,
    placementType: 'youthFlat',
    name: { da: 'Eget værelse', en: 'Youth flat (own room)' },
    defaultDailyRate: 900,
  },
  {
    code: 'boarding-school-placement',
    step: 'foster-care',
    legalBasis: placement,
    placementType: 'boardingSchool',
    name: { da: 'Kost- eller efterskole', en: 'Boarding or continuation school' },
    defaultDailyRate: 1100,
  },
  {
    code: 'aftercare-continued-stay',
    step: 'foster-care',
    legalBasis: aftercare,
    aftercare: true,
    name: {
      da: 'Efterværn: fortsat ophold i plejefamilie',
      en: 'Aftercare: continued stay with the foster family',
    },
    defaultDailyRate: 1000,
  },
  // Step 6: residential home or institution
  {
    code: 'residential-home',
    step: 'institution',
    legalBasis: placement,
    placementType: 'residentialHome',
    name: { da: 'Opholdssted', en: 'Residential home' },
    defaultDailyRate: 2800,
  },
  {
    code: 'residential-institution',
    step: 'institution',
    legalBasis: placement,
    placementType: 'residentialInstitution',
    name: { da: 'Døgninstitution', en: 'Residential institution' },
    defaultDailyRate: 3500,
  },
  {
    code: 'secure-institution',
    step: 'institution',
    legalBasis: placement,
    placementType: 'secureInstitution',
    name: { da: 'Sikret døgninstitution', en: 'Secure institution' },
    defaultDailyRate: 10000,
    followUpEveryDays: 30,
  },
  {
    code: 'acute-placement',
    step: 'institution',
    legalBasis: placement,
    placementType: 'residentialInstitution',
    name: {
      da: 'Tidsbegrænset akutanbringelse (højst 3 måneder)',
      en: 'Time-limited acute placement (max 3 months)',
    },
    defaultDailyRate: 4000,
    followUpEveryDays: 30,
  },
];

/**
 * The default staircase: Solrød's six steps (the most complete in the municipal
 * documents), with every example intervention, aftercare, and placement types,
 * labelled in Danish and English. Daily rates are typical, not official, prices.
 *
 * @example
 * ```ts
 * defaultStaircase.steps.map((step) => step.name.en);
 * // ['Early prevention in universal services', 'Prevention', …]
 * ```
 */
export const defaultStaircase: Staircase = defineStaircase({
  id: 'default',
  name: { da: 'Indsatstrappen (standard)', en: 'The intervention staircase (default)' },
  steps,
  interventions: catalogue,
});
