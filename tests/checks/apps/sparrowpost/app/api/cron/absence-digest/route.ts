import { NextResponse, type NextRequest } from "next/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { sendMail } from "@/lib/mailer";

// Vercel cron, 07:30 every school day.
// ok: missing-input-validation
export async function GET(req: NextRequest) {
  const auth = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (auth !== `Bearer ${process.env.CRON_SECRET}`) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const today = new Date().toISOString().slice(0, 10);
  const { data } = await supabaseAdmin.from("absences").select("reason, pupil:pupils(first_name, last_name, class:classes(name))").eq("date", today);
  await sendMail("office@sparrowpost.school", `Absences ${today}`, `<pre>${JSON.stringify(data, null, 2)}</pre>`);
  // ok: excessive-data-exposure
  return NextResponse.json({ count: data?.length ?? 0 });
}
