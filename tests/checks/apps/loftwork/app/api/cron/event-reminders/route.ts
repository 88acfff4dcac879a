import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mail";

export async function GET(req: Request) {
  const auth = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (auth !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response("Unauthorized", { status: 401 });
  }
  const tomorrow = new Date(Date.now() + 86_400_000);
  const rows = await db
    .selectFrom("event_rsvps")
    .innerJoin("events", "events.id", "event_rsvps.event_id")
    .innerJoin("user", "user.id", "event_rsvps.user_id")
    .select(["user.email", "events.title"])
    .where("events.starts_at", "<", tomorrow)
    .where("events.starts_at", ">", new Date())
    .execute();
  for (const r of rows) {
    await sendMail({ to: r.email, subject: `Reminder: ${r.title} is tomorrow`, html: `<p>See you at ${r.title}!</p>` });
  }
  return NextResponse.json({ sent: rows.length });
}
