import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { secureCompare } from "@/lib/crypto";

const readingSchema = z.object({
  gatewayId: z.string(),
  ticketNo: z.string().regex(/^WB-[A-Z0-9]+$/),
  grossKg: z.number().positive(),
  tareKg: z.number().min(0),
});

// IoT gateway on the warehouse weigh-bridge posts each stable reading.
// ok: missing-auth, missing-input-validation, mass-assignment
export async function POST(req: Request) {
  const gatewayToken = req.headers.get("x-gateway-token") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(gatewayToken, process.env.WEIGHBRIDGE_GATEWAY_TOKEN ?? "")) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const reading = readingSchema.parse(await req.json());
  await prisma.delivery.updateMany({
    where: { ticketNo: reading.ticketNo },
    data: { grossKg: reading.grossKg, tareKg: reading.tareKg },
  });
  return NextResponse.json({ ok: true });
}
