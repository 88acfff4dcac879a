import { notFound } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { farms, pickupSites } from "@/db/schema";
import { WaitlistForm } from "@/components/WaitlistForm";

type Props = { params: Promise<{ slug: string }> };

export default async function FarmPage({ params }: Props) {
  const { slug } = await params;
  const [farm] = await db.select({ id: farms.id, name: farms.name, description: farms.description, price: farms.weeklyPriceCents }).from(farms).where(and(eq(farms.slug, slug), eq(farms.isPublic, true))).limit(1);
  if (!farm) notFound();
  const sites = await db.select({ name: pickupSites.name, address: pickupSites.address }).from(pickupSites).where(eq(pickupSites.farmId, farm.id));
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-8">
      <h1 className="text-3xl font-bold">{farm.name}</h1>
      <p>{farm.description}</p>
      <p className="font-semibold">£{(farm.price / 100).toFixed(2)} a week</p>
      <h2 className="text-xl font-semibold">Pick-up sites</h2>
      <ul>{sites.map((s) => <li key={s.name}>{s.name}: {s.address}</li>)}</ul>
      <WaitlistForm farmId={farm.id} />
    </main>
  );
}
