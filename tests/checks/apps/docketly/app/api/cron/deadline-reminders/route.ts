import { NextResponse, type NextRequest } from "next/server";
import { kdb } from "@/lib/db/kysely";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";
import { logger } from "@/lib/logger";

// ok: missing-input-validation
export async function GET(req: NextRequest) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const soon = new Date(Date.now() + 3 * 86400_000);
  const due = await kdb.selectFrom("deadlines").select(["id", "firm_id", "matter_id", "title", "due_at"]).where("completed", "=", false).where("due_at", "<", soon).execute();
  let sent = 0;
  for (const d of due) {
    const matter = await prisma.matter.findUnique({ where: { id: d.matter_id }, select: { leadAttorneyId: true, number: true } });
    if (!matter?.leadAttorneyId) continue;
    const lawyer = await prisma.user.findUnique({ where: { id: matter.leadAttorneyId }, select: { email: true } });
    if (lawyer) {
      await sendEmail(lawyer.email, `Deadline ${d.title} (${matter.number})`, `<p>Due ${d.due_at.toDateString()}</p>`);
      sent++;
    }
  }
  logger.info("cron.deadline_reminders", { sent });
  // ok: excessive-data-exposure
  return NextResponse.json({ sent });
}
