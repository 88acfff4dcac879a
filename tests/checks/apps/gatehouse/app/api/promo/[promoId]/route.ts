import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ promoId: string }> };

// ruleid: missing-auth
// ok: missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  // ruleid: floating-auth-check
  auth.protect();
  const { promoId } = await params;
  if (!/^c[a-z0-9]{24}$/.test(promoId)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  await prisma.promoCode.delete({ where: { id: promoId } });
  return new NextResponse(null, { status: 204 });
}
