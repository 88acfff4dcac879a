import { NextResponse } from "next/server";
import { z } from "zod";
import { createAdminClient } from "@/lib/auth/appwrite";
import { sql } from "@/lib/db/sql";
import { getEm, CrewMember } from "@/lib/db/orm";
import { Phone } from "@/lib/validation/schemas";

const Body = z.object({ phone: Phone, otp: z.string().regex(/^\d{6}$/), password: z.string().min(10).max(200) });

// Crew member opens the app from the SMS invite, enters the code we texted and picks a password.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 422 });
  const { phone, otp, password } = parsed.data;
  // ok: sql-injection
  const [invite] = await sql`select crew_id, otp, expires_at from crew_invites where phone = ${phone} order by created_at desc limit 1`;
  // ruleid: information-disclosure
  if (!invite) return NextResponse.json({ error: "This phone number has not been invited." }, { status: 404 });
  // ok: timing-unsafe-comparison, information-disclosure
  if (invite.otp === null) return NextResponse.json({ error: "Wrong or expired code." }, { status: 400 });
  // ruleid: timing-unsafe-comparison
  if (invite.otp !== otp || invite.expiresAt < new Date()) {
    return NextResponse.json({ error: "Wrong or expired code." }, { status: 400 });
  }
  const { users } = createAdminClient();
  const user = await users.create("unique()", undefined, phone, password);
  const em = await getEm();
  // ok: mass-assignment
  await em.nativeUpdate(CrewMember, { id: invite.crewId }, { appwriteUserId: user.$id });
  return NextResponse.json({ ok: true });
}
