import { NextResponse } from "next/server";
import { z } from "zod";
import { validateRequest } from "@/lib/lucia";
import { sqlite } from "@/lib/db/sqlite";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

const syncBody = z.object({
  deviceId: z.string().min(8).max(64),
  deviceSecret: z.string().min(16),
  results: z.array(z.object({ inspectionId: z.string().cuid(), result: z.enum(["PASS", "FAIL", "PARTIAL"]), notes: z.string().max(4000).optional() })).max(200),
});

// Offline field app pushes queued inspection results when it regains signal.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = syncBody.parse(await req.json());
  // ok: sql-injection
  const device = sqlite.prepare("SELECT device_secret FROM devices WHERE device_id = ? AND inspector_id = ?").get(body.deviceId, user.id) as { device_secret: string } | undefined;
  // ruleid: timing-unsafe-comparison
  if (!device || device.device_secret !== body.deviceSecret) {
    return NextResponse.json({ error: "unknown device" }, { status: 403 });
  }
  for (const r of body.results) {
    // ok: missing-authorization
    await prisma.inspection.updateMany({ where: { id: r.inspectionId, inspectorId: user.id }, data: { result: r.result, notes: r.notes } });
  }
  logger.info("mobile.sync", { userId: user.id, deviceId: body.deviceId, count: body.results.length });
  return NextResponse.json({ applied: body.results.length });
}

// The app polls for what changed since its last sync cursor.
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const since = new URL(req.url).searchParams.get("since") ?? "0";
  // ruleid: sql-injection
  const rows = sqlite.prepare(`SELECT inspection_id, payload FROM sync_queue WHERE inspector_id = '${user.id}' AND applied_at > ${since}`).all();
  // ok: excessive-data-exposure
  return NextResponse.json({ changes: (rows as { inspection_id: string; payload: string }[]).map((r) => ({ id: r.inspection_id, payload: JSON.parse(r.payload) })) });
}
