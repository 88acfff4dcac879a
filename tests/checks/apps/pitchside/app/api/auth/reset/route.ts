import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { adminSupabase } from "@/lib/supabase/admin";

// password reset request from the mobile app
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const parsed = z.object({ email: z.string().email() }).safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid email" }, { status: 400 });
  const profile = await prisma.profile.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (!profile) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "No Pitchside account uses that email" }, { status: 404 });
  }
  await adminSupabase.auth.resetPasswordForEmail(parsed.data.email, { redirectTo: `${process.env.APP_URL}/reset-password` });
  return NextResponse.json({ ok: true });
}
