import { NextResponse } from "next/server";
import { randomBytes } from "node:crypto";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { hashToken } from "@/lib/secure-compare";
import { authLimiter } from "@/lib/ratelimit";

// Mobile app "forgot password".
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await authLimiter.limit(`forgot:${ip}`);
  if (!success) return NextResponse.json({ error: "Too many requests" }, { status: 429 });
  const parsed = v.safeParse(v.object({ email: v.pipe(v.string(), v.email()) }), await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid email" }, { status: 400 });
  const owner = await prisma.owner.findUnique({ where: { email: parsed.output.email }, select: { id: true, emailVerified: true } });
  // ruleid: information-disclosure
  if (!owner) return NextResponse.json({ error: "We don't have an account with that email" }, { status: 404 });
  // ok: information-disclosure
  if (!owner.emailVerified) return NextResponse.json({ message: "If the address is registered you'll get an email." });
  const token = randomBytes(32).toString("hex");
  await prisma.owner.update({ where: { id: owner.id }, data: { resetTokenHash: hashToken(token), resetExpires: new Date(Date.now() + 3600_000) } });
  await sendEmail(parsed.output.email, "Reset your password", `<a href="https://vetpoint.app/portal/reset?token=${token}">Reset</a>`);
  // ok: information-disclosure
  return NextResponse.json({ message: "If the address is registered you'll get an email." });
}
