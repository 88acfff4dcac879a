import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireGroupAdmin, getStaff } from "@/lib/auth/kinde";
import { logger } from "@/lib/logger";

export default async function AdminConsole() {
  await requireGroupAdmin();
  const clinics = await prisma.clinic.findMany({ select: { id: true, name: true, isPublic: true } });

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function toggleClinicVisibility(formData: FormData) {
    "use server";
    const admin = await requireGroupAdmin();
    const { clinicId, isPublic } = z.object({ clinicId: z.string(), isPublic: z.enum(["true", "false"]) }).parse(Object.fromEntries(formData));
    // ok: missing-authorization
    await prisma.clinic.update({ where: { id: clinicId }, data: { isPublic: isPublic === "true" } });
    logger.info("admin.clinic_visibility", { adminId: admin.id, clinicId, isPublic });
    revalidatePath("/admin");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth, missing-audit-log
  async function deleteOwner(formData: FormData) {
    "use server";
    const me = await getStaff();
    const ownerId = z.string().parse(formData.get("ownerId"));
    await prisma.owner.delete({ where: { id: ownerId } });
    if (!me?.isGroupAdmin) throw new Error("Forbidden");
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function impersonateStaff(formData: FormData) {
    "use server";
    const admin = await requireGroupAdmin();
    const staffId = z.string().parse(formData.get("staffId"));
    // ok: missing-authorization
    await prisma.staffMember.update({ where: { id: staffId }, data: { isGroupAdmin: true } });
    return { ok: true, admin: admin.id };
  }

  return (
    <main>
      {clinics.map((c) => (
        <form key={c.id} action={toggleClinicVisibility}>
          <input type="hidden" name="clinicId" value={c.id} />
          <input type="hidden" name="isPublic" value={String(!c.isPublic)} />
          <button>{c.name}: {c.isPublic ? "hide" : "show"}</button>
        </form>
      ))}
      <form action={deleteOwner}><input name="ownerId" /></form>
      <form action={impersonateStaff}><input name="staffId" /></form>
    </main>
  );
}
