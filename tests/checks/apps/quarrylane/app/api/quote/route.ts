import { NextResponse } from "next/server";
import { z } from "zod";
import { nanoid } from "nanoid";
import { db, schema } from "@/lib/db/drizzle";
import { ratelimit } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

const Body = z.object({ email: z.string().email(), category: z.string().max(40), days: z.number().int().min(1).max(365) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`quote-api:${ip}`);
  if (!success) return NextResponse.json({ error: "slow down" }, { status: 429 });
  const body = Body.parse(await req.json());
  // ok: mass-assignment
  await db.insert(schema.quotes).values({ id: nanoid(), email: body.email, category: body.category, days: body.days });
  await sendMail(body.email, "We got your quote request", "A depot will reply within one working day.");
  try {
    return NextResponse.json({ ok: true });
  } catch (e) {
    // ok: information-disclosure
    return NextResponse.json({ error: "Could not save quote" }, { status: 500 });
  }
}
