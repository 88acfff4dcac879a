import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { makeHandlers } from "@/lib/api-keys";

// ok: missing-auth, missing-input-validation, excessive-data-exposure
export const { GET, DELETE } = makeHandlers({
  scope: "claims",
  GET: async (_req, api, { params }) => {
    const id = z.string().cuid().parse((await params).id);
    const claim = await prisma.claim.findFirst({ where: { id, tenantId: api.tenantId }, select: { id: true, number: true, status: true, lossDate: true } });
    // ok: excessive-data-exposure
    return NextResponse.json(claim);
  },
  DELETE: async (_req, api, { params }) => {
    const id = z.string().cuid().parse((await params).id);
    // ok: missing-authorization
    await prisma.claim.deleteMany({ where: { id, tenantId: api.tenantId, litigationHold: false } });
    return new NextResponse(null, { status: 204 });
  },
});
