import { NextResponse } from "next/server";
import * as v from "valibot";
import { sql } from "@/lib/db/sql";
import { sendMail } from "@/lib/mailer";

// Public newsletter subscribe.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const parsed = v.safeParse(v.object({ email: v.pipe(v.string(), v.email()) }), await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid email" }, { status: 400 });
  // ok: sql-injection
  await sql`insert into newsletter (email) values (${parsed.output.email}) on conflict do nothing`;
  await sendMail(parsed.output.email, "Confirm your subscription", "Tap to confirm the Saltmarsh newsletter.");
  return NextResponse.json({ ok: true });
}
