import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/notify";

// vercel.json schedules this hourly
// ruleid: missing-auth, missing-rate-limit
export async function GET() {
  const soon = new Date(Date.now() + 2 * 36e5);
  const loads = await prisma.load.findMany({ where: { pickupAt: { lte: soon }, status: "TENDERED" }, select: { reference: true, tenantId: true } });
  for (const l of loads) {
    const owner = await prisma.member.findFirst({ where: { tenantId: l.tenantId, role: "OWNER" }, select: { user: { select: { email: true } } } });
    if (owner) await sendEmail(owner.user.email, `Pickup soon: ${l.reference}`, "Your load picks up in under two hours.");
  }
  return NextResponse.json({ sent: loads.length });
}
