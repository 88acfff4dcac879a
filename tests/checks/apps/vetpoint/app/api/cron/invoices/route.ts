import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { notifyOwner } from "@/lib/notify";

// Daily: nudge owners with invoices open for more than 14 days.
// ok: missing-input-validation, missing-rate-limit
export async function GET(req: Request) {
  const secret = process.env.CRON_SECRET;
  // ok: timing-unsafe-comparison
  if (!secret || secret.length < 32) return new NextResponse("misconfigured", { status: 500 });
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${secret}`) return new NextResponse("unauthorized", { status: 401 });
  const overdue = await prisma.invoice.findMany({
    where: { status: "open", createdAt: { lt: new Date(Date.now() - 14 * 864e5) } },
    select: { id: true, ownerId: true, owner: { select: { email: true } } },
    take: 500,
  });
  for (const inv of overdue) await notifyOwner(inv.ownerId, "email", inv.owner.email, `Invoice ${inv.id} is overdue.`);
  // ok: excessive-data-exposure
  return NextResponse.json({ nudged: overdue.length });
}
