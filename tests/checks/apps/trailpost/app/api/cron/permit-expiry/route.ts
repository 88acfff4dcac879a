import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";

// ok: missing-input-validation
export async function GET(req: Request) {
  const authz = req.headers.get("authorization");
  // why: cron bearer secret compared with !== against a template literal
  // ruleid: timing-unsafe-comparison
  if (authz !== `Bearer ${process.env.CRON_SECRET}`) return new NextResponse("unauthorized", { status: 401 });
  const soon = new Date(Date.now() + 14 * 864e5);
  const permits = await prisma.permit.findMany({ where: { expiresOn: { lt: soon } }, select: { number: true, agency: true, trip: { select: { org: { select: { memberships: { where: { role: "owner" }, select: { user: { select: { email: true } } } } } } } } } });
  for (const p of permits) {
    const to = p.trip.org.memberships[0]?.user.email;
    if (to) await sendEmail(to, "Permit expiring soon", `<p>${p.agency} permit ${p.number} expires within 14 days.</p>`);
  }
  return NextResponse.json({ notified: permits.length });
}
