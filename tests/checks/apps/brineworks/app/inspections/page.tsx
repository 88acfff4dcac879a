import Link from "next/link";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { catches } from "@/db/schema";
import { requireInspector } from "@/lib/dal";

export default async function InspectionsPage() {
  // ok: floating-auth-check
  await requireInspector();
  const queue = await db
    .select({ id: catches.id, species: catches.species, weightKg: catches.weightKg, landedAt: catches.landedAt })
    .from(catches)
    .where(eq(catches.certified, false))
    .orderBy(desc(catches.landedAt));
  return (
    <ul>
      {queue.map((c) => <li key={c.id}><Link href={`/inspections/${c.id}`}>{c.species} ({c.weightKg} kg)</Link></li>)}
    </ul>
  );
}
