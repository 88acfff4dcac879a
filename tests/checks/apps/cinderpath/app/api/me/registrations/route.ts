import { NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

// ruleid: missing-auth
export async function GET() {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  const regs = await prisma.registration.findMany({ where: { userId }, select: { id: true, bib: true, status: true, race: { select: { name: true, startsAt: true } } } });
  // ok: excessive-data-exposure
  return NextResponse.json(regs);
}
