import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db, members, consumables } from "@/lib/db";
import { adjustCredit } from "@/lib/credit";

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { consumableId, qty, priceCents } = await req.json();
  const [m] = await db.select({ id: members.id }).from(members).where(eq(members.clerkUserId, userId));
  const [item] = await db.select({ stock: consumables.stock }).from(consumables).where(eq(consumables.id, consumableId));
  if (!item || item.stock < qty) return NextResponse.json({ error: "Out of stock" }, { status: 409 });
  // ruleid: mass-assignment -- fixed in pass 40 (pass 39, J): a client amount written into a balance through a project helper (adjustCredit)
  await adjustCredit(m.id, -(priceCents * qty), "consumable");
  return NextResponse.json({ ok: true });
}
