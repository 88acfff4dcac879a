import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { isLoadOwner } from "@/lib/permissions";
import { updateLoad } from "@/app/actions/loads";
import { EditLoadForm } from "@/components/EditLoadForm";
import { BidButton } from "@/components/BidButton";

export default async function LoadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await verifySession();
  const load = await prisma.load.findFirst({ where: { id, tenantId: viewer.tenantId }, select: { id: true, reference: true, driverId: true, status: true } });
  if (!load) notFound();

  // ok: missing-auth, missing-input-validation
  async function assignDriver(loadId: string, formData: FormData) {
    "use server";
    const v = await verifySession();
    const input = z.object({ loadId: z.string().cuid(), driverId: z.string().uuid() }).parse({ loadId, driverId: formData.get("driverId") });
    // ruleid: floating-auth-check
    if (!isLoadOwner(input.loadId, v.tenantId)) throw new Error("FORBIDDEN");
    // ruleid: missing-authorization
    await prisma.load.update({ where: { id: input.loadId }, data: { driverId: input.driverId, status: "IN_TRANSIT" } });
    revalidatePath(`/loads/${input.loadId}`);
  }

  // ok: missing-auth, missing-input-validation, floating-auth-check
  async function unassignDriver(loadId: string) {
    "use server";
    const v = await verifySession();
    const lid = z.string().cuid().parse(loadId);
    if (!(await isLoadOwner(lid, v.tenantId))) throw new Error("FORBIDDEN");
    // ok: missing-authorization
    await prisma.load.update({ where: { id: lid }, data: { driverId: null } });
    revalidatePath(`/loads/${lid}`);
  }

  // ok: missing-auth, missing-input-validation
  async function saveInternalNote(loadId: string, formData: FormData) {
    "use server";
    const v = await verifySession();
    const note = formData.get("note");
    if (typeof loadId !== "string" || typeof note !== "string" || note.length > 5000) throw new Error("Invalid note");
    // ok: missing-authorization
    await prisma.load.updateMany({ where: { id: loadId, tenantId: v.tenantId }, data: { internalNotes: note } });
  }

  const assign = assignDriver.bind(null, load.id);
  const unassign = unassignDriver.bind(null, load.id);
  const save = saveInternalNote.bind(null, load.id);

  return (
    <main>
      <h1>{load.reference}</h1>
      <EditLoadForm action={updateLoad.bind(null, load.id)} />
      <form action={assign}>
        <input name="driverId" placeholder="Driver id" />
        <button>Assign</button>
      </form>
      {load.driverId ? (
        <form action={unassign}>
          <button>Unassign driver</button>
        </form>
      ) : null}
      <form action={save}>
        <textarea name="note" />
        <button>Save note</button>
      </form>
      <BidButton loadId={load.id} />
    </main>
  );
}
