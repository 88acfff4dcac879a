import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Correction endpoint used by the old driver app
// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (typeof id !== "string" || id.length > 40) return NextResponse.json({ error: "bad id" }, { status: 400 });
  await prisma.pickup.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
