import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { makeHandlers } from "@/lib/api/route-builder";

const createBody = z.object({ cycleId: z.string().cuid(), orgId: z.string().cuid(), title: z.string().min(3).max(200), requestedCents: z.number().int().nonnegative() });

// ok: missing-auth, missing-input-validation
export const { GET, POST } = makeHandlers({
  // ok: missing-auth -- makeHandlers' per-method guard (verifyApiKey, a hashed-key lookup answering 401)
  GET: {
    scope: "applications:read",
    handler: async (req, { foundationId }) => {
      const status = new URL(req.url).searchParams.get("status");
      const apps = await prisma.application.findMany({
        where: { foundationId, status: status && ["draft", "submitted", "awarded"].includes(status) ? status : undefined },
        select: { id: true, title: true, status: true, requestedCents: true, submittedAt: true },
        take: 100,
      });
      // ok: excessive-data-exposure
      return NextResponse.json({ data: apps });
    },
  },
  // ok: missing-auth -- makeHandlers' per-method guard (verifyApiKey, a hashed-key lookup answering 401)
  POST: {
    scope: "applications:write",
    handler: async (req, { foundationId, keyId }) => {
      const parsed = createBody.safeParse(await req.json());
      if (!parsed.success) return NextResponse.json({ error: "invalid body", issues: parsed.error.flatten() }, { status: 422 });
      const app = await prisma.application.create({
        // ok: mass-assignment -- the handler's context (keyId, foundationId) comes from the builder's verified key
        data: { ...parsed.data, foundationId, createdById: `apikey:${keyId}` },
        select: { id: true },
      });
      return NextResponse.json(app, { status: 201 });
    },
  },
});
