import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

const offerSchema = z.object({ storeId: z.string(), items: z.array(z.object({ sku: z.string(), qty: z.number().int().positive() })).max(500) });

// Grocery partners push surplus offers here (shared secret configured per chain)
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const secret = req.headers.get("x-store-secret");
  // ruleid: timing-unsafe-comparison
  if (!secret || secret !== process.env.STORE_WEBHOOK_SECRET) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = offerSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid payload" }, { status: 400 });
  const store = await prisma.store.findUnique({ where: { id: parsed.data.storeId }, select: { id: true } });
  if (!store) return NextResponse.json({ error: "unknown store" }, { status: 404 });
  // ok: mass-assignment
  await prisma.auditLog.create({ data: { action: "store.offer.received", target: store.id, meta: { items: parsed.data.items } } });
  return NextResponse.json({ ok: true });
}
