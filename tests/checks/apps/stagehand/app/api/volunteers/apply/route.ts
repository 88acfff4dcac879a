import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { volunteerSchema } from "@/lib/validators";
import { festivalIdBySlug } from "@/lib/festival";
import { rateLimit } from "@/lib/rate-limit";
import { sendVolunteerConfirmation } from "@/lib/notify";

// Public volunteer application (festival app).
// ok: missing-input-validation, missing-rate-limit, missing-auth -- an anonymous public volunteer form route (cause 1)
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "unknown";
  await rateLimit(`volunteer-apply:${ip}`, 3, 3600);
  const input = volunteerSchema.extend({ festivalSlug: z.string().max(80) }).parse(await req.json());
  const festivalId = await festivalIdBySlug(input.festivalSlug);
  if (!festivalId) return NextResponse.json({ error: "Unknown festival" }, { status: 404 });
  // ok: mass-assignment
  await db.insertInto("volunteers").values({ festival_id: festivalId, name: input.name, email: input.email, phone: input.phone, shifts: input.shifts.join(","), dob: input.dob, emergency_contact: input.emergencyContact, status: "pending", role: "volunteer" }).execute();
  await sendVolunteerConfirmation(input.email, input.name);
  return NextResponse.json({ ok: true }, { status: 201 });
}

// "Change my shifts" from the confirmation email — keyed by email only.
// ruleid: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const body = await req.json();
  const existing = await db.selectFrom("volunteers").select(["id"]).where("email", "=", body.email).executeTakeFirst();
  // ruleid: information-disclosure
  if (!existing) return NextResponse.json({ error: "No volunteer application with that email" }, { status: 404 });
  await db.updateTable("volunteers").set({ shifts: String(body.shifts) }).where("id", "=", existing.id).execute();
  return NextResponse.json({ ok: true });
}
