import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth/better";
import { prisma } from "@/lib/db/prisma";

// Donor profile drawer in the staff dashboard
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ donorId: string }> }) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { donorId } = await params;
  if (typeof donorId !== "string" || donorId.length > 40) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // todoruleid: missing-authorization
  const donor = await prisma.donor.findUnique({ where: { id: donorId }, include: { donations: true } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(donor);
}
