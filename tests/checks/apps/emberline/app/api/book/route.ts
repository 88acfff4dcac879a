import { NextResponse } from "next/server";
import { bookingSchema } from "@/lib/validators";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { sendEmail } from "@/lib/mail";
import { rateLimit } from "@/lib/rate-limit";

// Public booking API for the embeddable widget.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  await rateLimit(`book:${ip}`, 5, 600);
  const parsed = bookingSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  const input = parsed.data;
  const practice = await prisma.practice.findUnique({ where: { slug: input.practiceSlug }, select: { id: true } });
  if (!practice) return NextResponse.json({ error: "unknown practice" }, { status: 404 });
  // ok: sql-injection
  await sql`insert into booking_requests (practice_id, provider_id, starts_at, email) values (${practice.id}, ${input.providerId}, ${input.startsAt}, ${input.email})`;
  await sendEmail(input.email, "Booking received", "<p>We'll confirm shortly.</p>");
  return NextResponse.json({ ok: true }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const slug = new URL(req.url).searchParams.get("practice") ?? "";
  if (!/^[a-z0-9-]{2,60}$/.test(slug)) return NextResponse.json([], { status: 400 });
  // ok: sql-injection
  const rows = await sql`select p.name, p.phone from practices p where p.slug = ${slug} and p.booking_enabled`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ name: r.name, phone: r.phone })));
}
