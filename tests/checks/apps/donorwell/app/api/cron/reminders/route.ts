import { NextResponse } from "next/server";
import { db } from "@/lib/db/kysely";
import { safeEqual } from "@/lib/crypto";
import { remindDonor } from "@/lib/notify";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!safeEqual(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const tomorrow = new Date(Date.now() + 86_400_000);
  const rows = await db
    .selectFrom("appointments")
    .innerJoin("donors", "donors.id", "appointments.donorId")
    .select(["donors.phone", "appointments.slotStart"])
    .where("appointments.status", "=", "booked")
    .where("appointments.slotStart", "<", tomorrow)
    .where("donors.smsOptIn", "=", true)
    .execute();
  for (const r of rows) await remindDonor(r.phone, r.slotStart.toISOString());
  return NextResponse.json({ sent: rows.length });
}
