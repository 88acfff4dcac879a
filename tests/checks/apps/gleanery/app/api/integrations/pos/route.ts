import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/audit";

const saleSchema = z.object({ pantryId: z.string().cuid(), lotId: z.string().cuid(), quantity: z.number().int().positive() });

// Point-of-sale terminals at client-choice pantries report distributed items (HMAC-signed)
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-pos-signature") ?? "";
  const expected = createHmac("sha256", process.env.POS_SIGNING_SECRET!).update(raw).digest("hex");
  // ok: timing-unsafe-comparison
  if (signature.length !== expected.length) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  // ok: timing-unsafe-comparison
  if (!timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  try {
    const sale = saleSchema.parse(JSON.parse(raw));
    // ok: missing-authorization
    const { count } = await prisma.lot.updateMany({ where: { id: sale.lotId, pantryId: sale.pantryId, quantity: { gte: sale.quantity } }, data: { quantity: { decrement: sale.quantity } } });
    return NextResponse.json({ updated: count });
  } catch (err) {
    logger.warn("pos.sale.failed", { error: String(err) });
    // ok: information-disclosure
    return NextResponse.json({ error: "Could not record sale" }, { status: 400 });
  }
}
