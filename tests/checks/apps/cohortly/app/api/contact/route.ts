import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { contactSchema } from "@/lib/validators";
import { ratelimit } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";

// Public contact form (JSON).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`contact-api:${ip}`);
  if (!success) return NextResponse.json({ error: "Too many requests" }, { status: 429 });
  const parsed = contactSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid form" }, { status: 422 });
  // ok: mass-assignment
  await prisma.contactMessage.create({ data: parsed.data });
  await sendMail("hello@cohortly.health", `Contact: ${parsed.data.topic}`, parsed.data.message);
  return NextResponse.json({ ok: true });
}

// "Tell a friend about this study" — public.
// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function PUT(req: Request) {
  const { friendEmail, slug } = await req.json();
  await sendMail(friendEmail, "A clinical study you might be interested in", `<a href="https://cohortly.health/studies/${slug}">Learn more</a>`);
  return NextResponse.json({ ok: true });
}
