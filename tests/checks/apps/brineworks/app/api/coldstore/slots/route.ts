import { NextResponse } from "next/server";
import * as v from "valibot";
import { and, eq, isNull, gte } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { coldStoreSlots } from "@/db/schema";

// Public availability grid.
// ok: missing-auth
export async function GET() {
  const rows = await db
    .select({ id: coldStoreSlots.id, bay: coldStoreSlots.bay, startsAt: coldStoreSlots.startsAt, endsAt: coldStoreSlots.endsAt })
    .from(coldStoreSlots)
    .where(and(isNull(coldStoreSlots.reservedBy), gte(coldStoreSlots.startsAt, new Date())));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { slotId } = v.parse(v.object({ slotId: v.pipe(v.string(), v.uuid()) }), await req.json());
  // ok: missing-authorization
  const released = await db
    .update(coldStoreSlots)
    .set({ reservedBy: null, catchId: null })
    .where(and(eq(coldStoreSlots.id, slotId), eq(coldStoreSlots.reservedBy, session.user.id)))
    .returning({ id: coldStoreSlots.id });
  return NextResponse.json({ released: released.length });
}
