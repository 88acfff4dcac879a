import { NextResponse } from "next/server";
import { sql } from "@/lib/db/sql";
import { sendMail } from "@/lib/mailer";

// Daily booking digest to lab managers.
export async function GET(req: Request) {
  const token = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (token !== `Bearer ${process.env.CRON_SECRET}`) return new NextResponse("Unauthorized", { status: 401 });
  // ok: sql-injection
  const managers = await sql<{ email: string }[]>`select email from users where role = 'lab_manager'`;
  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from bookings where status = 'pending'`;
  for (const m of managers) await sendMail(m.email, "Pending bookings", `${n} bookings wait for approval.`);
  return NextResponse.json({ sent: managers.length });
}
