import { NextResponse } from "next/server";
import { z } from "zod";
import { ratelimit } from "@/lib/ratelimit";
import { resend } from "@/lib/mail";

// Public newsletter signup (marketing list in Resend audiences).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`nl:${ip}`);
  if (!success) return NextResponse.json({ error: "slow down" }, { status: 429 });
  const parsed = z.object({ email: z.string().email() }).safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid e-mail" }, { status: 400 });
  await resend.contacts.create({ email: parsed.data.email, audienceId: process.env.RESEND_AUDIENCE_ID! });
  await resend.emails.send({ from: "Orchardly <hello@orchardly.farm>", to: parsed.data.email, subject: "Welcome to the Orchardly letter", html: "<p>Thanks for subscribing.</p>" });
  return NextResponse.json({ ok: true });
}
