import { defineMessages } from '@trappen/ui';

/** Texts of the consents page. */
export const consentsMessages = defineMessages(
  {
    title: 'Samtykker',
    intro:
      'Her ser du de samtykker, kommunen har registreret om dit barn: hvem oplysningerne må deles med, hvorfor og hvor længe. Du kan altid tilbagekalde et samtykke; din sagsbehandler får besked.',
    empty: 'Der er ikke registreret samtykker om dit barn.',
    party: 'Deles med',
    purpose: 'Formål',
    period: 'Periode',
    status: 'Status',
    'status.active': 'Gældende',
    'status.pending': 'Endnu ikke gældende',
    'status.expired': 'Udløbet',
    'status.revoked': 'Tilbagekaldt',
    'party.school': 'skole',
    'party.health': 'sundhed',
    'party.municipality': 'anden kommune',
    'party.ssd': 'SSD-samarbejde',
    'party.other': 'anden',
    revoke: 'Tilbagekald samtykket',
    revokeTitle: 'Tilbagekald samtykket?',
    revokeBody:
      'Kommunen må derefter ikke længere dele oplysninger med {party} på grundlag af dette samtykke. Din sagsbehandler får besked.',
    revoked: 'Samtykket til {party} er tilbagekaldt. Din sagsbehandler har fået besked.',
    revokedOn: 'Tilbagekaldt {date}',
    failed: 'Samtykket kunne ikke tilbagekaldes. Prøv igen.',
  },
  {
    title: 'Consents',
    intro:
      'These are the consents the municipality has registered about your child: who information may be shared with, why and for how long. You can always revoke a consent; your caseworker is told.',
    empty: 'No consents are registered about your child.',
    party: 'Shared with',
    purpose: 'Purpose',
    period: 'Period',
    status: 'Status',
    'status.active': 'In force',
    'status.pending': 'Not yet in force',
    'status.expired': 'Expired',
    'status.revoked': 'Revoked',
    'party.school': 'school',
    'party.health': 'health',
    'party.municipality': 'another municipality',
    'party.ssd': 'SSD cooperation',
    'party.other': 'other',
    revoke: 'Revoke the consent',
    revokeTitle: 'Revoke the consent?',
    revokeBody:
      'The municipality may then no longer share information with {party} on the basis of this consent. Your caseworker is told.',
    revoked: 'The consent to {party} is revoked. Your caseworker has been told.',
    revokedOn: 'Revoked {date}',
    failed: 'The consent could not be revoked. Please try again.',
  },
);
