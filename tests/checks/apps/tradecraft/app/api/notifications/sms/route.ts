import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { apprentices } from "@/lib/db/schema";
import { getOrgContext } from "@/lib/auth/session";
import { sendSms } from "@/lib/sms";

const Body = z.object({ apprenticeId: z.string().uuid(), phone: z.string().regex(/^\+44\d{10}$/), message: z.string().min(1).max(320) });

// Tutors text an apprentice about a missed session.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function POST(req: Request) {
  const ctx = await getOrgContext();
  const body = Body.parse(await req.json());
  const [a] = await db
    .select({ id: apprentices.id })
    .from(apprentices)
    // ok: missing-authorization
    .where(and(eq(apprentices.id, body.apprenticeId), eq(apprentices.orgId, ctx.orgId)));
  if (!a) return NextResponse.json({ error: "Not found" }, { status: 404 });
  await sendSms(body.phone, body.message);
  return NextResponse.json({ sent: true });
}
