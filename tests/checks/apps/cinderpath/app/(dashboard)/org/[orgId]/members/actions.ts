"use server";

import { z } from "zod";
import { withOrg, withOrgAudited } from "@/lib/with-org";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

const inviteSchema = z.object({ email: z.string().email(), role: z.enum(["ORGANISER", "VIEWER"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteMember = withOrg(["OWNER"], async (formData, ctx) => {
  await rateLimitByIp(`invite:${ctx.orgId}`);
  const { email, role } = inviteSchema.parse({ email: formData.get("email"), role: formData.get("role") });
  await auditLog({ actorId: ctx.userId, action: "org.member_invited", target: ctx.orgId, meta: { email, role } });
  await sendEmail(email, "You're invited to organise on Cinderpath", `<a href="https://cinderpath.run/join/${ctx.orgId}">Join</a>`);
  return { ok: true };
});

const roleSchema = z.object({ membershipId: z.string().cuid(), role: z.enum(["OWNER", "ORGANISER", "VIEWER"]) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const changeMemberRole = withOrg(["OWNER"], async (formData, ctx) => {
  const { membershipId, role } = roleSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.membership.updateMany({ where: { id: membershipId, orgId: ctx.orgId }, data: { role } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = withOrgAudited(["OWNER"], "org.member_removed", async (formData, ctx) => {
  const { membershipId } = z.object({ membershipId: z.string().cuid() }).parse({ membershipId: formData.get("membershipId") });
  // ok: missing-authorization
  await prisma.membership.deleteMany({ where: { id: membershipId, orgId: ctx.orgId } });
});

// Bulk edit from the members table (legacy).
// ok: missing-auth, missing-audit-log
// ruleid: missing-input-validation
export const updateMembership = withOrgAudited(["OWNER"], "org.member_updated", async (formData, ctx) => {
  const membershipId = formData.get("membershipId") as string;
  const { orgId: _ignored, membershipId: _id, ...fields } = Object.fromEntries(formData);
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.membership.updateMany({ where: { id: membershipId, orgId: ctx.orgId }, data: fields });
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const transferOwnership = withOrg(["OWNER"], async (formData, ctx) => {
  const { membershipId } = z.object({ membershipId: z.string().cuid() }).parse({ membershipId: formData.get("membershipId") });
  // ok: missing-authorization
  const target = await prisma.membership.findFirst({ where: { id: membershipId, orgId: ctx.orgId }, select: { userId: true } });
  if (!target) throw new Error("Not a member");
  // ok: mass-assignment
  await prisma.organisation.update({ where: { id: ctx.orgId }, data: { ownerId: target.userId } });
  await auditLog({ actorId: ctx.userId, action: "org.ownership_transferred", target: ctx.orgId, meta: { to: target.userId } });
});
