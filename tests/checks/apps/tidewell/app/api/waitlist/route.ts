import { NextResponse } from "next/server";
import * as v from "valibot";
import { sql } from "@vercel/postgres";
import { WaitlistSchema } from "@/lib/valibot-schemas";
import { ratelimit } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";

// Public sign-up for the waitlist.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`waitlist:${ip}`);
  if (!success) return NextResponse.json({ error: "Too many requests" }, { status: 429 });
  const result = v.safeParse(WaitlistSchema, await req.json());
  if (!result.success) return NextResponse.json({ error: "Invalid" }, { status: 400 });
  const { email, postcode, coopSlug } = result.output;
  // ok: sql-injection
  await sql`INSERT INTO waitlist (coop_id, email, postcode, position) SELECT id, ${email}, ${postcode}, 0 FROM coops WHERE slug = ${coopSlug}`;
  await sendMail(email, "You're on the Tidewell waitlist", "<p>Thanks!</p>");
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function PUT(req: Request) {
  const { email } = await req.json();
  try {
    await sendMail(email, "Your waitlist position", "<p>Log in to see where you are.</p>");
    return NextResponse.json({ ok: true });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: e }, { status: 500 });
  }
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const email = new URL(req.url).searchParams.get("email");
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) return NextResponse.json({ error: "Bad email" }, { status: 400 });
  // ok: sql-injection
  const { rows } = await sql`SELECT 1 FROM waitlist WHERE email = ${email} LIMIT 1`;
  // ok: information-disclosure
  return NextResponse.json({ received: true, queued: rows.length >= 0 });
}
