import { NextResponse } from "next/server";
import { z } from "zod";
import { sendMail } from "@/lib/mail";

const contactSchema = z.object({ name: z.string().max(80), email: z.string().email(), message: z.string().min(10).max(4000) });

// Public contact form.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const parsed = contactSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Please fill in every field." }, { status: 400 });
  await sendMail("hello@orchardly.farm", `Contact: ${parsed.data.name}`, `<p>${parsed.data.email}</p><p>${parsed.data.message}</p>`);
  return NextResponse.json({ ok: true });
}
