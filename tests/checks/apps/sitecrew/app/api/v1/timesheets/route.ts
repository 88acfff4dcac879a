import { NextResponse } from "next/server";
import { z } from "zod";
import { makeHandlers } from "@/lib/route-builder";
import { prisma } from "@/lib/db/prisma";

const Query = z.object({ weekEnding: z.coerce.date(), projectId: z.string().cuid().optional() });
const Patch = z.object({ id: z.string().cuid(), hours: z.number().min(0).max(100) });

// Payroll integrations pull approved hours and push corrections.
// ok: missing-auth, missing-input-validation
export const { GET, PATCH } = makeHandlers({
  scope: "timesheets",
  GET: async (req, principal) => {
    const q = Query.parse(Object.fromEntries(new URL(req.url).searchParams));
    // ok: missing-authorization
    const rows = await prisma.timesheet.findMany({
      where: { tenantId: principal.tenantId, weekEnding: q.weekEnding, status: "approved", ...(q.projectId ? { projectId: q.projectId } : {}) },
      select: { id: true, workerId: true, projectId: true, hours: true, weekEnding: true },
    });
    // ok: excessive-data-exposure
    return NextResponse.json({ data: rows });
  },
  PATCH: async (req, principal) => {
    const body = Patch.parse(await req.json());
    // ok: missing-authorization, mass-assignment
    const { count } = await prisma.timesheet.updateMany({ where: { id: body.id, tenantId: principal.tenantId }, data: { hours: body.hours } });
    // ok: excessive-data-exposure
    return NextResponse.json({ updated: count });
  },
});
