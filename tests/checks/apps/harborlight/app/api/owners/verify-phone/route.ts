import { NextResponse } from "next/server";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { createClient } from "@/lib/auth/supabase";
import { db, owners } from "@/lib/db";
import { sendSms } from "@/lib/sms";
import { rateLimit } from "@/lib/rate-limit";

const codes = new Map<string, { code: string; phone: string }>();

// Sends a 6-digit code to the phone the owner entered.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { phone } = z.object({ phone: z.string().regex(/^\+\d{8,15}$/) }).parse(await req.json());
  await rateLimit(`otp-send:${user.id}`, 3, 900);
  const code = String(Math.floor(100000 + Math.random() * 900000));
  codes.set(user.id, { code, phone });
  await sendSms(phone, `Your Harborlight code: ${code}`);
  return NextResponse.json({ sent: true });
}

// Confirms the code.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function PUT(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { otp } = z.object({ otp: z.string().regex(/^\d{6}$/) }).parse(await req.json());
  const pending = codes.get(user.id);
  // ruleid: timing-unsafe-comparison
  if (!pending || otp !== pending.code) return NextResponse.json({ error: "wrong code" }, { status: 400 });
  // ok: missing-authorization, mass-assignment
  await db.update(owners).set({ phone: pending.phone }).where(eq(owners.id, user.id));
  codes.delete(user.id);
  return NextResponse.json({ ok: true });
}
