import { workshopCatalogue } from "@/lib/data/gallery";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";

export default async function WorkshopCatalogue({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const { kind = "ceramics" } = await searchParams;
  const workshops = workshopCatalogue(kind) as { id: string; title: string; studio_name: string; price_cents: number }[];

  // ok: missing-auth, missing-input-validation
  async function reserveSeat(formData: FormData) {
    "use server";
    const { userId } = await auth();
    if (!userId) throw new Error("Sign in to reserve a seat");
    const workshopId = z.string().cuid().parse(formData.get("workshopId"));
    const workshop = await prisma.workshop.findFirst({ where: { id: workshopId, published: true }, select: { id: true } });
    if (!workshop) throw new Error("Workshop not found");
    // ok: mass-assignment
    await prisma.seatReservation.create({ data: { workshopId: workshop.id, customerId: userId, status: "held" } });
  }

  return (
    <main>
      <h1>Workshops</h1>
      {workshops.map((w) => (
        <form key={w.id} action={reserveSeat}>
          <input type="hidden" name="workshopId" value={w.id} />
          {w.title} at {w.studio_name} · €{(w.price_cents / 100).toFixed(2)}
          <button>Reserve</button>
        </form>
      ))}
    </main>
  );
}
