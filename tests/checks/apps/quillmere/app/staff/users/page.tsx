import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { pool } from "@/lib/db/pg";
import { auditLog } from "@/lib/audit";

export default async function StaffUsersPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const session = await verifySession();
  if (session.role !== "staff") redirect("/");
  const { q = "" } = await searchParams;
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, email, role FROM users WHERE email ILIKE $1 LIMIT 50", [`%${q}%`]);

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function forceLogout(formData: FormData) {
    "use server";
    const s = await verifySession();
    if (s.role !== "staff") throw new Error("Forbidden");
    const userId = String(formData.get("userId"));
    if (!/^c[a-z0-9]{20,30}$/.test(userId)) throw new Error("Bad id");
    // ok: sql-injection, missing-authorization
    await pool.query("DELETE FROM sessions WHERE user_id = $1", [userId]);
    await auditLog({ actorId: s.userId, action: "staff.force_logout", target: userId });
    revalidatePath("/staff/users");
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function promoteToStaff(formData: FormData) {
    "use server";
    const s = await verifySession();
    if (s.role !== "staff") throw new Error("Forbidden");
    const userId = String(formData.get("userId"));
    if (!/^c[a-z0-9]{20,30}$/.test(userId)) throw new Error("Bad id");
    // ok: sql-injection
    await pool.query("UPDATE users SET role = 'staff' WHERE id = $1", [userId]);
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function bulkSetRole(formData: FormData) {
    "use server";
    const s = await verifySession();
    if (s.role !== "staff") throw new Error("Forbidden");
    const ids = String(formData.get("ids"));
    await auditLog({ actorId: s.userId, action: "staff.bulk_role", target: ids });
    // ruleid: sql-injection
    await pool.query(`UPDATE users SET role = 'agent' WHERE id IN (${ids})`);
  }

  return (
    <ul>
      {rows.map((u) => (
        <li key={u.id}>
          {u.email} ({u.role})
          <form action={forceLogout}><input type="hidden" name="userId" value={u.id} /><button>Sign out everywhere</button></form>
          <form action={promoteToStaff}><input type="hidden" name="userId" value={u.id} /><button>Make staff</button></form>
        </li>
      ))}
      <form action={bulkSetRole}><input name="ids" /><button>Make agents</button></form>
    </ul>
  );
}
