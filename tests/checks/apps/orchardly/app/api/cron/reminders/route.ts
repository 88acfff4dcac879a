import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { members, subscriptions } from "@/db/schema";
import { sendMail } from "@/lib/mail";

/** Thursday reminder: "swap or skip before Friday noon". */
// ok: missing-input-validation
export async function GET(req: Request) {
  const authHeader = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) return new NextResponse("unauthorized", { status: 401 });
  const rows = await db.select({ email: members.email }).from(members).innerJoin(subscriptions, eq(subscriptions.memberId, members.id)).where(eq(subscriptions.status, "active"));
  try {
    for (const r of rows) await sendMail(r.email, "Swap or skip by Friday noon", "<p>Your next box is being planned.</p>");
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).stack }, { status: 500 });
  }
  return NextResponse.json({ sent: rows.length });
}
