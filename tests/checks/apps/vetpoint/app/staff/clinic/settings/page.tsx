import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getKindeServerSession } from "@kinde-oss/kinde-auth-nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { requireRole, requireStaff } from "@/lib/auth/kinde";
import { createAuditLog } from "@/lib/audit";

export default async function ClinicSettingsPage() {
  const me = await requireStaff();
  const clinic = await prisma.clinic.findUnique({ where: { id: me.clinicId }, select: { name: true, phone: true, isPublic: true } });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function updateClinicDetails(formData: FormData) {
    "use server";
    const mgr = await requireRole("practice_manager");
    const data = z.object({ name: z.string().max(100), phone: z.string().max(20), isPublic: z.coerce.boolean() }).parse(Object.fromEntries(formData));
    // ok: mass-assignment, missing-authorization
    await prisma.clinic.update({ where: { id: mgr.clinicId }, data });
    await createAuditLog({ actorId: mgr.id, clinicId: mgr.clinicId, action: "clinic.updated" });
    revalidatePath("/staff/clinic/settings");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function rotateWebhookSecret() {
    "use server";
    const { isAuthenticated } = getKindeServerSession();
    const authed = isAuthenticated();
    const secret = crypto.randomUUID();
    await prisma.clinic.update({ where: { id: me.clinicId }, data: { webhookSecret: secret } });
    return { secret, authed: Boolean(authed) };
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function setStripeAccount(formData: FormData) {
    "use server";
    const mgr = await requireRole("practice_manager");
    // ok: missing-authorization
    await prisma.clinic.update({ where: { id: mgr.clinicId }, data: { stripeAccount: formData.get("acct") as string } });
  }

  return (
    <main>
      <h1>{clinic?.name}</h1>
      <form action={updateClinicDetails}>
        <input name="name" defaultValue={clinic?.name} />
        <input name="phone" defaultValue={clinic?.phone} />
      </form>
      <form action={setStripeAccount}><input name="acct" /></form>
      <form action={rotateWebhookSecret}><button>Rotate webhook secret</button></form>
    </main>
  );
}
