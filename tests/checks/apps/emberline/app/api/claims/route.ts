import { NextResponse } from "next/server";
import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import { insurerSessionOptions, type InsurerSession } from "@/lib/auth/insurer";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await getIronSession<InsurerSession>(await cookies(), insurerSessionOptions);
  if (!session.insurerId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const claims = await prisma.claim.findMany({ where: { insurerId: session.insurerId } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(claims);
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE() {
  const session = await getIronSession<InsurerSession>(await cookies(), insurerSessionOptions);
  const res = await prisma.claim.deleteMany({ where: { insurerId: session.insurerId, status: "denied" } });
  return NextResponse.json({ deleted: res.count });
}
