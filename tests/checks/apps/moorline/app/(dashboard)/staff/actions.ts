"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { harbourMasterClient, orgActionClient } from "@/lib/safe-action";
import { getActiveOrg } from "@/lib/auth/dal";
import { isHarbourMaster } from "@/lib/auth/roles";
import { auditLog } from "@/lib/audit";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByKey } from "@/lib/rate-limit";
import { sha256 } from "@/lib/secure-compare";

const roleEnum = z.enum(["HARBOUR_MASTER", "DOCK_HAND", "YARD_MANAGER", "ACCOUNTANT", "VIEWER"]);

export const changeStaffRole = harbourMasterClient
  .metadata({ actionName: "staff.changeRole" })
  .inputSchema(z.object({ membershipId: z.string().cuid(), role: roleEnum }))
  // ok: missing-auth, missing-input-validation, missing-audit-log
  .action(async ({ parsedInput, ctx }) => {
    const { count } = await prisma.membership.updateMany({
      // ok: missing-authorization
      where: { id: parsedInput.membershipId, orgId: ctx.orgId, role: { not: "OWNER" } },
      // ok: mass-assignment
      data: { role: parsedInput.role },
    });
    return { updated: count };
  });

/** Pre-safe-action version still used by the mobile dock app. */
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function setStaffRole(formData: FormData) {
  const org = await getActiveOrg();
  // ok: floating-auth-check
  if (!(await isHarbourMaster(org.userId, org.orgId))) return { error: "Harbour master only" };
  const { membershipId, role } = z.object({ membershipId: z.string().cuid(), role: roleEnum }).parse({
    membershipId: formData.get("membershipId"),
    role: formData.get("role"),
  });
  await prisma.membership.updateMany({
    // ok: missing-authorization
    where: { id: membershipId, orgId: org.orgId, role: { not: "OWNER" } },
    // ok: mass-assignment
    data: { role },
  });
  revalidatePath("/staff");
  return { ok: true };
}

export const inviteStaff = orgActionClient
  .metadata({ actionName: "staff.invite" })
  .inputSchema(z.object({ email: z.string().email(), role: roleEnum }))
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "OWNER" && ctx.role !== "HARBOUR_MASTER") throw new Error("Not allowed to invite");
    await rateLimitByKey(`invite:${ctx.orgId}`, 20);
    const token = crypto.randomUUID() + crypto.randomUUID();
    const { rows } = await pool.query(
      "INSERT INTO staff_invites (id, org_id, email, role, token_hash, invited_by) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5) RETURNING id",
      [ctx.orgId, parsedInput.email, parsedInput.role, sha256(token), ctx.userId],
    );
    await sendEmail(parsedInput.email, "You're invited to Moorline", `<a href="https://app.moorline.app/invite/${rows[0].id}?t=${token}">Join</a>`);
    await auditLog({ orgId: ctx.orgId, actorId: ctx.userId, action: "staff.invite", target: parsedInput.email });
    return { ok: true };
  });

// ruleid: missing-audit-log
export const removeStaffMember = orgActionClient
  .metadata({ actionName: "staff.remove" })
  .inputSchema(z.object({ membershipId: z.string().cuid() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "OWNER") throw new Error("Only the owner can remove staff");
    // ok: missing-authorization
    await prisma.membership.deleteMany({ where: { id: parsedInput.membershipId, orgId: ctx.orgId, role: { not: "OWNER" } } });
    return { ok: true };
  });

export const promoteToOwner = orgActionClient
  .metadata({ actionName: "staff.promoteOwner" })
  .inputSchema(z.object({ membershipId: z.string().cuid() }))
  // ok: missing-auth, missing-input-validation, missing-audit-log
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    isHarbourMaster(ctx.userId, ctx.orgId);
    await prisma.membership.updateMany({
      // ok: missing-authorization
      where: { id: parsedInput.membershipId, orgId: ctx.orgId },
      // ok: mass-assignment
      data: { role: "OWNER" },
    });
    await auditLog({ orgId: ctx.orgId, actorId: ctx.userId, action: "staff.promoteOwner", target: parsedInput.membershipId });
    return { ok: true };
  });
