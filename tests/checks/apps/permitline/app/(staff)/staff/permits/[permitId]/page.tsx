import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireStaff } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { sendEmail } from "@/lib/email";
import { rateLimitByKey } from "@/lib/ratelimit";

export default async function StaffPermitPage({ params }: { params: Promise<{ permitId: string }> }) {
  const { permitId } = await params;
  const staff = await requireStaff();
  const permit = await prisma.permit.findFirst({
    where: { id: permitId, municipalityId: staff.municipalityId },
    select: { id: true, number: true, status: true, address: true, internalNotes: true, applicantEmail: true },
  });
  if (!permit) notFound();

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function saveInternalNote(id: string, formData: FormData) {
    "use server";
    const me = await requireStaff(["PERMIT_CLERK", "PLAN_REVIEWER", "DEPARTMENT_HEAD"]);
    const note = z.string().min(1).max(4000).parse(formData.get("note"));
    const target = z.string().cuid().parse(id);
    // ok: missing-authorization
    await prisma.permit.updateMany({ where: { id: target, municipalityId: me.municipalityId }, data: { internalNotes: note } });
    revalidatePath(`/staff/permits/${target}`);
  }

  // ruleid: missing-input-validation
  // ok: missing-auth, missing-rate-limit
  async function emailApplicant(id: string, formData: FormData) {
    "use server";
    const me = await requireStaff(["PERMIT_CLERK", "DEPARTMENT_HEAD"]);
    if (!(await rateLimitByKey(`staff-email:${me.userId}`))) throw new Error("Slow down");
    const p = await prisma.permit.findFirst({ where: { id, municipalityId: me.municipalityId }, select: { applicantEmail: true, number: true } });
    if (!p?.applicantEmail) return;
    const subject = String(formData.get("subject") ?? `Permit ${p.number}`);
    await sendEmail(p.applicantEmail, subject, String(formData.get("body") ?? ""));
  }

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function revokeIssuance(id: string) {
    "use server";
    const me = await requireStaff(["DEPARTMENT_HEAD", "OWNER"]);
    const target = z.string().cuid().parse(id);
    // ok: missing-authorization
    await prisma.permit.updateMany({ where: { id: target, municipalityId: me.municipalityId }, data: { status: "VOID" } });
    after(() => auditLog({ action: "permit.revoke", actorId: me.userId, municipalityId: me.municipalityId, target }));
    revalidatePath(`/staff/permits/${target}`);
  }

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Permit {permit.number}</h1>
      <form action={saveInternalNote.bind(null, permit.id)}>
        <textarea name="note" defaultValue={permit.internalNotes ?? ""} />
        <button>Save note</button>
      </form>
      <form action={emailApplicant.bind(null, permit.id)}>
        <input name="subject" />
        <textarea name="body" />
        <button>Email applicant</button>
      </form>
      {permit.status === "ISSUED" && (
        <form action={revokeIssuance.bind(null, permit.id)}>
          <button className="btn-danger">Revoke issuance</button>
        </form>
      )}
    </div>
  );
}
