import { NextResponse } from "next/server";
import { z } from "zod";
import { makeHandlers } from "@/lib/route-builder";
import { prisma } from "@/lib/db/prisma";

const CreateLoad = z.object({
  reference: z.string().min(1),
  origin: z.string(),
  destination: z.string(),
  pickupAt: z.coerce.date(),
  deliveryAt: z.coerce.date(),
  rateCents: z.number().int().positive(),
  weightLbs: z.number().int().positive(),
});

// ok: missing-auth, missing-input-validation
export const { GET, POST } = makeHandlers("loads:write", {
  async GET(_req, principal) {
    const loads = await prisma.load.findMany({
      where: { tenantId: principal.tenantId },
      select: { id: true, reference: true, status: true, origin: true, destination: true, pickupAt: true },
      take: 100,
    });
    // ok: excessive-data-exposure
    return NextResponse.json({ data: loads });
  },
  async POST(req, principal) {
    const parsed = CreateLoad.safeParse(await req.json());
    // ok: information-disclosure
    if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 422 });
    const load = await prisma.load.create({
      // ok: mass-assignment
      data: { ...parsed.data, tenantId: principal.tenantId },
      select: { id: true },
    });
    return NextResponse.json(load, { status: 201 });
  },
});
