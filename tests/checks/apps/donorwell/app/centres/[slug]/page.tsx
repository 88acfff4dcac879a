import { notFound } from "next/navigation";
import { db } from "@/lib/db/kysely";

export default async function CentrePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const centre = await db.selectFrom("centres").select(["name", "address", "openingHours"]).where("slug", "=", slug).executeTakeFirst();
  if (!centre) notFound();
  const hours = centre.openingHours as Record<string, string>;
  return (
    <main>
      <h1>{centre.name}</h1>
      <p>{centre.address}</p>
      <dl>{Object.entries(hours).map(([d, h]) => <div key={d}><dt>{d}</dt><dd>{h}</dd></div>)}</dl>
    </main>
  );
}
