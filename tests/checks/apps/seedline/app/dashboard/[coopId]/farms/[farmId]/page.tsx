import { type } from "arktype";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db, extensionVisits } from "@/lib/drizzle";
import { prisma } from "@/lib/db";
import { requireCoopMember } from "@/lib/permissions";
import { newToken } from "@/lib/crypto";

const VisitInput = type({ notes: "string <= 2000", visitedAt: "string.date.iso" });

export default async function FarmPage({ params }: { params: Promise<{ coopId: string; farmId: string }> }) {
  const { coopId, farmId } = await params;
  await requireCoopMember(coopId);
  const farm = await prisma.farm.findFirst({ where: { id: farmId, coopId }, select: { id: true, name: true, village: true, hectares: true } });
  if (!farm) notFound();

  // ok: missing-auth, missing-input-validation
  async function logVisit(formData: FormData) {
    "use server";
    const ctx = await requireCoopMember(coopId, ["FIELD_OFFICER", "AGRONOMIST", "ADMIN", "OWNER"]);
    const input = VisitInput({ notes: formData.get("notes"), visitedAt: formData.get("visitedAt") });
    if (input instanceof type.errors) throw new Error(input.summary);
    const owned = await prisma.farm.findFirst({ where: { id: farmId, coopId: ctx.coopId }, select: { id: true } });
    if (!owned) throw new Error("Farm not in this co-op");
    await db.insert(extensionVisits).values({
      id: newToken(12),
      coopId: ctx.coopId,
      farmId: owned.id,
      // ok: mass-assignment
      officerId: ctx.userId,
      notes: input.notes,
      visitedAt: new Date(input.visitedAt),
    });
    revalidatePath(`/dashboard/${coopId}/farms/${farmId}`);
  }

  return (
    <section>
      <h1>{farm.name}</h1>
      <p>{farm.village}</p>
      <form action={logVisit}>
        <textarea name="notes" />
        <input type="date" name="visitedAt" />
        <button>Log visit</button>
      </form>
    </section>
  );
}
