import { loginAs } from '@trappen/server/src/testing/test-server';

/** What the API says one demo parent may see: the ground truth the pages are checked against. */
export async function parentData(url: string, email: string) {
  const { client } = await loginAs(url, email);
  const me = await client.auth.me.query();
  const children = await client.plans.myChildren.query();
  const views = await Promise.all(
    children.map((child) => client.plans.parentView.query({ childId: child.childId })),
  );
  return { client, me, children, views };
}
