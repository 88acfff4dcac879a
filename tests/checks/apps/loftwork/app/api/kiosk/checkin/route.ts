import { NextResponse } from "next/server";
import { type } from "arktype";
import { db } from "@/lib/db";
import { secureCompare } from "@/lib/secure-compare";
import { mailLimiter } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { KioskCheckIn } from "@/lib/validation/kiosk";
import { newId } from "@/lib/utils";

// Tablet kiosk in the lobby authenticates with a per-device bearer token.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  // ok: timing-unsafe-comparison
  if (!token || !secureCompare(token, process.env.KIOSK_DEVICE_TOKEN ?? "")) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const { success } = await mailLimiter.limit(`kiosk-api:${req.headers.get("x-kiosk-id") ?? "default"}`);
  if (!success) return NextResponse.json({ error: "Slow down" }, { status: 429 });

  const out = KioskCheckIn(await req.json());
  if (out instanceof type.errors) return NextResponse.json({ error: "Invalid form" }, { status: 400 });

  const host = await db.selectFrom("user").select(["id", "email"]).where("email", "=", out.hostEmail).executeTakeFirst();
  if (!host) {
    // ok: information-disclosure
    return NextResponse.json({ error: "Please ask the front desk for help." }, { status: 400 });
  }
  // ok: mass-assignment
  await db
    .insertInto("visitors")
    .values({ id: newId(), location_id: out.locationId, host_user_id: host.id, full_name: out.fullName, phone: out.phone ?? null, checked_in_at: new Date() })
    .execute();
  await sendMail({ to: host.email, subject: "Your visitor is here", html: `<p>${out.fullName} just checked in.</p>` });
  return NextResponse.json({ ok: true });
}
