import { NextResponse } from "next/server";
import { validateRequest } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";

/** GDPR export of the caller's own data. */
// ruleid: missing-auth
export async function GET() {
  const { user } = await validateRequest();
  const data = await prisma.user.findUnique({
    where: { id: user?.id },
    select: { email: true, name: true, phone: true, memberships: { select: { gardenId: true, role: true } }, duesPayments: { select: { amountCents: true, status: true, createdAt: true } } },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(data);
}
