import { defineMessages } from '@trappen/ui';

/** Texts of the "choose child" page. */
export const childrenMessages = defineMessages(
  {
    title: 'Vælg barn',
    intro: 'Du er forælder til flere børn med en plan. Vælg det barn, du vil se.',
    seePlan: 'Se planen for {name}',
    noPlan: 'Der er ingen plan endnu',
    noChildrenTitle: 'Der er ingen planer til dig endnu',
    noChildrenBody:
      'Når din sagsbehandler sender en plan til dig, kan du se den her. Har du spørgsmål, så kontakt kommunen.',
  },
  {
    title: 'Choose child',
    intro:
      'You are the parent of more than one child with a plan. Choose the child you want to see.',
    seePlan: 'See the plan for {name}',
    noPlan: 'There is no plan yet',
    noChildrenTitle: 'There are no plans for you yet',
    noChildrenBody:
      'When your caseworker sends you a plan, you can see it here. If you have questions, contact the municipality.',
  },
);
