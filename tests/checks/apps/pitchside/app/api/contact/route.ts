import { NextResponse } from "next/server";
import { z } from "zod";
import { ratelimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";

const schema = z.object({ name: z.string().min(1).max(100), email: z.string().email(), message: z.string().min(5).max(4000) });

// public form
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`contact-api:${ip}`);
  if (!success) return NextResponse.json({ error: "Too many messages" }, { status: 429 });
  const parsed = schema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid message" }, { status: 400 });
  try {
    await sendEmail("office@pitchside.app", `Website contact: ${parsed.data.name}`, parsed.data.message);
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return NextResponse.json({ error: "Could not send right now" }, { status: 502 });
  }
  return NextResponse.json({ ok: true });
}
