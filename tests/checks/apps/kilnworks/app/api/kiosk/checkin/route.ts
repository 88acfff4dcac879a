import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { getIronSession } from "iron-session";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, memberships, users } from "@/lib/db";
import { kioskSessionOptions, type KioskSession } from "@/lib/session";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getIronSession<KioskSession>(await cookies(), kioskSessionOptions);
  if (!session.studioId) {
    return NextResponse.json({ error: "kiosk locked" }, { status: 401 });
  }
  const { memberCode } = z.object({ memberCode: z.string().regex(/^[A-Z0-9]{6}$/) }).parse(await req.json());
  // ok: missing-authorization
  const [member] = await db
    .select({ id: memberships.id, name: users.name, status: memberships.status })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.studioId, session.studioId), eq(memberships.id, memberCode)));
  if (!member) return NextResponse.json({ error: "unknown member code" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ name: member.name, status: member.status });
}
