import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { requireBoard } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

export default async function BoardMembersPage() {
  const ctx = await requireBoard();
  const users = await prisma.user.findMany({ where: { coopId: ctx.coopId }, select: { id: true, email: true, role: true } });

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function makeBoard(formData: FormData) {
    "use server";
    const board = await requireBoard();
    const userId = String(formData.get("userId") ?? "");
    if (!/^c[a-z0-9]{20,30}$/.test(userId)) throw new Error("Bad id");
    // ok: missing-authorization
    await prisma.user.updateMany({ where: { id: userId, coopId: board.coopId }, data: { role: "board" } });
    revalidatePath("/board/members");
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function suspendMany(formData: FormData) {
    "use server";
    const board = await requireBoard();
    const ids = String(formData.get("ids"));
    // ruleid: sql-injection
    await pool.query(`UPDATE members SET status = 'suspended' WHERE coop_id = $1 AND id IN (${ids})`, [board.coopId]);
    await auditLog({ actorId: board.userId, coopId: board.coopId, action: "members.suspended", meta: { ids } });
  }

  return (
    <main>
      <ul>{users.map((u) => <li key={u.id}>{u.email} ({u.role})</li>)}</ul>
      <form action={makeBoard}><input name="userId" /><button>Make board member</button></form>
      <form action={suspendMany}><input name="ids" /><button>Suspend</button></form>
    </main>
  );
}
