import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { kdb } from "@/lib/db/kysely";

const SliceDone = z.object({ jobId: z.string().uuid(), gcodeUrl: z.string().url(), status: z.enum(["sliced", "failed"]) });

// Callback from the cloud slicing service.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const digest = createHmac("sha256", process.env.SLICER_WEBHOOK_SECRET!).update(raw).digest("hex");
  const header = req.headers.get("x-slicer-hmac") ?? "";
  // why: webhook HMAC compared with ==
  // ruleid: timing-unsafe-comparison
  if (header.toLowerCase() != digest) return NextResponse.json({ error: "bad hmac" }, { status: 401 });
  const event = SliceDone.parse(JSON.parse(raw));
  await kdb.updateTable("print_jobs").set({ status: event.status, gcode_url: event.gcodeUrl }).where("id", "=", event.jobId).execute();
  return NextResponse.json({ ok: true });
}
