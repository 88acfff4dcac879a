import { NextResponse } from "next/server";
import { and, eq, lte } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { reminders } from "@/lib/db/schema";
import { sendSms } from "@/lib/sms";

// ok: missing-input-validation
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const due = await db.select({ id: reminders.id, phone: reminders.phone }).from(reminders).where(and(eq(reminders.sent, false), lte(reminders.sendAt, new Date()))).limit(500);
  for (const r of due) {
    await sendSms(r.phone, "Reminder: your TutorWise lesson starts soon.");
    await db.update(reminders).set({ sent: true }).where(eq(reminders.id, r.id));
  }
  return NextResponse.json({ sent: due.length });
}
