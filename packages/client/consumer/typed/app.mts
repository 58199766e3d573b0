import { type AppRouter, createTrappenClient, type TrappenClient } from '@trappen/client';

const client: TrappenClient = createTrappenClient({
  url: 'http://localhost:3000/trpc',
  headers: { cookie: 'trappen_session=…' },
});

export async function example(): Promise<number | null> {
  const staircase = await client.staircase.get.query();
  const firstStep: string | undefined = staircase.steps[0]?.id;
  const evaluation = await client.businessCases.evaluate.mutate({
    definition: {
      name: 'Pilot',
      firstYear: 2026,
      lastYear: 2027,
      lines: [
        {
          label: '4 caseworkers',
          budgetArea: 'account 6',
          kind: 'investment',
          type: 'fte',
          fte: 4,
          annualCost: 500_000,
        },
      ],
    },
  });
  const net: number | undefined = evaluation.byYear[0]?.net;
  await client.businessCases.evaluate.mutate({
    definition: {
      name: 'x',
      firstYear: 2026,
      lastYear: 2026,
      lines: [
        // @ts-expect-error kind must be 'investment' or 'saving'
        { label: 'a', budgetArea: 'b', kind: 'cost', type: 'oneOff', year: 2026, amount: 1 },
      ],
    },
  });
  // @ts-expect-error no such procedure
  await client.staircase.delete.mutate();
  // @ts-expect-error the payback year is a number or null, not a string
  const wrong: string = evaluation.paybackYear;
  console.log(firstStep, net, wrong);
  return evaluation.paybackYear;
}

export type Router = AppRouter;
