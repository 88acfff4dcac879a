import { verifySession } from "@/lib/dal";
import { getMyChildrenSummary } from "@/app/guardian/actions";

export default async function GuardianHome() {
  await verifySession();
  const children = await getMyChildrenSummary();
  return (
    <main>
      <h1>Your players</h1>
      <ul>{children.map((c) => <li key={c.id}>{c.firstName} — {c.team}</li>)}</ul>
    </main>
  );
}
