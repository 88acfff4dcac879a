import { NextResponse } from "next/server";
import { makeHandlers } from "@/lib/route-builder";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
// ruleid: missing-input-validation
export const { GET, PATCH, DELETE } = makeHandlers("loads:write", {
  async GET(_req, principal, { params }) {
    const { id } = await params;
    // ok: missing-authorization
    const load = await prisma.load.findFirst({ where: { id, tenantId: principal.tenantId } });
    if (!load) return NextResponse.json({ error: "not_found" }, { status: 404 });
    // ruleid: excessive-data-exposure
    return NextResponse.json(load);
  },
  async PATCH(req, principal, { params }) {
    const { id } = await params;
    const body = await req.json();
    // ruleid: missing-authorization
    const load = await prisma.load.update({
      where: { id },
      // ruleid: mass-assignment
      data: body,
      select: { id: true, status: true },
    });
    return NextResponse.json({ ...load, by: principal.keyId });
  },
  async DELETE(_req, principal, { params }) {
    const { id } = await params;
    // ok: missing-authorization
    const res = await prisma.load.deleteMany({ where: { id, tenantId: principal.tenantId, status: "DRAFT" } });
    return NextResponse.json({ deleted: res.count });
  },
});
