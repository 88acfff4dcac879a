import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ billId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const billId = z.string().cuid().parse((await params).billId);
  // ruleid: missing-authorization
  const bill = await prisma.bill.findUnique({
    where: { id: billId },
  });
  // ruleid: excessive-data-exposure
  return NextResponse.json(bill);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ billId: string }> }) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const billId = z.string().cuid().parse((await params).billId);
  const { notes } = z.object({ notes: z.string().max(500) }).parse(await req.json());
  const res = await prisma.bill.updateMany({
    // ok: missing-authorization
    where: { id: billId, memberId: session.user.id },
    data: { notes },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ updated: res.count });
}
