import { defineMessages } from '@trappen/ui';

/** Texts of the login page. */
export const loginMessages = defineMessages(
  {
    title: 'Log ind',
    intro:
      'Her kan du se planen for dit barn. Du kan se, hvad der skal ske, og fortælle os din mening.',
    email: 'E-mail',
    password: 'Adgangskode',
    submit: 'Log ind',
    submitting: 'Logger ind …',
    emailMissing: 'Skriv din e-mail.',
    passwordMissing: 'Skriv din adgangskode.',
    failed: 'Vi kunne ikke logge dig ind',
    wrongCredentials: 'E-mail eller adgangskode er forkert.',
    expiredTitle: 'Du er blevet logget ud',
    expiredBody:
      'Du har ikke brugt siden i et stykke tid. For at beskytte dine oplysninger har vi logget dig ud. Log ind igen for at fortsætte.',
    loggedOutTitle: 'Du er logget ud',
    loggedOutBody: 'Tak for besøget. Vi har fjernet dine oplysninger fra denne browser.',
    help: 'Har du brug for hjælp til at logge ind? Ring til kommunen på 70 10 20 30.',
  },
  {
    title: 'Log in',
    intro:
      'Here you can see the plan for your child. You can see what will happen and tell us what you think.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in …',
    emailMissing: 'Write your e-mail.',
    passwordMissing: 'Write your password.',
    failed: 'We could not log you in',
    wrongCredentials: 'E-mail or password is wrong.',
    expiredTitle: 'You have been logged out',
    expiredBody:
      'You have not used the page for a while. To protect your information, we logged you out. Log in again to continue.',
    loggedOutTitle: 'You are logged out',
    loggedOutBody: 'Thank you for your visit. We have removed your information from this browser.',
    help: 'Do you need help logging in? Call the municipality on 70 10 20 30.',
  },
);
