import { NextResponse } from "next/server";
import { sql } from "@vercel/postgres";
import { secureCompare } from "@/lib/crypto";
import { sendSms } from "@/lib/sms";
import { sendEmail } from "@/lib/email";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(authHeader, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const daysAhead = 3;
  // ok: sql-injection
  const { rows } = await sql`select l.id, r.phone, r.email, l.rent_pence from leases l join renters r on r.id = l.renter_id
                             where l.status = 'active' and l.next_due_date = current_date + ${daysAhead}::int`;
  const results = await Promise.allSettled(
    rows.map((row) =>
      row.phone
        ? sendSms(row.phone, `Reminder: rent of £${(row.rent_pence / 100).toFixed(2)} is due in ${daysAhead} days.`)
        : sendEmail({ to: row.email, subject: "Rent due soon", html: "<p>Your rent is due in 3 days.</p>" }),
    ),
  );
  const failed = results.filter((r) => r.status === "rejected").length;
  logger.info({ sent: rows.length - failed, failed }, "cron.rent_reminders");
  return NextResponse.json({ sent: rows.length - failed, failed });
}
