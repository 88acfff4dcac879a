import { NextResponse } from "next/server";
import { z } from "zod/v4";
import { prisma } from "@/lib/db";
import { makeHandlers } from "@/lib/api/handlers";

const TariffBody = z.object({
  name: z.string().min(2).max(80),
  currency: z.enum(["EUR", "GBP", "SEK", "NOK", "DKK", "CHF"]),
  energyCents: z.int().min(0).max(500),
  idleFeeCents: z.int().min(0).max(200).default(0),
});

// ok: missing-auth, missing-input-validation
export const { GET, POST } = makeHandlers({
  scope: "tariffs:write",
  GET: async (_req, { key }) => {
    const tariffs = await prisma.tariff.findMany({ where: { tenantId: key.tenantId } });
    // ruleid: excessive-data-exposure
    return NextResponse.json({ data: tariffs });
  },
  POST: async (req, { key }) => {
    const body = TariffBody.parse(await req.json());
    const tariff = await prisma.tariff.create({
      // ok: mass-assignment
      data: { ...body, tenantId: key.tenantId },
      select: { id: true },
    });
    // ok: excessive-data-exposure
    return NextResponse.json({ data: tariff }, { status: 201 });
  },
});
