import { NextResponse } from "next/server";
import { z } from "zod";
import { requireMember } from "@/lib/auth";
import { notifyMember } from "@/lib/notify";
import { sendMail } from "@/lib/mailer";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const member = await requireMember();
  const { email } = z.object({ email: z.string().email() }).parse(await req.json());
  await notifyMember(email, "You're invited to Millrace", `<p>${member.email} invited you.</p>`);
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function PUT(req: Request) {
  const member = await requireMember();
  const { emails } = z.object({ emails: z.array(z.string().email()).max(20) }).parse(await req.json());
  for (const e of emails) await sendMail(e, "You're invited to Millrace", `<p>${member.email} invited you.</p>`);
  return NextResponse.json({ sent: emails.length });
}
