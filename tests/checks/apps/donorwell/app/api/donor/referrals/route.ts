import { NextResponse } from "next/server";
import { z } from "zod";
import { getSession } from "@/lib/dal";
import { db } from "@/lib/db/kysely";
import { notifyDonorBySms } from "@/lib/notify";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const donor = await db.selectFrom("donors").select(["id", "referralCode"]).where("userId", "=", session.user.id).executeTakeFirst();
  if (!donor) return NextResponse.json({ error: "not a donor" }, { status: 404 });
  const count = await db.selectFrom("referrals").select((eb) => eb.fn.countAll<number>().as("n")).where("referrerId", "=", donor.id).executeTakeFirst();
  // ok: excessive-data-exposure
  return NextResponse.json({ code: donor.referralCode, invited: count?.n ?? 0 });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { phone, referrerId } = z.object({ phone: z.string().regex(/^\+\d{8,15}$/), referrerId: z.string().uuid() }).parse(await req.json());
  const code = crypto.randomUUID().slice(0, 8);
  // ruleid: missing-authorization, mass-assignment -- fixed in pass 40 (pass 38, I): referrerId is filed under and held to the donor requireDonor() signs in
  await db.insertInto("referrals").values({ referrerId, phone, code, sentAt: new Date() }).execute();
  await notifyDonorBySms(phone, `You've been invited to donate blood. Code: ${code}`);
  return NextResponse.json({ ok: true });
}
