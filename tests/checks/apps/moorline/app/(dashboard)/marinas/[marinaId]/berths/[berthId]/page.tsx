import { z } from "zod";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireMarinaAccess, verifySession } from "@/lib/auth/dal";
import { canManageBerth, hasRole } from "@/lib/auth/roles";
import { BerthStatusPicker } from "@/components/berth-status-picker";

export default async function BerthPage({ params }: { params: Promise<{ marinaId: string; berthId: string }> }) {
  const { marinaId, berthId } = await params;
  const ctx = await requireMarinaAccess(marinaId);
  const berth = await prisma.berth.findFirst({
    where: { id: berthId, marinaId: ctx.marinaId },
    select: { id: true, code: true, pontoon: true, lengthM: true, status: true, dailyRateCents: true, internalNotes: true },
  });
  if (!berth) notFound();

  // ok: missing-auth, missing-input-validation
  async function setRate(formData: FormData) {
    "use server";
    const c = await requireMarinaAccess(marinaId);
    // ok: floating-auth-check
    if (!hasRole(c.role, "HARBOUR_MASTER")) throw new Error("Harbour master only");
    const cents = z.coerce.number().int().positive().max(1_000_00).parse(formData.get("dailyRateCents"));
    // ok: missing-authorization, mass-assignment
    await prisma.berth.updateMany({ where: { id: berthId, marinaId: c.marinaId }, data: { dailyRateCents: cents } });
    revalidatePath(`/marinas/${marinaId}/berths/${berthId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function moveBoatHere(formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    const bookingId = z.string().cuid().parse(formData.get("bookingId"));
    // ruleid: floating-auth-check
    if (!canManageBerth(userId, berthId)) throw new Error("Forbidden");
    // ruleid: missing-authorization
    await prisma.booking.update({
      where: { id: bookingId },
      data: { berthId },
    });
    revalidatePath(`/marinas/${marinaId}/berths/${berthId}`);
  }

  return (
    <main>
      <h1>
        Berth {berth.code} · pontoon {berth.pontoon}
      </h1>
      <p>
        {berth.lengthM} m · {(berth.dailyRateCents / 100).toFixed(2)} EUR/night
      </p>
      <BerthStatusPicker marinaId={marinaId} berthId={berth.id} status={berth.status} />
      {hasRole(ctx.role, "HARBOUR_MASTER") && (
        <form action={setRate}>
          <input name="dailyRateCents" defaultValue={berth.dailyRateCents} />
          <button>Save rate</button>
        </form>
      )}
      <form action={moveBoatHere}>
        <input name="bookingId" placeholder="Booking id" />
        <button>Move boat here</button>
      </form>
    </main>
  );
}
