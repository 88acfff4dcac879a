import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";

// Pre-charge reminder e-mails, 7 days before each run.
// ok: missing-auth, missing-rate-limit
export async function GET(req: Request) {
  const cronSecret = process.env.CRON_SECRET;
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${cronSecret}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const upcoming = await prisma.allocation.findMany({ where: { status: "locked", chargedAt: null }, select: { memberId: true }, take: 500 });
  for (const a of upcoming) {
    const m = await prisma.member.findUnique({ where: { id: a.memberId }, select: { user: { select: { email: true } } } });
    if (m) await sendEmail(m.user.email, "Your club shipment is coming", "<p>Update your card or address before the charge run.</p>");
  }
  return NextResponse.json({ sent: upcoming.length });
}

// Manual trigger from an old dashboard button.
// ruleid: missing-auth
export async function POST() {
  const upcoming = await prisma.allocation.findMany({ where: { status: "locked", chargedAt: null }, select: { id: true }, take: 500 });
  await prisma.allocation.updateMany({ where: { id: { in: upcoming.map((u) => u.id) } }, data: { status: "reminded" } });
  return NextResponse.json({ marked: upcoming.length });
}
