import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { getPantryMembership } from "@/lib/auth/guards";
import { recordDonation } from "./intake/actions";
import { LotTable } from "@/components/LotTable";

export default async function PantryDashboard({ params }: { params: Promise<{ pantryId: string }> }) {
  const { pantryId } = await params;
  const res = await getPantryMembership(pantryId);
  if ("error" in res) notFound();
  const lots = await prisma.lot.findMany({ where: { pantryId }, select: { id: true, sku: true, description: true, quantity: true, expiresOn: true }, take: 100 });
  return (
    <main>
      <h1>Inventory</h1>
      <form action={recordDonation.bind(null, pantryId)}>
        <input name="description" />
        <input name="weightKg" type="number" />
        <select name="category"><option>produce</option><option>dry</option></select>
        <button>Record donation</button>
      </form>
      <LotTable pantryId={pantryId} lots={lots.map((l) => ({ ...l, expiresOn: l.expiresOn?.toISOString() ?? null }))} />
    </main>
  );
}
