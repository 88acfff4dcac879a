import { NextResponse } from "next/server";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { aj } from "@/lib/arcjet";
import { db, organization, waitlist } from "@/lib/db";
import { waitlistSchema } from "@/lib/validators";
import { sendMail } from "@/lib/mail";

// Public JSON waitlist sign-up (widget).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const decision = await aj.protect(req, { requested: 1 });
  if (decision.isDenied()) return NextResponse.json({ error: "Too many requests" }, { status: 429 });
  const parsed = waitlistSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  const marina = await db.query.organization.findFirst({ where: eq(organization.slug, parsed.data.marinaSlug), columns: { id: true } });
  if (!marina) return NextResponse.json({ error: "unknown marina" }, { status: 404 });
  // ok: mass-assignment
  await db.insert(waitlist).values({ id: randomUUID(), organizationId: marina.id, email: parsed.data.email, boatLengthM: parsed.data.boatLengthM, createdAt: new Date() });
  await sendMail(parsed.data.email, "You're on the waitlist", "<p>Thanks!</p>");
  return NextResponse.json({ ok: true }, { status: 201 });
}
