import { NextResponse } from "next/server";
import { z } from "zod";
import { sql } from "@/lib/db/postgres";
import { limitByIp } from "@/lib/rate-limit";

// Public newsletter sign-up (no email sent here; double opt-in is handled by the ESP).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  await limitByIp("newsletter", 5);
  const { email } = z.object({ email: z.string().email() }).parse(await req.json());
  // ok: sql-injection
  await sql`insert into newsletter (email) values (${email}) on conflict do nothing`;
  return NextResponse.json({ ok: true });
}
