import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth/volunteer";

// Volunteers confirm their phone with a 6-digit SMS code (stored on the visit row as checkInCode).
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { visitId, code } = z.object({ visitId: z.string().cuid(), code: z.string().regex(/^\d{6}$/) }).parse(await req.json());
  // ok: missing-authorization
  const visit = await prisma.visit.findFirst({ where: { id: visitId, volunteerId: session.user.id }, select: { checkInCode: true } });
  const otp = visit?.checkInCode;
  // ruleid: timing-unsafe-comparison
  if (!otp || otp != code) return NextResponse.json({ ok: false }, { status: 400 });
  await prisma.visit.update({ where: { id: visitId }, data: { status: "confirmed", checkInCode: null } });
  return NextResponse.json({ ok: true });
}
