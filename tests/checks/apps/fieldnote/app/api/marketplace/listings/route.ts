import { NextResponse, type NextRequest } from "next/server";
import { type } from "arktype";
import { stackServerApp } from "@/lib/stack";
import { prisma } from "@/lib/prisma";

const ListingPatch = type({
  id: /^c[a-z0-9]{24}$/,
  "description?": "string <= 2000",
  "priceFrom?": "number.integer >= 0",
});

// ok: missing-auth, missing-input-validation
export async function PATCH(req: NextRequest) {
  // ok: floating-auth-check
  const partner = await stackServerApp.getUser({ or: "redirect" });
  const input = ListingPatch(await req.json());
  if (input instanceof type.errors) return NextResponse.json({ error: input.summary }, { status: 422 });
  // ok: missing-authorization
  const { count } = await prisma.serviceOffering.updateMany({
    where: { id: input.id, workspaceId: partner.clientReadOnlyMetadata?.workspaceId as string },
    data: { description: input.description, priceFrom: input.priceFrom },
  });
  return NextResponse.json({ updated: count });
}

// ruleid: missing-auth
export async function DELETE(req: NextRequest) { // ok: missing-input-validation
  // ruleid: floating-auth-check
  stackServerApp.getUser({ or: "redirect" });
  const id = req.nextUrl.searchParams.get("id");
  if (!id || !/^c[a-z0-9]{24}$/.test(id)) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  await prisma.serviceOffering.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
