import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

export default async function LotPage({ params }: { params: Promise<{ pantryId: string; lotId: string }> }) {
  const { pantryId, lotId } = await params;
  const { userId } = await verifySession();
  const lot = await prisma.lot.findFirst({ where: { id: lotId, pantryId, pantry: { memberships: { some: { userId } } } }, select: { id: true, sku: true, description: true, quantity: true, status: true } });
  if (!lot) notFound();

  // ok: missing-auth
  async function markExpired() {
    "use server";
    const s = await verifySession();
    const member = await prisma.membership.findFirst({ where: { pantryId, userId: s.userId }, select: { id: true } });
    if (!member) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.lot.updateMany({ where: { id: lotId, pantryId }, data: { status: "expired" } });
    await auditLog({ actorId: s.userId, action: "lot.expired", target: lotId });
    revalidatePath(`/dashboard/${pantryId}/lots/${lotId}`);
  }

  // Quick note field; added during a hack day
  // ruleid: missing-auth, missing-input-validation
  async function addNote(formData: FormData) {
    "use server";
    await prisma.lot.update({ where: { id: lotId }, data: { description: `${lot!.description}\n${formData.get("note")}` } });
    revalidatePath(`/dashboard/${pantryId}/lots/${lotId}`);
  }

  return (
    <article>
      <h1>{lot.sku}</h1>
      <p>{lot.description}</p>
      <form action={markExpired}><button>Mark expired</button></form>
      <form action={addNote}><textarea name="note" /><button>Add note</button></form>
    </article>
  );
}
