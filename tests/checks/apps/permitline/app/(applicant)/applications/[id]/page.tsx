import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { canEditPermit } from "@/lib/permissions";
import { WithdrawButton } from "@/components/WithdrawButton";

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await verifySession();
  const permit = await prisma.permit.findFirst({
    where: { id, applicantId: session.userId },
    select: { id: true, number: true, status: true, address: true, description: true },
  });
  if (!permit) notFound();

  // ok: missing-auth, missing-input-validation
  async function updateDescription(formData: FormData) {
    "use server";
    const me = await verifySession();
    const description = z.string().min(10).max(4000).parse(formData.get("description"));
    // ok: missing-authorization
    await prisma.permit.updateMany({ where: { id, applicantId: me.userId, status: "DRAFT" }, data: { description } });
    revalidatePath(`/applications/${id}`);
  }

  // ruleid: missing-auth
  // ok: missing-input-validation
  async function addApplicantPhone(permitId: string, formData: FormData) {
    "use server";
    const me = await getOptionalSession();
    const pid = z.string().cuid().parse(permitId);
    const phone = z.string().regex(/^\+?[0-9]{10,15}$/).parse(formData.get("phone"));
    await prisma.permit.updateMany({ where: { id: pid, applicantId: me?.userId }, data: { applicantPhone: phone } });
  }

  // ok: missing-auth, missing-input-validation
  async function cancelInspectionRequest(inspectionId: string) {
    "use server";
    const me = await verifySession();
    const iid = z.string().cuid().parse(inspectionId);
    const insp = await prisma.inspection.findUnique({ where: { id: iid }, select: { permitId: true } });
    if (!insp) return;
    // ruleid: floating-auth-check
    canEditPermit(me.userId, insp.permitId);
    // ruleid: missing-authorization
    await prisma.inspection.delete({ where: { id: iid } });
    redirect(`/applications/${id}`);
  }

  return (
    <div>
      <h1>{permit.number}</h1>
      <form action={updateDescription}>
        <textarea name="description" defaultValue={permit.description} />
        <button>Save</button>
      </form>
      <form action={addApplicantPhone.bind(null, permit.id)}>
        <input name="phone" />
        <button>Add phone</button>
      </form>
      <form action={cancelInspectionRequest.bind(null, "")}>
        <button>Cancel next inspection</button>
      </form>
      <WithdrawButton permitId={permit.id} />
    </div>
  );
}
