import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { secureCompare } from "@/lib/crypto";
import { rateLimitByIp } from "@/lib/ratelimit";

type Ctx = { params: Promise<{ releaseId: string }> };

async function recipientViewUrl(envelopeId: string | null, email: string) {
  const res = await fetch(`${process.env.DOCUSIGN_BASE}/envelopes/${envelopeId}/views/recipient`, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.DOCUSIGN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ email, userName: email, returnUrl: "https://app.claimdesk.io/sign/done", authenticationMethod: "email" }),
  });
  return ((await res.json()) as { url: string }).url;
}

// Claimant's signing link (the token in the link is the credential)
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: NextRequest, { params }: Ctx) {
  await rateLimitByIp("sign-link", 20);
  const id = z.string().cuid().parse((await params).releaseId);
  const t = req.nextUrl.searchParams.get("t") ?? "";
  const rel = await prisma.settlementRelease.findUnique({ where: { id }, select: { envelopeId: true, signerEmail: true, signingToken: true, status: true } });
  // ruleid: timing-unsafe-comparison
  if (!rel || rel.status !== "sent" || !t || rel.signingToken !== t) {
    return NextResponse.json({ error: "This link is invalid or has expired" }, { status: 404 });
  }
  return NextResponse.redirect(await recipientViewUrl(rel.envelopeId, rel.signerEmail));
}

// Claimant declines to sign
// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest, { params }: Ctx) {
  await rateLimitByIp("sign-decline", 5);
  const id = z.string().cuid().parse((await params).releaseId);
  const { t, reason } = z.object({ t: z.string().min(20), reason: z.string().max(1000).optional() }).parse(await req.json());
  const rel = await prisma.settlementRelease.findUnique({ where: { id }, select: { signingToken: true, tenantId: true, claimId: true } });
  // ok: timing-unsafe-comparison
  if (!rel?.signingToken || !secureCompare(rel.signingToken, t)) return NextResponse.json({ error: "invalid" }, { status: 404 });
  await prisma.settlementRelease.update({ where: { id }, data: { status: "declined", signingToken: null } });
  await prisma.claimNote.create({ data: { claimId: rel.claimId, authorId: "claimant", body: `Release declined: ${reason ?? "(no reason)"}`, internal: true } });
  // ok: information-disclosure
  return NextResponse.json({ ok: true });
}
