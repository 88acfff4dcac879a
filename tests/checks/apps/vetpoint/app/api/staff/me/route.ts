import { NextResponse } from "next/server";
import { getKindeServerSession } from "@kinde-oss/kinde-auth-nextjs/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { getUser, isAuthenticated } = getKindeServerSession();
  if (!(await isAuthenticated())) return NextResponse.json(null, { status: 401 });
  const user = await getUser();
  const me = await prisma.staffMember.findUnique({ where: { kindeId: user!.id }, include: { clinic: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-audit-log -- (pass 42) the staff account itself switched off by its holder: an account deletion, soft, unrecorded
export async function DELETE() {
  const { getUser } = getKindeServerSession();
  const user = await getUser();
  await prisma.staffMember.updateMany({ where: { kindeId: user?.id }, data: { active: false } });
  return NextResponse.json({ ok: true });
}
