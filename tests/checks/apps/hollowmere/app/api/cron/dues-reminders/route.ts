import { NextResponse } from "next/server";
import { sql } from "@/lib/db";
import { sendMail } from "@/lib/mail";

export async function GET(req: Request) {
  const auth = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (auth !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  // ok: sql-injection
  const rows = await sql<{ email: string; period: string; amount_cents: number }[]>`
    select p.email, d.period, d.amount_cents
      from dues_charges d join memberships m on m.id = d.membership_id join profiles p on p.id = m.user_id
     where d.paid_at is null and d.period < to_char(now(), 'YYYY-MM') and p.notify_by_email
  `;
  for (const r of rows) {
    await sendMail(r.email, `Dues for ${r.period} are overdue`, `<p>$${(r.amount_cents / 100).toFixed(2)} is outstanding.</p>`);
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ sent: rows.length });
}
