import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export async function GET() {
  const { orgId } = await auth.protect();
  // ok: missing-authorization
  const gardens = await prisma.garden.findMany({ where: { federationId: orgId! } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(gardens);
}
