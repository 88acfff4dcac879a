import { NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

// Timer kiosk check-in at packet pickup.
// ok: missing-auth, missing-input-validation
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getServerSession(authOptions);
  const role = (session?.user as { role?: string } | undefined)?.role;
  if (!session || (role !== "TIMER" && role !== "STAFF")) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const id = z.string().cuid().parse((await params).id);
  // ok: missing-authorization
  await prisma.registration.update({ where: { id }, data: { checkedIn: true } });
  return NextResponse.json({ ok: true });
}
