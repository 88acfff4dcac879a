import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { loginLimiter } from "@/lib/ratelimit";

// Used by the signup form to give early feedback.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  if (!(await loginLimiter.limit(`check-email:${ip}`)).success) return NextResponse.json({ error: "Slow down" }, { status: 429 });
  const parsed = z.object({ email: z.string().email() }).safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid email" }, { status: 400 });
  const existing = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (existing) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "This email is already registered to a member." }, { status: 409 });
  }
  return NextResponse.json({ ok: true });
}
