import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { agencyLinguists } from "@/lib/db/schema";
import { requireAgencyManager } from "@/lib/auth/clerk";
import { auditLog } from "@/lib/audit";

export default async function MemberPage({ params }: { params: Promise<{ memberId: string }> }) {
  const { memberId } = await params;
  const { agency } = await requireAgencyManager();
  const [member] = await db
    .select({ id: agencyLinguists.id, displayName: agencyLinguists.displayName, role: agencyLinguists.role })
    .from(agencyLinguists)
    .where(and(eq(agencyLinguists.id, memberId), eq(agencyLinguists.agencyId, agency.id)));

  // ok: missing-auth, missing-input-validation, missing-audit-log
  async function changeRole(formData: FormData) {
    "use server";
    const ctx = await requireAgencyManager();
    const role = z.enum(["linguist", "lead", "reviewer"]).parse(formData.get("role"));
    await db
      .update(agencyLinguists)
      // ok: mass-assignment -- (todook until pass 26, no longer reported)
      .set({ role })
      // ok: missing-authorization
      .where(and(eq(agencyLinguists.id, memberId), eq(agencyLinguists.agencyId, ctx.agency.id)));
    await auditLog({ actorId: ctx.userId, action: "agency.role_changed", target: memberId, meta: { role } });
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-audit-log
  async function changeRoleQuick(formData: FormData) {
    "use server";
    const ctx = await requireAgencyManager();
    const role = z.enum(["linguist", "lead", "reviewer"]).parse(formData.get("role"));
    await db
      .update(agencyLinguists)
      // ok: mass-assignment -- (todook until pass 26, no longer reported)
      .set({ role })
      // ok: missing-authorization
      .where(and(eq(agencyLinguists.id, memberId), eq(agencyLinguists.agencyId, ctx.agency.id)));
  }

  return (
    <div>
      <h2>{member?.displayName}</h2>
      <form action={changeRole}><select name="role"><option>linguist</option><option>lead</option></select><button>Save</button></form>
      <form action={changeRoleQuick}><input name="role" /><button>Quick save</button></form>
    </div>
  );
}
