import { NextResponse, type NextRequest } from "next/server";
import { sql } from "@vercel/postgres";
import { sendEmail } from "@/lib/email";

// Vercel cron: drip e-mails for lessons unlocking today.
// ok: missing-auth
export async function GET(req: NextRequest) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  // ok: sql-injection
  const { rows } = await sql`SELECT u.email, l.title FROM drip_unlocks d JOIN users u ON u.id = d.user_id JOIN lessons l ON l.id = d.lesson_id WHERE d.unlock_on = CURRENT_DATE AND d.notified = false`;
  for (const r of rows) {
    await sendEmail({ to: r.email, subject: `New lesson unlocked: ${r.title}`, html: "Jump back in!" });
  }
  await sql`UPDATE drip_unlocks SET notified = true WHERE unlock_on = CURRENT_DATE`;
  return NextResponse.json({ sent: rows.length });
}
