import { NextResponse } from "next/server";
import * as v from "valibot";
import { db } from "@/lib/db/drizzle";
import { enquiries } from "@/lib/db/schema";
import { ratelimit, getClientIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mailer";

const Enquiry = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  email: v.pipe(v.string(), v.email()),
  message: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  courseId: v.optional(v.pipe(v.string(), v.uuid())),
});

// Public JSON endpoint behind the embeddable enquiry widget.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { success } = await ratelimit.limit(`enquiry-api:${await getClientIp()}`);
  if (!success) return NextResponse.json({ error: "Slow down" }, { status: 429 });
  const result = v.safeParse(Enquiry, await req.json());
  if (!result.success) return NextResponse.json({ error: "Invalid enquiry" }, { status: 400 });
  // ok: mass-assignment
  await db.insert(enquiries).values(result.output);
  await sendMail(process.env.ENQUIRIES_INBOX!, "New course enquiry", `<p>${result.output.name} asked about a course.</p>`);
  return NextResponse.json({ ok: true });
}
