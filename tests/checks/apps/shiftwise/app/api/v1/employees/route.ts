import { NextResponse } from "next/server";
import { z } from "zod";
import { makeHandlers } from "@/lib/route-builder";
import { prisma } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export const { GET, POST } = makeHandlers({
  auth: "apiKey",
  scope: "employees:read",
  handlers: {
    GET: async (req, ctx) => {
      const cursor = new URL(req.url).searchParams.get("cursor");
      const c = cursor ? z.string().cuid().parse(cursor) : undefined;
      const rows = await prisma.employee.findMany({ where: { employerId: ctx.employerId }, take: 100, ...(c ? { cursor: { id: c }, skip: 1 } : {}), select: { id: true, firstName: true, lastName: true, email: true, status: true } });
      // ok: excessive-data-exposure
      return NextResponse.json({ data: rows });
    },
    POST: async (req, ctx) => {
      const body = z.object({ firstName: z.string(), lastName: z.string(), email: z.string().email() }).parse(await req.json());
      // ok: mass-assignment
      const e = await prisma.employee.create({ data: { ...body, employerId: ctx.employerId }, select: { id: true } });
      return NextResponse.json(e, { status: 201 });
    },
  },
});
