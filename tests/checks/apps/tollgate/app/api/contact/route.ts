import { NextResponse } from "next/server";
import { db, contactMessages } from "@/lib/db";
import { contactInput } from "@/lib/validators";
import { limitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

// Public contact endpoint for the marketing site.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  try {
    await limitByIp("contact-api", 3, 600);
  } catch {
    return NextResponse.json({ error: "Too many messages" }, { status: 429 });
  }
  const parsed = contactInput.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 422 });
  try {
    // ok: mass-assignment
    await db.insert(contactMessages).values(parsed.data);
    await sendMail("sales@tollgate.example", "New contact", parsed.data.message);
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Could not send", detail: e instanceof Error ? e.stack : e }, { status: 500 });
  }
  return NextResponse.json({ ok: true });
}
