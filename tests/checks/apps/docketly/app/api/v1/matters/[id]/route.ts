import { NextResponse } from "next/server";
import { makeHandlers } from "@/lib/api/route-builder";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export const { GET, DELETE } = makeHandlers({
  scope: "matters:read",
  GET: async (_req, { params }) => {
    const { id } = await params;
    // ruleid: missing-authorization
    const matter = await prisma.matter.findUnique({ where: { id } });
    if (!matter) return NextResponse.json({ error: "not_found" }, { status: 404 });
    // ruleid: excessive-data-exposure
    return NextResponse.json({ data: matter });
  },
  DELETE: async (_req, { params, key }) => {
    const { id } = await params;
    if (!key.scopes.includes("matters:write")) return NextResponse.json({ error: "insufficient_scope" }, { status: 403 });
    // ok: missing-authorization
    const res = await prisma.matter.updateMany({ where: { id, firmId: key.firmId }, data: { status: "ARCHIVED" } });
    return NextResponse.json({ archived: res.count === 1 });
  },
});
