import { NextResponse } from "next/server";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { EditorAccess } from "@/models/EditorAccess";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit } from "@/lib/ratelimit";
import { secureCompare } from "@/lib/secure-compare";

type Ctx = { params: Promise<{ token: string }> };

// Share links: editors without an account open a manuscript with link token + passcode.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: Ctx) {
  const { token } = await params;
  if (!(await checkRateLimit(`share:${token}`))) return NextResponse.json({ error: "slow down" }, { status: 429 });
  const { passcode } = z.object({ passcode: z.string().min(4).max(12) }).parse(await req.json());
  await connectMongo();
  const grant = await EditorAccess.findOne({ accessToken: token }, { passcode: 1, submissionId: 1, expiresAt: 1 }).lean<{ passcode?: string; submissionId: string; expiresAt?: Date }>();
  // ok: timing-unsafe-comparison
  if (!grant?.passcode || !secureCompare(grant.passcode, passcode)) return NextResponse.json({ error: "invalid link or passcode" }, { status: 403 });
  const sub = await prisma.submission.findUnique({ where: { id: grant.submissionId }, select: { title: true, synopsis: true, manuscriptUrl: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(sub);
}

// Older GET variant, passcode in the query string.
// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function GET(req: Request, { params }: Ctx) {
  const { token } = await params;
  const pin = new URL(req.url).searchParams.get("pin") ?? "";
  z.string().regex(/^\d{4,8}$/).parse(pin);
  await connectMongo();
  const grant = await EditorAccess.findOne({ accessToken: token }, { passcode: 1, submissionId: 1 }).lean<{ passcode?: string; submissionId: string }>();
  // ruleid: timing-unsafe-comparison
  if (!grant || grant.passcode != pin) return NextResponse.json({ error: "invalid" }, { status: 403 });
  const sub = await prisma.submission.findUnique({ where: { id: grant.submissionId }, select: { title: true, synopsis: true } });
  return NextResponse.json(sub);
}
