import { defineMessages } from '@trappen/ui';

/** Texts of the "your view" page. */
export const yourViewMessages = defineMessages(
  {
    title: 'Din mening før mødet',
    intro:
      'Sagsbehandleren læser det, du skriver, før mødet. Skriv om hjælpen, om hvordan det går, og om hvad der er vigtigt for dig og {name}.',
    introMeeting: 'Næste møde er {date}.',
    childToo: '{name} må også gerne være med til at skrive.',
    label: 'Din mening',
    hint: 'Skriv med dine egne ord. Du kan skrive op til {max} tegn.',
    counter: '{count} af {max} tegn',
    empty: 'Skriv din mening, før du sender.',
    tooLong: 'Teksten er for lang. Gør den kortere, så den er højst {max} tegn.',
    submit: 'Send til sagsbehandleren',
    submitting: 'Sender …',
    successTitle: 'Tak. Din mening er sendt',
    successBody: '{caseworker} kan nu læse den før mødet. Du kan se den herunder.',
    successBodyNoCaseworker: 'Sagsbehandleren kan nu læse den før mødet. Du kan se den herunder.',
    writeMore: 'Skriv mere',
    failedTitle: 'Din mening blev ikke sendt',
    failedBody: 'Prøv igen om lidt. Din tekst står stadig i feltet.',
    earlierTitle: 'Det har du skrevet',
    writtenOn: 'Skrevet {date}',
    noEarlier: 'Du har ikke skrevet noget endnu.',
    back: 'Tilbage til planen',
  },
  {
    title: 'What you think before the meeting',
    intro:
      'The caseworker reads what you write before the meeting. Write about the help, about how things are going and about what matters to you and {name}.',
    introMeeting: 'The next meeting is on {date}.',
    childToo: '{name} is also welcome to help write.',
    label: 'What you think',
    hint: 'Write in your own words. You can write up to {max} characters.',
    counter: '{count} of {max} characters',
    empty: 'Write what you think before you send.',
    tooLong: 'The text is too long. Make it shorter, at most {max} characters.',
    submit: 'Send to the caseworker',
    submitting: 'Sending …',
    successTitle: 'Thank you. What you think has been sent',
    successBody: '{caseworker} can now read it before the meeting. You can see it below.',
    successBodyNoCaseworker:
      'The caseworker can now read it before the meeting. You can see it below.',
    writeMore: 'Write more',
    failedTitle: 'What you wrote was not sent',
    failedBody: 'Try again in a moment. Your text is still in the box.',
    earlierTitle: 'What you have written',
    writtenOn: 'Written {date}',
    noEarlier: 'You have not written anything yet.',
    back: 'Back to the plan',
  },
);
