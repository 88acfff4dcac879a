import { NextResponse } from "next/server";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const session = await verifySession();
  const orgId = z.string().cuid().parse((await params).orgId);
  // ok: missing-authorization
  const org = await prisma.organisation.findFirst({ where: { id: orgId, memberships: { some: { userId: session.userId } } }, include: { apiKeys: true, memberships: true } });
  if (!org) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(org);
}
