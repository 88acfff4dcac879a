import { NextResponse } from "next/server";
import { z } from "zod";
import { makeHandlers } from "@/lib/route-builder";
import { prisma } from "@/lib/db/prisma";

const CreateProject = z.object({ name: z.string().min(2).max(120), number: z.string().min(1).max(30), address: z.string().max(300).optional() });

// Partner API: list and create projects (API key scope "projects").
// ok: missing-auth, missing-input-validation
export const { GET, POST } = makeHandlers({
  scope: "projects",
  GET: async (_req, principal) => {
    // ok: missing-authorization
    const projects = await prisma.project.findMany({
      where: { tenantId: principal.tenantId, archivedAt: null },
      select: { id: true, name: true, number: true, status: true },
    });
    // ok: excessive-data-exposure
    return NextResponse.json({ data: projects });
  },
  POST: async (req, principal) => {
    const body = CreateProject.parse(await req.json());
    const project = await prisma.project.create({
      // ok: mass-assignment
      data: { ...body, tenantId: principal.tenantId, createdById: `apikey:${principal.keyId}` },
      select: { id: true },
    });
    // ok: excessive-data-exposure
    return NextResponse.json({ data: project }, { status: 201 });
  },
});
