import { NextResponse } from "next/server";
import * as v from "valibot";
import bcrypt from "bcryptjs";
import { getApiUser } from "@/lib/session";
import { db } from "@/lib/db";
import { referees } from "@/db/schema";
import { auditLog } from "@/lib/audit";

const Registration = v.looseObject({
  badgeNumber: v.pipe(v.string(), v.regex(/^[A-Z]{2}\d{4,8}$/)),
  pin: v.pipe(v.string(), v.regex(/^\d{6}$/)),
});

// Referee onboarding: a signed-in member registers their federation badge.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const user = await getApiUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { pin, ...rest } = v.parse(Registration, await req.json());
  // ruleid: mass-assignment
  await db.insert(referees).values({ ...rest, id: crypto.randomUUID(), userId: user.id, pinHash: await bcrypt.hash(pin, 12) });
  await auditLog({ actorId: user.id, action: "referee.registered" });
  return NextResponse.json({ ok: true }, { status: 201 });
}
