import { NextResponse } from "next/server";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { hashToken } from "@/lib/secure-compare";
import { checkRateLimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { email } = (await req.json()) as { email?: unknown };
  if (typeof email !== "string" || email.length > 200 || !email.includes("@")) return NextResponse.json({ error: "Invalid email" }, { status: 400 });
  await checkRateLimit(`magic:${email.toLowerCase()}`, 3);
  const owner = await prisma.owner.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  if (owner) {
    const token = randomBytes(32).toString("base64url");
    await prisma.owner.update({ where: { id: owner.id }, data: { resetTokenHash: hashToken(token), resetExpires: new Date(Date.now() + 900_000) } });
    await sendEmail(email, "Your sign-in link", `<a href="https://vetpoint.app/portal/magic?t=${token}">Sign in</a>`);
  }
  // ok: information-disclosure
  return NextResponse.json({ message: "Check your inbox" });
}
