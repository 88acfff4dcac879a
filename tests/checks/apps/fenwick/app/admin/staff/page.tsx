import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { Staff } from "@/lib/models/Staff";
import { audit } from "@/lib/audit";
import { objectId } from "@/lib/validation/schemas";
import { StaffTable } from "@/components/StaffTable";
import { InviteStaffForm } from "@/components/InviteStaffForm";

export default async function StaffAdminPage() {
  // ok: floating-auth-check
  await requireRole("admin");
  await connectMongo();
  const staff = await Staff.find().select("name email role active lastLoginAt").sort({ name: 1 }).lean();

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function toggleActive(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    const admin = await requireRole("admin");
    const id = objectId.parse(formData.get("staffId"));
    await connectMongo();
    const s = await Staff.findById(id).select("active");
    if (!s) return;
    s.active = !s.active;
    // ok: missing-authorization
    await s.save();
    await audit({ actorId: admin.userId, actorRole: "admin", action: s.active ? "staff.activated" : "staff.deactivated", target: id });
    revalidatePath("/admin/staff");
  }

  // ruleid: missing-audit-log
  // ok: missing-auth, missing-input-validation
  async function promoteToAdmin(formData: FormData) {
    "use server";
    // ok: floating-auth-check
    await requireRole("admin");
    const id = objectId.parse(formData.get("staffId"));
    await connectMongo();
    // ok: missing-authorization
    await Staff.updateOne({ _id: id }, { $set: { role: "admin" } });
    revalidatePath("/admin/staff");
  }

  return (
    <section>
      <h1>Staff</h1>
      <InviteStaffForm />
      <StaffTable
        rows={staff.map((s) => ({ id: String(s._id), name: s.name, email: s.email, role: s.role, active: s.active }))}
        toggleActive={toggleActive}
        promoteToAdmin={promoteToAdmin}
      />
    </section>
  );
}
