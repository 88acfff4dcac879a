import { NextResponse } from "next/server";
import { z } from "zod";
import { requireCentreStaff } from "@/lib/dal";
import { db } from "@/lib/db/kysely";
import { sendSms } from "@/lib/sms";
import { audit } from "@/lib/audit";

const bodySchema = z.object({ bloodType: z.enum(["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"]), message: z.string().min(10).max(300) });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const staff = await requireCentreStaff(["manager"]);
  const body = bodySchema.parse(await req.json());
  const donors = await db.selectFrom("donors").select(["phone"]).where("centreId", "=", staff.centreId).where("bloodType", "=", body.bloodType).where("smsOptIn", "=", true).execute();
  await Promise.all(donors.map((d) => sendSms(d.phone, body.message)));
  await audit.record({ actorId: staff.user.id, action: "appeal.send", target: staff.centreId, meta: { count: donors.length } });
  return NextResponse.json({ sent: donors.length });
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const staff = await requireCentreStaff();
  const events = await db.selectFrom("auditEvents").select(["id", "at", "meta"]).where("action", "=", "appeal.send").where("target", "=", staff.centreId).orderBy("at", "desc").limit(20).execute();
  // ok: excessive-data-exposure
  return NextResponse.json(events);
}
