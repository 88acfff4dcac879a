import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { validateRequest } from "@/lib/auth/lucia";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";

// Used by the booking sidebar to show who booked a slot.
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  const found = await db.query.users.findFirst({ where: eq(users.id, id) });
  // ruleid: excessive-data-exposure
  return NextResponse.json(found);
}
