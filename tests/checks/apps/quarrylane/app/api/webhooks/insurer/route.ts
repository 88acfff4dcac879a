import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

const Decision = z.object({ claimId: z.string().cuid(), status: z.enum(["approved", "rejected", "paid"]), payoutCents: z.number().int().nonnegative() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const hmac = createHmac("sha256", process.env.INSURER_WEBHOOK_SECRET!).update(raw).digest("hex");
  // ok: timing-unsafe-comparison
  if (!secureCompare(hmac, req.headers.get("x-insurer-hmac") ?? "")) return new NextResponse(null, { status: 401 });
  const d = Decision.parse(JSON.parse(raw));
  // ok: missing-authorization, mass-assignment
  await prisma.claim.update({ where: { id: d.claimId }, data: { status: d.status, payoutCents: d.payoutCents } });
  logger.info("insurer_decision", { claimId: d.claimId, status: d.status });
  return NextResponse.json({ ok: true });
}
