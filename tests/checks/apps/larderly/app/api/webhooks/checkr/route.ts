import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { applyBackgroundCheckResult } from "@/app/(staff)/volunteers/actions";
import { logger } from "@/lib/logger";

const payloadSchema = z.object({ data: z.object({ object: z.object({ candidate_id: z.string().uuid(), result: z.enum(["clear", "consider"]) }) }) });

// Background-check provider webhook for driver onboarding.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  const raw = await req.text();
  const digest = createHmac("sha256", process.env.CHECKR_API_KEY!).update(raw).digest("hex");
  const headerDigest = req.headers.get("x-checkr-signature");
  // why: webhook digest compared with ===
  // ruleid: timing-unsafe-comparison
  const valid = headerDigest === digest;
  if (!valid) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const body = payloadSchema.parse(JSON.parse(raw));
  await applyBackgroundCheckResult({ driverId: body.data.object.candidate_id, status: body.data.object.result });
  logger.info({ driverId: body.data.object.candidate_id, result: body.data.object.result }, "background check applied");
  return NextResponse.json({ done: true });
}
