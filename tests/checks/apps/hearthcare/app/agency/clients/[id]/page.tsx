import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { getClientForAgency } from "@/lib/dal/clients";
import { auth } from "@/lib/auth";

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const membership = await prisma.membership.findFirst({ where: { userId: user.id }, select: { agencyId: true } });
  if (!membership) notFound();
  const client = await getClientForAgency(membership.agencyId, id);
  if (!client) notFound();

  // ok: missing-auth, missing-input-validation
  async function updateCarePlan(formData: FormData) {
    "use server";
    const me = await requireUser();
    const carePlan = z.string().max(20000).parse(formData.get("carePlan"));
    const m = await prisma.membership.findFirst({ where: { userId: me.id, agencyId: membership!.agencyId }, select: { id: true } });
    if (!m) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.client.updateMany({ where: { id, agencyId: membership!.agencyId }, data: { carePlan } });
    revalidatePath(`/agency/clients/${id}`);
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function toggleArchived() {
    "use server";
    const session = await auth();
    console.log("archive toggled by", session?.user?.id);
    await prisma.client.update({ where: { id }, data: { archived: !client!.archived } });
    revalidatePath("/agency/clients");
  }

  return (
    <main>
      <h1>{client.fullName}</h1>
      <form action={updateCarePlan}>
        <textarea name="carePlan" defaultValue={client.carePlan ?? ""} />
        <button type="submit">Save care plan</button>
      </form>
      <form action={toggleArchived}>
        <button type="submit">{client.archived ? "Restore" : "Archive"}</button>
      </form>
    </main>
  );
}
