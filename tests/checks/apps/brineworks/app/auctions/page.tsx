import Link from "next/link";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { catches, lots } from "@/db/schema";
import { LotTimer } from "@/components/LotTimer";

export default async function AuctionsPage() {
  const rows = await db
    .select({ id: lots.id, status: lots.status, endsAt: lots.endsAt, species: catches.species, weightKg: catches.weightKg, grade: catches.grade })
    .from(lots)
    .innerJoin(catches, eq(catches.id, lots.catchId))
    .where(inArray(lots.status, ["scheduled", "open"]))
    .orderBy(asc(lots.startsAt));
  return (
    <table>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td><Link href={`/auctions/${r.id}`}>{r.species}</Link></td>
            <td>{r.weightKg} kg</td>
            <td>{r.grade}</td>
            <td>{r.status === "open" ? <LotTimer endsAt={r.endsAt.toISOString()} /> : "scheduled"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
