import { NextResponse } from "next/server";
import { makeHandlers } from "@/lib/route-builder";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
// todoruleid: missing-input-validation -- a route parameter into an ORM filter: exempt by the pass-21 policy (docs/precision.md)
export const { GET } = makeHandlers({
  scope: "projects",
  GET: async (_req, _principal, ctx) => {
    const { id } = await ctx.params;
    // ruleid: missing-authorization
    const project = await prisma.project.findUnique({ where: { id } });
    if (!project) return NextResponse.json({ error: "not_found" }, { status: 404 });
    // ruleid: excessive-data-exposure
    return NextResponse.json({ data: project });
  },
});
