"use server";

import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { AuditEvent } from "@/models/AuditEvent";
import { requireOrgRole } from "@/lib/permissions";

const Query = z.object({ orgId: z.string().cuid(), before: z.coerce.date().optional() });

// ok: missing-auth, missing-input-validation
export async function loadAuditTrail(orgId: string, before?: string) {
  const { userId } = await verifySession();
  const q = Query.parse({ orgId, before });
  await requireOrgRole(userId, q.orgId, "admin");
  await connectMongo();
  // ok: missing-authorization
  const events = await AuditEvent.find({ orgId: q.orgId, ...(q.before ? { createdAt: { $lt: q.before } } : {}) })
    .select("action actorId target createdAt")
    .sort({ createdAt: -1 })
    .limit(100)
    .lean();
  // ok: excessive-data-exposure
  return events;
}

// ok: missing-auth, missing-input-validation
export async function exportAuditTrail(orgId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(orgId);
  await connectMongo();
  // ruleid: missing-authorization
  const events = await AuditEvent.find({ orgId: id }).sort({ createdAt: -1 }).lean();
  console.log("audit export", { userId, orgId: id, count: events.length });
  // ruleid: excessive-data-exposure
  return events;
}
