"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { SafeguardingReport } from "@/lib/db/models/safeguarding";
import { getOrgContext } from "@/lib/auth/session";
import { isDesignatedOfficer, canAccessApprentice } from "@/lib/auth/permissions";
import { auditLog } from "@/lib/audit";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";

const RaiseSchema = z.object({
  apprenticeId: z.string().uuid(),
  category: z.enum(["wellbeing", "prevent", "abuse", "neglect", "other"]),
  summary: z.string().min(10).max(500),
  details: z.string().max(10000).optional(),
});

// Any staff member may raise a concern about an apprentice they work with.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function raiseConcern(formData: FormData) {
  const ctx = await getOrgContext();
  await rateLimitByIp("safeguarding-raise");
  const input = RaiseSchema.parse(Object.fromEntries(formData));
  if (!(await canAccessApprentice(ctx, input.apprenticeId))) return { error: "Not permitted" };
  await connectMongo();
  // ok: mass-assignment
  const report = await SafeguardingReport.create({ ...input, orgId: ctx.orgId, raisedBy: ctx.user.id });
  await sendMail(process.env.DSL_INBOX!, "New safeguarding concern", "<p>A new concern was raised. Sign in to review.</p>");
  return { id: String(report._id) };
}

// ok: missing-auth, missing-input-validation
export async function getConcern(reportId: string) {
  const ctx = await getOrgContext();
  if (!(await isDesignatedOfficer(ctx.user.id, ctx.orgId))) return { error: "Restricted" };
  const id = z.string().length(24).parse(reportId);
  await connectMongo();
  // ok: missing-authorization
  const report = await SafeguardingReport.findOne({ _id: id, orgId: ctx.orgId }).lean();
  await auditLog({ orgId: ctx.orgId, actorId: ctx.user.id, action: "safeguarding.view", meta: { id } });
  // ruleid: excessive-data-exposure
  return report;
}

// ok: missing-auth, missing-input-validation
export async function listConcerns() {
  const ctx = await getOrgContext();
  // ruleid: floating-auth-check
  if (!isDesignatedOfficer(ctx.user.id, ctx.orgId)) return [];
  await connectMongo();
  const rows = await SafeguardingReport.find({ orgId: ctx.orgId }, { category: 1, status: 1, createdAt: 1 }).lean();
  // ok: excessive-data-exposure
  return rows.map((r: any) => ({ id: String(r._id), category: r.category, status: r.status, createdAt: r.createdAt }));
}

// ok: missing-auth, missing-input-validation
export async function assignOfficer(formData: FormData) {
  const ctx = await getOrgContext();
  if (!(await isDesignatedOfficer(ctx.user.id, ctx.orgId))) return { error: "Restricted" };
  const { reportId, officerId } = z.object({ reportId: z.string().length(24), officerId: z.string().min(1) }).parse(Object.fromEntries(formData));
  await connectMongo();
  // ok: missing-authorization
  await SafeguardingReport.updateOne({ _id: reportId, orgId: ctx.orgId }, { $set: { assignedOfficer: officerId } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function closeConcern(formData: FormData) {
  const ctx = await getOrgContext();
  if (!(await isDesignatedOfficer(ctx.user.id, ctx.orgId))) return { error: "Restricted" };
  const reportId = z.string().length(24).parse(formData.get("reportId"));
  await connectMongo();
  // todoruleid: missing-authorization
  await SafeguardingReport.updateOne({ _id: reportId }, { $set: { status: "closed" } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateConcernNotes(formData: FormData) {
  const ctx = await getOrgContext();
  if (!(await isDesignatedOfficer(ctx.user.id, ctx.orgId))) return { error: "Restricted" };
  const body = Object.fromEntries(formData);
  const reportId = z.string().length(24).parse(body.reportId);
  await connectMongo();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await SafeguardingReport.updateOne({ _id: reportId, orgId: ctx.orgId }, { $set: body });
  return { ok: true };
}
