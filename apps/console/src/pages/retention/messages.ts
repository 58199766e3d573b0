import { defineMessages } from '@trappen/ui';

/** Messages of the retention settings page. */
export const retentionMessages = defineMessages(
  {
    title: 'Opbevaring og sletning',
    intro:
      'Lukkede sager opbevares i en periode efter lukning og slettes derefter automatisk hver nat. Fastsæt perioden sammen med kommunens arkivansvarlige (records officer); 5 år efter lukning er en almindelig standard.',
    'policy.title': 'Opbevaringspolitik',
    'policy.default': 'Standardpolitikken gælder, indtil I gemmer jeres egen.',
    'policy.configured': 'Senest ændret {date}.',
    years: 'Opbevaringsperiode efter lukning (hele år)',
    mode: 'Når perioden er udløbet',
    'mode.delete': 'Slet personoplysninger (standard)',
    'mode.anonymise': 'Anonymisér til statistik (bevar leverandørnavne)',
    modeHint:
      'I begge tilfælde slettes barnet, forældremyndighedsindehavere, handleplaner, kommentarer og samtykker; det, nøgletallene tæller, bevares anonymt under nye id’er, så nøgletallene for tidligere år er uændrede.',
    age: 'Den unge kan selv bede om indsigt fra (år)',
    save: 'Gem politik',
    saved: 'Politikken er gemt.',
    'preview.title': 'Næste sletning',
    'preview.intro':
      'Sager, hvis opbevaringsperiode er udløbet, og som ikke er under retligt tilbagehold. Åbne sager slettes aldrig.',
    'preview.empty': 'Ingen sager skal slettes nu.',
    'preview.count': '{count} sager slettes ved næste kørsel.',
    'preview.case': 'Sag (kontrolsum)',
    'preview.closed': 'Lukket',
    'preview.from': 'Kan slettes fra',
    'preview.mode': 'Måde',
    run: 'Slet nu …',
    'run.title': 'Slet {count} sager nu?',
    'run.body':
      'Personoplysningerne i sagerne slettes og kan ikke genskabes. Der gemmes kun en sletningspost uden personoplysninger.',
    'run.confirm': 'Slet sagerne',
    'run.done': '{count} sager er slettet.',
    'run.progress': 'Sletter … {done} af {total} sager er slettet.',
    loading: 'Henter …',
  },
  {
    title: 'Retention and deletion',
    intro:
      'Closed cases are kept for a period after closing and then deleted automatically every night. Set the period together with the municipality’s records officer; 5 years after closing is a common default.',
    'policy.title': 'Retention policy',
    'policy.default': 'The default policy applies until you save your own.',
    'policy.configured': 'Last changed {date}.',
    years: 'Retention period after closing (whole years)',
    mode: 'When the period has run out',
    'mode.delete': 'Delete personal data (default)',
    'mode.anonymise': 'Anonymise for statistics (keep provider names)',
    modeHint:
      'Either way the child, custody holders, action plans, comments and consents are deleted; what the KPIs count is kept anonymously under new ids, so past years’ KPIs are unchanged.',
    age: 'The young person may ask for their own data from (age)',
    save: 'Save policy',
    saved: 'The policy is saved.',
    'preview.title': 'Next deletion',
    'preview.intro':
      'Cases past their retention period and not under a legal hold. Open cases are never deleted.',
    'preview.empty': 'No cases are due for deletion now.',
    'preview.count': '{count} cases are deleted by the next run.',
    'preview.case': 'Case (checksum)',
    'preview.closed': 'Closed',
    'preview.from': 'Removable from',
    'preview.mode': 'Mode',
    run: 'Delete now …',
    'run.title': 'Delete {count} cases now?',
    'run.body':
      'The personal data in the cases is deleted and cannot be restored. Only a deletion record without personal data is kept.',
    'run.confirm': 'Delete the cases',
    'run.done': '{count} cases are deleted.',
    'run.progress': 'Deleting … {done} of {total} cases are deleted.',
    loading: 'Loading …',
  },
);
