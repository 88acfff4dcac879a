import { NextResponse } from "next/server";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";

// GDPR export for the signed-in user.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await verifySession();
  const user = await prisma.user.findUnique({ where: { id: session.userId }, include: { submissions: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(user);
}
