import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { validateRequest } from "@/lib/auth/lucia";
import { db } from "@/lib/db/drizzle";
import { drivers } from "@/lib/db/schema";

// why: JSON body written whole into drivers (approved, backgroundCheck, networkId) with no validation
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { user, session } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  // ruleid: mass-assignment
  await db.insert(drivers).values({ id: crypto.randomUUID(), userId: user.id, networkId: session.networkId, ...body });
  return NextResponse.json({ done: true });
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const rows = await db.select().from(drivers).where(eq(drivers.userId, user.id));
  // why: db.select() with no columns — licence number and background check
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
