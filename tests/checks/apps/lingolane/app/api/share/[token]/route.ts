import { NextResponse } from "next/server";
import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";

// Client shares a read-only preview of a job with a stakeholder; optional password or PIN.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = z.object({ token: z.string().length(32) }).parse(await params);
  const { password } = z.object({ password: z.string().max(200).optional() }).parse(await req.json());
  await rateLimitByIp("share-unlock", 10);
  const link = await prisma.shareLink.findUnique({ where: { token }, select: { jobId: true, passwordHash: true, expiresAt: true } });
  if (!link || link.expiresAt < new Date()) return NextResponse.json({ error: "Link expired" }, { status: 404 });
  // ok: timing-unsafe-comparison
  if (link.passwordHash && !(await bcrypt.compare(password ?? "", link.passwordHash))) return NextResponse.json({ error: "Wrong password" }, { status: 401 });
  const job = await prisma.job.findUnique({ where: { id: link.jobId }, select: { title: true, sourceLang: true, targetLangs: true, status: true } });
  return NextResponse.json(job);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function PUT(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = z.object({ token: z.string().length(32) }).parse(await params);
  const { pin } = z.object({ pin: z.string().regex(/^\d{4,8}$/) }).parse(await req.json());
  const link = await prisma.shareLink.findUnique({ where: { token }, select: { jobId: true, pin: true } });
  // ruleid: timing-unsafe-comparison
  if (!link || link.pin !== pin) return NextResponse.json({ error: "Wrong PIN" }, { status: 401 });
  const job = await prisma.job.findUnique({ where: { id: link.jobId }, select: { title: true, status: true } });
  return NextResponse.json(job);
}
