import { NextResponse } from "next/server";
import * as yup from "yup";
import { db } from "@vercel/postgres";
import { ratelimit } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

const querySchema = yup.object({
  agencySlug: yup.string().matches(/^[a-z0-9-]+$/).required(),
  email: yup.string().email().required(),
  title: yup.string().max(200).required(),
  letter: yup.string().min(100).max(8000).required(),
});

// Public submissions form (JSON variant used by the embeddable widget).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`pubquery:${ip}`);
  if (!success) return NextResponse.json({ error: "slow down" }, { status: 429 });
  let input;
  try {
    input = await querySchema.validate(await req.json(), { stripUnknown: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 400 });
  }
  const client = await db.connect();
  try {
    // ok: sql-injection
    await client.query("INSERT INTO public_queries (agency_slug, author_email, title, query_letter) VALUES ($1, $2, $3, $4)", [input.agencySlug, input.email, input.title, input.letter]);
  } finally {
    client.release();
  }
  await sendMail(input.email, "Query received", "<p>Thanks! We'll be in touch.</p>");
  return NextResponse.json({ ok: true }, { status: 201 });
}
