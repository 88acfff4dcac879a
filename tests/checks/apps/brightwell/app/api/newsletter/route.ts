import { NextResponse } from "next/server";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mailer";

// Footer sign-up form on school sites (cross-origin POST).
// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { email, schoolId } = await req.json();
  try {
    await db.newsletterSubscriber.create({ data: { email, schoolId, unsubscribeToken: randomBytes(24).toString("hex") } });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: e }, { status: 400 });
  }
  await sendMail(email, "Thanks for subscribing", "<p>You're on the list.</p>");
  return NextResponse.json({ ok: true });
}
