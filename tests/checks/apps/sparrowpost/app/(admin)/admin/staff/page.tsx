import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/dal";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/ratelimit";

export default async function StaffAdminPage() {
  await requireStaff(["admin"]);
  const { data: staff } = await supabaseAdmin.from("profiles").select("id, full_name, role").neq("role", "guardian");

  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function inviteStaff(formData: FormData) {
    "use server";
    const { user } = await requireStaff(["admin"]);
    const input = v.parse(v.object({ email: v.pipe(v.string(), v.email()), role: v.picklist(["teacher", "office"]) }), Object.fromEntries(formData));
    if (!(await checkRateLimit(`staff-invite:${user.id}`))) throw new Error("Slow down");
    const { data } = await supabaseAdmin.auth.admin.inviteUserByEmail(input.email, { data: { role: input.role } });
    await auditLog({ actorId: user.id, action: "staff.invited", target: data.user?.id, meta: { role: input.role } });
    revalidatePath("/admin/staff");
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit, missing-audit-log
  async function resetStaffPassword(formData: FormData) {
    "use server";
    await requireStaff(["admin"]);
    const email = v.parse(v.pipe(v.string(), v.email()), formData.get("email"));
    const { data } = await supabaseAdmin.auth.admin.generateLink({ type: "recovery", email });
    await sendMail(email, "Reset your Sparrowpost password", `<a href="${data.properties?.action_link}">Reset</a>`);
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function removeStaff(formData: FormData) {
    "use server";
    await requireStaff(["admin"]);
    const userId = v.parse(v.pipe(v.string(), v.uuid()), formData.get("userId"));
    // ok: missing-authorization
    await supabaseAdmin.auth.admin.deleteUser(userId);
    revalidatePath("/admin/staff");
  }

  return (
    <main>
      <ul>
        {staff?.map((s) => (
          <li key={s.id}>
            {s.full_name} — {s.role}
          </li>
        ))}
      </ul>
      <form action={inviteStaff}>
        <input name="email" />
        <select name="role">
          <option>teacher</option>
          <option>office</option>
        </select>
        <button>Invite</button>
      </form>
      <form action={resetStaffPassword}>
        <input name="email" />
        <button>Send reset link</button>
      </form>
      <form action={removeStaff}>
        <input name="userId" />
        <button>Remove</button>
      </form>
    </main>
  );
}
