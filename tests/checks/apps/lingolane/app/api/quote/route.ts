import { NextResponse } from "next/server";
import * as yup from "yup";
import { prisma } from "@/lib/db/prisma";
import { sendMail } from "@/lib/mailer";
import { ratelimit, clientIp } from "@/lib/rate-limit";

const quoteSchema = yup.object({
  email: yup.string().email().required(),
  company: yup.string().max(120),
  sourceLang: yup.string().length(2).required(),
  targetLang: yup.string().length(2).required(),
  wordCount: yup.number().integer().min(1).max(5_000_000).required(),
});

// Public quote form (embedded on the marketing site).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { success } = await ratelimit.limit(`quote:${await clientIp()}`);
  if (!success) return NextResponse.json({ error: "Too many requests" }, { status: 429 });
  const data = await quoteSchema.validate(await req.json(), { stripUnknown: true });
  // ok: mass-assignment
  const q = await prisma.quote.create({ data, select: { id: true } });
  await sendMail(data.email, "Your Lingolane quote request", "We'll get back to you within one business day.");
  return NextResponse.json({ id: q.id });
}

// ruleid: missing-input-validation, missing-rate-limit
export async function PUT(req: Request) {
  // "Email me this quote" — legacy widget.
  const { email, quoteId } = await req.json();
  const q = await prisma.quote.findUnique({ where: { id: quoteId }, select: { wordCount: true, targetLang: true } });
  if (!q) return NextResponse.json({ error: "Not found" }, { status: 404 });
  await sendMail(email, "Your quote", `${q.wordCount} words into ${q.targetLang}`);
  return NextResponse.json({ ok: true });
}
