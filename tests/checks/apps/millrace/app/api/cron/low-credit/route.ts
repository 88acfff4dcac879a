import { NextResponse } from "next/server";
import { lt } from "drizzle-orm";
import { db, members } from "@/lib/db";
import { sendMail } from "@/lib/mailer";

// ok: missing-input-validation
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const low = await db.select({ email: members.email }).from(members).where(lt(members.creditCents, 200));
  for (const m of low) await sendMail(m.email, "Your Millrace credit is low", "<p>Top up before your next session.</p>");
  return NextResponse.json({ notified: low.length });
}
