import Link from "next/link";
import { prisma } from "@/lib/db/prisma";
import { TrainingPlanWidget } from "@/components/TrainingPlanWidget";

export default async function Home() {
  const races = await prisma.race.findMany({ where: { published: true }, select: { id: true, name: true, slug: true, startsAt: true }, take: 12, orderBy: { startsAt: "asc" } });
  return (
    <main>
      <h1>Find your next race</h1>
      <ul>
        {races.map((r) => (
          <li key={r.id}>
            <Link href={`/races/${r.slug}`}>{r.name}</Link> — {r.startsAt.toDateString()}
          </li>
        ))}
      </ul>
      <TrainingPlanWidget />
    </main>
  );
}
