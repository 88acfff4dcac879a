import { NextResponse } from "next/server";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { db, auditEvents } from "@/lib/db";
import { requireOps } from "@/lib/tenant";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  // ok: floating-auth-check
  await requireOps();
  const importerId = z.string().startsWith("org_").optional().parse(new URL(req.url).searchParams.get("importer") ?? undefined);
  const q = db.select({ action: auditEvents.action, actorId: auditEvents.actorId, target: auditEvents.target, at: auditEvents.at }).from(auditEvents);
  // ok: missing-authorization
  const rows = await (importerId ? q.where(eq(auditEvents.importerId, importerId)) : q).orderBy(desc(auditEvents.at)).limit(500);
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}
