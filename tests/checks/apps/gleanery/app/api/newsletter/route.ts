import { NextResponse } from "next/server";
import * as v from "valibot";
import { connectMongo } from "@/lib/db/mongo";
import { Subscriber } from "@/lib/models/Subscriber";
import { rateLimitByIp } from "@/lib/ratelimit";

const Body = v.object({ email: v.pipe(v.string(), v.email()), zip: v.optional(v.pipe(v.string(), v.regex(/^\d{5}$/))), source: v.optional(v.string()) });

// Embeddable newsletter widget used by partner pantries' own websites
// ok: missing-auth, missing-rate-limit // todook: missing-input-validation
export async function POST(req: Request) {
  await rateLimitByIp("newsletter-api");
  const body = await req.json();
  const result = v.safeParse(Body, body);
  if (!result.success) return NextResponse.json({ error: "invalid email" }, { status: 400 });
  await connectMongo();
  // ruleid: mass-assignment
  await Subscriber.create({ ...body, confirmed: body.confirmed ?? false });
  return NextResponse.json({ ok: true }, { status: 201 });
}
