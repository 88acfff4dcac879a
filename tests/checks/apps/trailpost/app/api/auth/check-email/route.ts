import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";

// Sign-up form: live "is this email free?" check.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  await rateLimitByIp("check-email");
  const { email } = z.object({ email: z.string().email() }).parse(await req.json());
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  // why: tells "not registered" apart from "registered but unverified" and "registered"
  // ruleid: information-disclosure
  if (!user) return NextResponse.json({ status: "email not found" });
  return NextResponse.json({ status: user.emailVerified ? "registered" : "registered_unverified" });
}
