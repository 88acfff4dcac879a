import { NextResponse } from "next/server";
import { z } from "zod";
import { makeHandlers } from "@/lib/route-builder";
import { prisma } from "@/lib/db/prisma";

// Contractor portal JSON API (better-auth sessions), built with the shared route builder.
// ok: missing-auth
export const { GET, POST } = makeHandlers({
  GET: async (_req, { userId }) => {
    const companies = await prisma.contractor.findMany({ where: { ownerId: userId }, select: { id: true, companyName: true, licenseNumber: true } });
    // ok: excessive-data-exposure
    return NextResponse.json(companies);
  },
  POST: async (req, { userId }) => {
    const input = z.object({ companyName: z.string().min(2).max(120), licenseNumber: z.string().regex(/^[A-Z0-9-]{4,20}$/) }).parse(await req.json());
    const c = await prisma.contractor.create({
      // ok: mass-assignment
      data: { ...input, ownerId: userId },
      select: { id: true },
    });
    return NextResponse.json(c, { status: 201 });
  },
});
