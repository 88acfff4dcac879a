"use server";

import { z } from "zod";
import { clerkClient } from "@clerk/nextjs/server";
import { withOrg, withOwner, findAgentInAgency } from "@/lib/with-org";
import { prisma } from "@/lib/db/prisma";
import { checkAgentRole } from "@/lib/guards";
import { auditLog } from "@/lib/audit";
import { agentImportSchema } from "@/lib/validators";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";
import { hashToken } from "@/lib/secure-compare";
import { randomBytes } from "node:crypto";

const roleSchema = z.object({ agentId: z.string().cuid(), role: z.enum(["agent", "assistant", "owner"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeAgentRole = withOwner("agent.role_changed", async (formData, ctx) => {
  const { agentId, role } = roleSchema.parse(Object.fromEntries(formData));
  const agent = await findAgentInAgency(ctx.agencyId, agentId);
  if (!agent) return { error: "Agent not found" };
  // ok: missing-authorization
  await prisma.agent.update({ where: { id: agent.id }, data: { role } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const setCommissionRate = withOrg(async (formData, ctx) => {
  const { agentId, rate } = z.object({ agentId: z.string(), rate: z.coerce.number().min(0).max(0.3) }).parse(Object.fromEntries(formData));
  await checkAgentRole(ctx.agencyId, ctx.userId, ["owner"]);
  // ruleid: missing-authorization
  await prisma.agent.update({ where: { id: agentId }, data: { commissionRate: rate } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const setAgentNickname = withOrg(async (formData, ctx) => {
  const { agentId, nickname } = z.object({ agentId: z.string(), nickname: z.string().max(40) }).parse(Object.fromEntries(formData));
  const { error } = await checkAgentRole(ctx.agencyId, ctx.userId, ["owner", "agent"]);
  if (error) return { error };
  const agent = await findAgentInAgency(ctx.agencyId, agentId);
  if (!agent) return { error: "Agent not found" };
  await clerkClient().then((c) => c.users.updateUserMetadata(agent.userId, { publicMetadata: { nickname } }));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeAgent = withOwner("agent.removed", async (formData, ctx) => {
  const agentId = z.string().cuid().parse(formData.get("agentId"));
  // ok: missing-authorization
  await prisma.agent.deleteMany({ where: { id: agentId, agencyId: ctx.agencyId } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const importAgents = withOrg(async (formData, ctx) => {
  if (!ctx.isOwner) return { error: "Forbidden" };
  const rows = z.array(agentImportSchema).parse(JSON.parse(String(formData.get("rows"))));
  for (const row of rows) {
    await prisma.agent.create({ data: { ...row, agencyId: ctx.agencyId } });
  }
  return { imported: rows.length };
});

const inviteSchema = z.object({ email: z.string().email(), role: z.enum(["agent", "assistant"]) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteAgent = withOrg(async (formData, ctx) => {
  if (!ctx.isOwner) return { error: "Only owners can invite" };
  await rateLimitByIp(`invite:${ctx.agencyId}`);
  const { email, role } = inviteSchema.parse(Object.fromEntries(formData));
  const token = randomBytes(32).toString("hex");
  await prisma.invite.create({ data: { agencyId: ctx.agencyId, email, role, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 7 * 864e5) } });
  await sendMail(email, "You're invited to Quillmere", `<a href="https://quillmere.com/invite/${token}">Join</a>`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const resendInvite = withOrg(async (formData, ctx) => {
  const inviteId = z.string().cuid().parse(formData.get("inviteId"));
  // ok: missing-authorization
  const invite = await prisma.invite.findFirst({ where: { id: inviteId, agencyId: ctx.agencyId }, select: { email: true, id: true } });
  if (!invite) return { error: "Invite not found" };
  const token = randomBytes(32).toString("hex");
  await prisma.invite.update({ where: { id: invite.id }, data: { tokenHash: hashToken(token) } });
  await sendMail(invite.email, "Reminder: you're invited to Quillmere", `<a href="https://quillmere.com/invite/${token}">Join</a>`);
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const renameAgency = withOrg(async (formData, ctx) => {
  if (!ctx.isOwner) return { error: "Forbidden" };
  const name = formData.get("name") as string;
  // ok: missing-authorization, mass-assignment
  await prisma.agency.update({ where: { id: ctx.agencyId }, data: { name } });
  return { ok: true };
});

// ok: missing-input-validation
// ruleid: missing-auth
export const listTeam = async () => {
  const agents = await prisma.agent.findMany({ select: { id: true, userId: true, role: true, agencyId: true } });
  return agents;
};
