import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { getCurrentSession } from "@/lib/auth/current";
import { sendVerificationCode } from "@/lib/mail";

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST() {
  const { session, user } = await getCurrentSession();
  if (!session) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const code = String(crypto.getRandomValues(new Uint32Array(1))[0] % 100_000_000).padStart(8, "0");
  await prisma.emailVerificationCode.create({ data: { userId: user.id, email: user.email, code, expiresAt: new Date(Date.now() + 900_000) } });
  await sendVerificationCode(user.email, code);
  return NextResponse.json({ sent: true });
}
