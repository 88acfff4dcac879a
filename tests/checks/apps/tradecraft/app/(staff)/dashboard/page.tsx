import { verifySession, getActiveMembership } from "@/lib/auth/session";
import { otjTotals } from "@/lib/dal/reports";
import { redirect } from "next/navigation";

export default async function Dashboard() {
  const { userId } = await verifySession();
  const m = await getActiveMembership(userId);
  if (!m) redirect("/onboarding");
  const totals = await otjTotals(m.orgId);
  const minutes = totals.reduce((a, t) => a + Number(t.minutes), 0);
  return (
    <main>
      <h1>Dashboard</h1>
      <p>{Math.round(minutes / 60)} off-the-job hours logged across {totals.length} apprentices.</p>
    </main>
  );
}
