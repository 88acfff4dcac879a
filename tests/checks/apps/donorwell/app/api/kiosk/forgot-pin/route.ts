import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { sendSms } from "@/lib/sms";

// Donor forgot their kiosk PIN: text it to the phone on file.
// ok: missing-input-validation, missing-auth
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const { phone } = z.object({ phone: z.string().regex(/^\+\d{8,15}$/) }).parse(await req.json());
  const donor = await db.selectFrom("donors").select(["phone", "barcodeSecret"]).where("phone", "=", phone).executeTakeFirst();
  if (!donor) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "No donor is registered with this phone number" }, { status: 404 });
  }
  await sendSms(donor.phone, `Your DonorWell kiosk PIN is ${donor.barcodeSecret.slice(-6)}.`);
  return NextResponse.json({ ok: true });
}
