import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { mailLimiter } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { tourRequestSchema } from "@/lib/validation/common";
import { newId } from "@/lib/utils";

// ok: missing-input-validation, missing-rate-limit // todook: missing-auth -- known gap (pass 40, N): public tour-request form not exempted
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for")?.split(",")[0] ?? "anon";
  const { success } = await mailLimiter.limit(`tour-api:${ip}`);
  if (!success) return NextResponse.json({ error: "Too many requests" }, { status: 429 });
  const parsed = tourRequestSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid request" }, { status: 400 });
  const id = newId();
  try {
    // ok: mass-assignment
    await db
      .insertInto("tour_requests")
      .values({ id, location_id: parsed.data.locationId, name: parsed.data.name, email: parsed.data.email, company: parsed.data.company ?? null, preferred_date: parsed.data.preferredDate ?? null })
      .execute();
  } catch {
    // ok: information-disclosure
    return NextResponse.json({ error: "Could not save tour request" }, { status: 500 });
  }
  await sendMail({ to: parsed.data.email, subject: "We got your tour request", html: "<p>We'll confirm within one business day.</p>" });
  return NextResponse.json({ id }, { status: 201 });
}
