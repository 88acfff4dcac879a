import { NextResponse } from "next/server";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { db } from "@/lib/db";
import { sha256 } from "@/lib/crypto";
import { rateLimitByIp } from "@/lib/rate-limit";

type Ctx = { params: Promise<{ token: string }> };

// Debrief packets shared with external hiring panels (token + optional password).
// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  if (!(await rateLimitByIp("share-unlock"))) return NextResponse.json({ error: "Too many attempts" }, { status: 429 });
  const { token } = await params;
  // ok: timing-unsafe-comparison
  if (typeof token !== "string" || token.length !== 43) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const { password, pin } = z.object({ password: z.string().max(200).optional(), pin: z.string().regex(/^\d{4,8}$/).optional() }).parse(await req.json());

  const link = await db.auditLog.findFirst({
    where: { action: "share.created", target: sha256(token) },
    select: { meta: true, companyId: true },
  });
  const meta = (link?.meta ?? {}) as { passwordHash?: string; pin?: string; applicationId?: string; legacyPassword?: string };
  if (!link || !meta.applicationId) return NextResponse.json({ error: "Not found" }, { status: 404 });

  if (meta.passwordHash) {
    // ok: timing-unsafe-comparison
    const ok = password !== undefined && (await bcrypt.compare(password, meta.passwordHash));
    if (!ok) return NextResponse.json({ error: "Wrong password" }, { status: 401 });
  } else if (meta.legacyPassword) {
    // ruleid: timing-unsafe-comparison
    if (password !== meta.legacyPassword) return NextResponse.json({ error: "Wrong password" }, { status: 401 });
  } else if (meta.pin) {
    // ruleid: timing-unsafe-comparison
    if (pin != meta.pin) return NextResponse.json({ error: "Wrong PIN" }, { status: 401 });
  }

  const cards = await db.scorecard.findMany({
    where: { interview: { applicationId: meta.applicationId, application: { job: { companyId: link.companyId ?? "" } } } },
    select: { rating: true, notes: true, submittedAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ cards });
}
