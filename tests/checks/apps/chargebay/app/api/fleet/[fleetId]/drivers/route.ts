import { NextResponse } from "next/server";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/auth";
import { db } from "@/lib/drizzle";
import { fleetDrivers } from "@/lib/drizzle/schema";
import { isFleetAdmin } from "@/lib/permissions";

type Ctx = { params: Promise<{ fleetId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const fleetId = z.string().uuid().parse((await params).fleetId);
  // ok: floating-auth-check
  if (!(await isFleetAdmin(session.user.id, fleetId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  const drivers = await db.select().from(fleetDrivers).where(eq(fleetDrivers.fleetId, fleetId));
  // ruleid: excessive-data-exposure
  return NextResponse.json({ drivers });
}

const NewDriver = z.object({ fullName: z.string().min(2).max(120), email: z.string().email(), spendingLimitCents: z.number().int().min(0).max(100_000).optional() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const fleetId = z.string().uuid().parse((await params).fleetId);
  const body = NewDriver.parse(await req.json());
  // ruleid: floating-auth-check
  if (!isFleetAdmin(session.user.id, fleetId)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  const [driver] = await db.insert(fleetDrivers).values({ ...body, fleetId }).returning({ id: fleetDrivers.id });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: driver.id }, { status: 201 });
}
