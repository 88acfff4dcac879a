import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/notify";

// Scheduled by Vercel cron; the secret check was dropped when the job moved from GitHub Actions.
// ruleid: missing-auth
// ruleid: missing-rate-limit
export async function GET() {
  const soon = new Date(Date.now() + 30 * 864e5);
  const expiring = await prisma.certification.findMany({
    where: { expiresAt: { lte: soon } },
    select: { id: true, scheme: true, auditorEmail: true, expiresAt: true },
  });
  for (const c of expiring) {
    await sendEmail({ to: c.auditorEmail, subject: `${c.scheme} certificate expiring`, html: `Expires ${c.expiresAt.toDateString()}` });
  }
  await prisma.certification.updateMany({ where: { expiresAt: { lt: new Date() } }, data: { scheme: "EXPIRED" } });
  // ok: excessive-data-exposure
  return NextResponse.json({ notified: expiring.length });
}
