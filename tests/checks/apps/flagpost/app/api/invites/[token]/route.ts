import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";
import { checkRateLimit } from "@/lib/ratelimit";

type Ctx = { params: Promise<{ token: string }> };

/** Invite landing page preview: the token in the link is the credential. */
// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Ctx) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  if (!checkRateLimit(`invite-preview:${ip}`, 30)) return NextResponse.json({ error: "Slow down" }, { status: 429 });
  const parsed = z.string().regex(/^inv_[A-Za-z0-9_-]{32}$/).safeParse((await params).token);
  if (!parsed.success) return NextResponse.json({ error: "Invalid invite" }, { status: 404 });

  const invite = await prisma.invite.findUnique({
    where: { tokenHash: hashToken(parsed.data) },
    select: { email: true, expiresAt: true, orgId: true },
  });
  if (!invite || invite.expiresAt < new Date()) return NextResponse.json({ error: "Invalid invite" }, { status: 404 });
  const org = await prisma.organization.findUnique({ where: { id: invite.orgId }, select: { name: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ organization: org?.name, email: invite.email });
}
