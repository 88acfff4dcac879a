import { NextResponse } from "next/server";
import * as z from "zod/v4";
import { makeHandlers } from "@/lib/route-builder";
import { prisma } from "@/lib/db/prisma";

const NewDonor = z.object({
  firstName: z.string().min(1).max(80),
  lastName: z.string().min(1).max(80),
  email: z.email(),
  postcode: z.string().max(10).optional(),
});

// Partner CRM sync: list + create. Auth, scope and rate limit come from makeHandlers.
// ok: missing-auth, missing-input-validation
export const { GET, POST } = makeHandlers({
  scope: "donors:read",
  GET: async (req, { key }) => {
    const cursor = z.cuid().optional().parse(new URL(req.url).searchParams.get("cursor") ?? undefined);
    const donors = await prisma.donor.findMany({
      where: { charityId: key.charityId },
      select: { id: true, firstName: true, lastName: true, email: true, postcode: true },
      take: 100,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    // ok: excessive-data-exposure
    return NextResponse.json({ data: donors, next: donors.at(-1)?.id ?? null });
  },
  POST: async (req, { key }) => {
    if (!key.scopes.includes("donors:write")) return NextResponse.json({ error: "insufficient_scope" }, { status: 403 });
    const parsed = NewDonor.safeParse(await req.json());
    if (!parsed.success) return NextResponse.json({ error: "invalid_body", issues: z.treeifyError(parsed.error) }, { status: 422 });
    // ok: mass-assignment
    const donor = await prisma.donor.create({ data: { ...parsed.data, charityId: key.charityId }, select: { id: true } });
    // ok: excessive-data-exposure
    return NextResponse.json(donor, { status: 201 });
  },
});
