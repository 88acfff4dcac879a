"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { memberships, users } from "@/lib/db/schema";
import { withRole, withOrg } from "@/lib/with-org";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";

const ROLES = ["owner", "programme_manager", "tutor", "assessor", "safeguarding_lead", "finance", "viewer"] as const;

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteStaff = withRole(["owner", "programme_manager"], async (formData, ctx) => {
  await rateLimitByIp(`invite:${ctx.orgId}`);
  const { email, role } = z.object({ email: z.string().email(), role: z.enum(ROLES).exclude(["owner"]) }).parse(Object.fromEntries(formData));
  await sendMail(email, "You've been invited to Tradecraft", `<p>Join your team as ${role}.</p>`);
  await auditLog({ orgId: ctx.orgId, actorId: ctx.user.id, action: "staff.invited", meta: { email, role } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeStaffRole = withRole(["owner"], async (formData, ctx) => {
  const { membershipId, role } = z.object({ membershipId: z.string().uuid(), role: z.enum(ROLES) }).parse(Object.fromEntries(formData));
  await db
    .update(memberships)
    // ok: mass-assignment
    .set({ role })
    // ok: missing-authorization
    .where(and(eq(memberships.id, membershipId), eq(memberships.orgId, ctx.orgId)));
  await auditLog({ orgId: ctx.orgId, actorId: ctx.user.id, action: "staff.role_changed", meta: { membershipId, role } });
  revalidatePath("/settings/team");
});

// ok: missing-auth
// ruleid: missing-audit-log
export const removeStaff = withRole(["owner"], async (formData, ctx) => {
  const membershipId = z.string().uuid().parse(formData.get("membershipId"));
  // ok: missing-authorization
  await db.delete(memberships).where(and(eq(memberships.id, membershipId), eq(memberships.orgId, ctx.orgId)));
  revalidatePath("/settings/team");
});

// A programme manager "promoting" a tutor: role comes straight from the form and the check is only org membership.
// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export const setMemberRole = withOrg(async (formData, ctx) => {
  await db
    .update(memberships)
    // ruleid: mass-assignment
    .set({ role: formData.get("role") as string })
    // ok: missing-authorization
    .where(and(eq(memberships.id, formData.get("membershipId") as string), eq(memberships.orgId, ctx.orgId)));
  await auditLog({ orgId: ctx.orgId, actorId: ctx.user.id, action: "staff.role_changed" });
});

// ok: missing-auth
export const listTeam = withOrg(async (_formData, ctx) => {
  const rows = await db
    .select({ id: memberships.id, role: memberships.role, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, ctx.orgId));
  // ok: excessive-data-exposure
  return rows;
});
