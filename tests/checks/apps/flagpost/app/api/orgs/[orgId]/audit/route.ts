import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { connectMongo } from "@/lib/db/mongo";
import { AuditEvent } from "@/models/AuditEvent";
import { requireOrgRole } from "@/lib/permissions";

// ok: missing-auth, missing-input-validation
export const GET = auth(async function GET(req, ctx) {
  if (!req.auth?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { orgId } = z.object({ orgId: z.string().cuid() }).parse(await ctx.params);
  await requireOrgRole(req.auth.user.id, orgId, "admin");
  await connectMongo();
  // ok: missing-authorization
  const events = await AuditEvent.find({ orgId })
    .select("action actorId target createdAt")
    .sort({ createdAt: -1 })
    .limit(200)
    .lean();
  // ok: excessive-data-exposure
  return NextResponse.json({ events });
});
