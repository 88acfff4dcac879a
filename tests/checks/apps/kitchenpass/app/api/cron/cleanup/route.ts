import { NextResponse } from "next/server";
import { secureCompare } from "@/lib/crypto";
import { archiveTable } from "@/lib/reports";
import { logAuditEvent } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET(request: Request) {
  const token = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.CRON_SECRET ?? "")) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const cutoff = new Date(Date.now() - 2 * 365 * 86_400_000).toISOString();
  const removed = await archiveTable("timesheets", cutoff);
  await logAuditEvent({ action: "cron.cleanup", meta: { removed } });
  return NextResponse.json({ removed });
}
