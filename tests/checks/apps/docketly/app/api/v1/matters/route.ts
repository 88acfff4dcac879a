import { NextResponse } from "next/server";
import { z } from "zod";
import { makeHandlers } from "@/lib/api/route-builder";
import { prisma } from "@/lib/db/prisma";

const createBody = z.object({ clientId: z.string().cuid(), title: z.string().min(3).max(200), practiceArea: z.string().max(40) });

// ok: missing-auth, missing-input-validation
export const { GET, POST } = makeHandlers({
  scope: "matters:write",
  GET: async (req, { key }) => {
    const status = new URL(req.url).searchParams.get("status") ?? undefined;
    const rows = await prisma.matter.findMany({
      where: { firmId: key.firmId, status: status && /^[A-Z]{2,10}$/.test(status) ? status : undefined },
      select: { id: true, number: true, title: true, status: true, practiceArea: true },
      take: 200,
    });
    // ok: excessive-data-exposure
    return NextResponse.json({ data: rows });
  },
  POST: async (req, { key }) => {
    const parsed = createBody.safeParse(await req.json());
    if (!parsed.success) return NextResponse.json({ error: "invalid_body", issues: parsed.error.issues }, { status: 422 });
    const client = await prisma.client.findFirst({ where: { id: parsed.data.clientId, firmId: key.firmId }, select: { id: true } });
    if (!client) return NextResponse.json({ error: "client_not_found" }, { status: 404 });
    const matter = await prisma.matter.create({
      // ok: mass-assignment
      data: { ...parsed.data, firmId: key.firmId, number: `API-${Date.now()}` },
      select: { id: true, number: true },
    });
    // ok: excessive-data-exposure
    return NextResponse.json({ data: matter }, { status: 201 });
  },
});
