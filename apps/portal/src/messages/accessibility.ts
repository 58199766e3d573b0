import { defineMessages } from '@trappen/ui';

/** The accessibility statement (tilgængelighedserklæring), in the usual sections. */
export const accessibilityMessages = defineMessages(
  {
    title: 'Tilgængelighedserklæring',
    intro:
      '{municipality} skal gøre sine hjemmesider tilgængelige efter lov om tilgængelighed af offentlige organers websteder og mobilapplikationer. Denne erklæring gælder for Forældreportalen.',
    statusTitle: 'Overensstemmelsesstatus',
    status:
      'Forældreportalen er i overensstemmelse med standarden WCAG 2.1 på niveau AA. Det betyder, at siden skal kunne bruges med skærmlæser, kun med tastatur, med forstørrelse og på en mobiltelefon.',
    nonAccessibleTitle: 'Indhold, der ikke er tilgængeligt',
    nonAccessible:
      'Vi kender ikke til indhold, der ikke er tilgængeligt. Billedet af trappen er en tegning. Det samme står også som tekst på siden.',
    nonAccessibleLogin:
      'Login med e-mail og adgangskode er midlertidigt. Det bliver erstattet af MitID.',
    preparationTitle: 'Udarbejdelse af erklæringen',
    preparation: 'Erklæringen er lavet den {date}. Den bliver opdateret hver gang portalen ændres.',
    preparationMethod:
      'Vi har selv vurderet portalen. Hver side og hver tilstand bliver testet automatisk med værktøjet axe-core. Vi tester også hele forløbet kun med tastatur og på en skærm, der er 360 pixels bred. Portalen er endnu ikke testet af brugere med hjælpemidler.',
    feedbackTitle: 'Feedback og kontaktoplysninger',
    feedback:
      'Oplever du problemer med at bruge Forældreportalen, eller mangler du noget i en anden form? Skriv til os. Vi svarer inden for 10 arbejdsdage.',
    feedbackEmail: 'E-mail:',
    feedbackPhone: 'Telefon:',
    enforcementTitle: 'Håndhævelsesprocedure',
    enforcement:
      'Digitaliseringsstyrelsen fører tilsyn med, at offentlige hjemmesider er tilgængelige. Får du ikke et tilfredsstillende svar fra os, kan du klage til Digitaliseringsstyrelsen.',
    enforcementLink: 'Klag til Digitaliseringsstyrelsen',
    back: 'Tilbage',
  },
  {
    title: 'Accessibility statement',
    intro:
      '{municipality} must make its websites accessible under the Danish act on the accessibility of public sector websites and mobile applications. This statement covers the parent portal.',
    statusTitle: 'Compliance status',
    status:
      'The parent portal complies with the WCAG 2.1 standard at level AA. This means the site should work with a screen reader, with a keyboard only, with zoom and on a mobile phone.',
    nonAccessibleTitle: 'Content that is not accessible',
    nonAccessible:
      'We do not know of any content that is not accessible. The picture of the staircase is a drawing. The same information is also on the page as text.',
    nonAccessibleLogin:
      'Logging in with e-mail and password is temporary. It will be replaced by MitID.',
    preparationTitle: 'Preparation of this statement',
    preparation: 'This statement was made on {date}. It is updated every time the portal changes.',
    preparationMethod:
      'We assessed the portal ourselves. Every page and every state is tested automatically with the axe-core tool. We also test the whole flow with a keyboard only and on a screen 360 pixels wide. The portal has not yet been tested by users of assistive technology.',
    feedbackTitle: 'Feedback and contact information',
    feedback:
      'Do you have problems using the parent portal, or do you need something in another form? Write to us. We answer within 10 working days.',
    feedbackEmail: 'E-mail:',
    feedbackPhone: 'Phone:',
    enforcementTitle: 'Enforcement procedure',
    enforcement:
      'The Agency for Digital Government (Digitaliseringsstyrelsen) checks that public websites are accessible. If you do not get a satisfactory answer from us, you can complain to the agency.',
    enforcementLink: 'Complain to the Agency for Digital Government',
    back: 'Back',
  },
);
