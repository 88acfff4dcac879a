import Link from "next/link";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { catches, lots } from "@/db/schema";
import { LotTimer } from "@/components/LotTimer";
import { AskWidget } from "@/components/AskWidget";

export const revalidate = 15;

export default async function Home() {
  const open = await db
    .select({ id: lots.id, endsAt: lots.endsAt, species: catches.species, weightKg: catches.weightKg, currentBid: lots.currentBid })
    .from(lots)
    .innerJoin(catches, eq(catches.id, lots.catchId))
    .where(eq(lots.status, "open"))
    .limit(12);
  return (
    <section>
      <h1>Today on the Brinehaven floor</h1>
      <ul className="grid grid-cols-3 gap-4">
        {open.map((l) => (
          <li key={l.id}>
            <Link href={`/auctions/${l.id}`}>{l.species} · {l.weightKg} kg</Link>
            <LotTimer endsAt={l.endsAt.toISOString()} />
          </li>
        ))}
      </ul>
      <AskWidget />
    </section>
  );
}
