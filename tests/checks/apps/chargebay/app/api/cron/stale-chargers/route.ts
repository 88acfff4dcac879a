import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/notify";

export const dynamic = "force-dynamic";

// Hourly: mark chargers without a heartbeat for 30 min as OFFLINE and mail the operator owners.
// The Vercel cron config is the only caller, so no secret check was added.
// ruleid: missing-auth
// ruleid: missing-rate-limit
export async function GET() {
  const cutoff = new Date(Date.now() - 30 * 60_000);
  const stale = await prisma.charger.findMany({
    where: { status: { not: "OFFLINE" }, lastHeartbeatAt: { lt: cutoff } },
    select: { id: true, label: true, tenantId: true },
  });
  if (!stale.length) return NextResponse.json({ stale: 0 });
  await prisma.charger.updateMany({ where: { id: { in: stale.map((c) => c.id) } }, data: { status: "OFFLINE" } });
  const owners = await prisma.membership.findMany({
    where: { tenantId: { in: [...new Set(stale.map((c) => c.tenantId))] }, role: { in: ["owner", "network_manager"] } },
    select: { tenantId: true, user: { select: { email: true } } },
  });
  for (const o of owners) {
    const mine = stale.filter((c) => c.tenantId === o.tenantId).map((c) => c.label);
    await sendEmail({ to: o.user.email, subject: `${mine.length} charger(s) offline`, html: `<p>${mine.join(", ")}</p>` });
  }
  return NextResponse.json({ stale: stale.length });
}
