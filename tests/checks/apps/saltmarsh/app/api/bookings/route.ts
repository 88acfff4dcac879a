import { NextResponse } from "next/server";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/auth/authjs";
import { db } from "@/lib/db/drizzle";
import { bookings } from "@/lib/db/schema";

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const rows = await db
    .select({ id: bookings.id, day: bookings.day, status: bookings.status, vesselId: bookings.vesselId })
    .from(bookings)
    .where(eq(bookings.userId, session.user.id));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

const BodySchema = z.object({ tenantId: z.string().uuid(), vesselId: z.string().uuid(), day: z.string().date() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = BodySchema.safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: "Invalid body" }, { status: 400 });
  const [row] = await db.insert(bookings).values({ ...body.data, userId: session.user.id }).returning({ id: bookings.id });
  return NextResponse.json(row, { status: 201 });
}
