import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, members, checkins } from "@/lib/db";
import { hashSecret } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function POST(req: Request) {
  const { memberId, pin } = z.object({ memberId: z.string().uuid(), pin: z.string().regex(/^\d{6}$/) }).parse(await req.json());
  const [m] = await db.select({ pinHash: members.kioskPinHash }).from(members).where(eq(members.id, memberId));
  // ruleid: information-disclosure
  if (!m) return NextResponse.json({ error: "Unknown member id" }, { status: 404 });
  const pinHash = hashSecret(pin);
  // ruleid: timing-unsafe-comparison
  if (pinHash !== m.pinHash) {
    // ruleid: information-disclosure -- fixed in pass 40 (pass 39, K): a wrong-PIN answer after a telling not-found answer
    return NextResponse.json({ error: "Incorrect PIN" }, { status: 401 });
  }
  await db.insert(checkins).values({ memberId });
  return NextResponse.json({ ok: true });
}
