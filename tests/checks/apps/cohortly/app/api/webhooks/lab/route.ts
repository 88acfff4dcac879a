import { NextResponse } from "next/server";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { labSignatureOk } from "@/lib/lab-signature";
import { LabResultSchema } from "@/lib/valibot-schemas";
import { logger } from "@/lib/logger";

// External lab posts results, signed with HMAC-SHA256 over the raw body.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  if (!labSignatureOk(raw, req.headers.get("x-lab-signature"))) {
    logger.warn("lab.webhook_bad_signature");
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const parsed = v.safeParse(LabResultSchema, JSON.parse(raw));
  if (!parsed.success) return NextResponse.json({ error: "invalid payload" }, { status: 422 });
  const { enrollmentId, panel, values, flagged } = parsed.output;
  // ok: mass-assignment
  const result = await prisma.labResult.create({ data: { enrollmentId, panel, payload: values, flagged } });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: result.id }, { status: 201 });
}
