import Link from "next/link";
import { verifySession } from "@/lib/dal";
import { myCatches } from "@/app/actions/catches";

export default async function CatchesPage() {
  // ok: floating-auth-check
  await verifySession();
  const res = await myCatches({});
  const rows = res?.data ?? [];
  return (
    <div>
      <Link href="/catches/new" className="btn">Log a catch</Link>
      <ul>{rows.map((c) => <li key={c.id}><Link href={`/catches/${c.id}`}>{c.species} — {c.weightKg} kg ({c.status})</Link></li>)}</ul>
    </div>
  );
}
