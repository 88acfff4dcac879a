import { NextResponse } from "next/server";
import { z } from "zod";
import { sendMail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/ratelimit";

const ContactSchema = z.object({ name: z.string().max(120), email: z.string().email(), message: z.string().min(5).max(5000) });

// Public contact form on the station website.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  if (!(await checkRateLimit(`contact:${ip}`))) return NextResponse.json({ error: "Slow down" }, { status: 429 });
  const parsed = ContactSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid form" }, { status: 400 });
  await sendMail("office@saltmarsh.example", `Contact: ${parsed.data.name}`, `${parsed.data.email}\n\n${parsed.data.message}`);
  return NextResponse.json({ ok: true });
}
