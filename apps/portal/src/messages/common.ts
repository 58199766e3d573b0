import { defineMessages } from '@trappen/ui';

/** Texts shared by every page: the frame, session messages and errors. */
export const commonMessages = defineMessages(
  {
    appName: 'Forældreportalen',
    mainNav: 'Hovedmenu',
    navHome: 'Mine børn',
    navConsents: 'Samtykker',
    defaultMunicipality: 'Eksempelby Kommune',
    role: 'Forælder',
    logout: 'Log ud',
    loggingOut: 'Logger ud …',
    footerA11y: 'Tilgængelighedserklæring',
    footerNote: 'Forældreportalen viser kun det, din sagsbehandler har sendt til dig.',
    footerNav: 'Om siden',
    loading: 'Henter oplysninger …',
    networkError: 'Vi kan ikke få forbindelse lige nu. Tjek dit internet, og prøv igen.',
    notFoundTitle: 'Vi kunne ikke finde siden',
    notFoundBody: 'Siden findes ikke, eller du har ikke adgang til den.',
    childNotFoundTitle: 'Vi kunne ikke finde barnet',
    childNotFoundBody:
      'Vi kan ikke vise en plan for dette barn. Måske er linket forkert. Gå til forsiden og vælg dit barn der.',
    toFrontPage: 'Gå til forsiden',
    toBoard: 'Som byrådsmedlem bruger du nøgletallene. Du sendes videre til dem.',
    toBoardLink: 'Gå til nøgletallene',
    wrongRoleTitle: 'Portalen er for forældre',
    wrongRoleBody:
      'Du er logget ind med en medarbejderkonto. Medarbejdere bruger konsollen. Log ud, og log ind som forælder.',
    pageTitle: '{page} – Forældreportalen',
  },
  {
    appName: 'Parent portal',
    mainNav: 'Main menu',
    navHome: 'My children',
    navConsents: 'Consents',
    defaultMunicipality: 'Eksempelby Municipality',
    role: 'Parent',
    logout: 'Log out',
    loggingOut: 'Logging out …',
    footerA11y: 'Accessibility statement',
    footerNote: 'The parent portal only shows what your caseworker has sent to you.',
    footerNav: 'About this site',
    loading: 'Getting your information …',
    networkError: 'We cannot connect right now. Check your internet and try again.',
    notFoundTitle: 'We could not find the page',
    notFoundBody: 'The page does not exist, or you do not have access to it.',
    childNotFoundTitle: 'We could not find the child',
    childNotFoundBody:
      'We cannot show a plan for this child. Maybe the link is wrong. Go to the front page and choose your child there.',
    toFrontPage: 'Go to the front page',
    toBoard: 'As a council member you use the key figures. You are being sent there.',
    toBoardLink: 'Go to the key figures',
    wrongRoleTitle: 'The portal is for parents',
    wrongRoleBody:
      'You are logged in with a staff account. Staff use the console. Log out and log in as a parent.',
    pageTitle: '{page} – Parent portal',
  },
);
