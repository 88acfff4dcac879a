import { NextResponse } from "next/server";
import { z } from "zod";
import { getOrgContext } from "@/lib/auth/session";
import { isDesignatedOfficer } from "@/lib/auth/permissions";
import { connectMongo } from "@/lib/db/mongo";
import { SafeguardingReport } from "@/lib/db/models/safeguarding";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await getOrgContext();
  if (!(await isDesignatedOfficer(ctx.user.id, ctx.orgId))) {
    return NextResponse.json({ error: "Restricted to designated safeguarding officers" }, { status: 403 });
  }
  const id = z.string().length(24).parse((await params).id);
  await connectMongo();
  const report = await SafeguardingReport.findOne({ _id: id, orgId: ctx.orgId }, { category: 1, summary: 1, status: 1, assignedOfficer: 1 }).lean();
  await auditLog({ orgId: ctx.orgId, actorId: ctx.user.id, action: "safeguarding.view", meta: { id } });
  // ok: excessive-data-exposure
  return NextResponse.json(report);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await getOrgContext();
  if (ctx.role !== "safeguarding_lead") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const id = z.string().length(24).parse((await params).id);
  await connectMongo();
  try {
    // ok: missing-authorization
    await SafeguardingReport.deleteOne({ _id: id, orgId: ctx.orgId });
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Delete failed", detail: String(error) }, { status: 500 });
  }
  await auditLog({ orgId: ctx.orgId, actorId: ctx.user.id, action: "safeguarding.delete", meta: { id } });
  return NextResponse.json({ ok: true });
}
