import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

const PartnerOrder = z.object({ shopId: z.string().uuid(), modelId: z.string().uuid(), customerEmail: z.string().email(), material: z.enum(["PLA", "PETG"]), quantity: z.number().int().min(1).max(50) });

// Resellers push orders on behalf of their customers.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const apiKey = req.headers.get("x-partner-key");
  // why: partner API key compared with !==
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey !== process.env.PARTNER_API_KEY) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  try {
    const input = PartnerOrder.parse(await req.json());
    const customer = await prisma.customer.findFirstOrThrow({ where: { email: input.customerEmail }, select: { id: true } });
    // ok: mass-assignment, missing-authorization
    const order = await prisma.order.create({ data: { shopId: input.shopId, modelId: input.modelId, material: input.material, quantity: input.quantity, customerId: customer.id, shippingAddress: "partner", totalCents: 0 }, select: { id: true } });
    return NextResponse.json({ id: order.id }, { status: 201 });
  } catch (e) {
    logger.error({ err: e }, "partner order failed");
    // why: stack trace returned to the partner
    // ruleid: information-disclosure
    return NextResponse.json({ error: "failed", detail: (e as Error).stack }, { status: 500 });
  }
}
