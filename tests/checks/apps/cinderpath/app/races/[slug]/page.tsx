import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { ResultsTable } from "@/components/ResultsTable";

export default async function RacePublicPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const race = await prisma.race.findFirst({ where: { slug, published: true }, select: { id: true, name: true, startsAt: true, priceCents: true } });
  if (!race) notFound();
  return (
    <main>
      <h1>{race.name}</h1>
      <p>{race.startsAt.toDateString()} · €{(race.priceCents / 100).toFixed(2)}</p>
      <a href={`/races/${slug}/register`}>Register</a>
      <ResultsTable raceId={race.id} />
    </main>
  );
}
