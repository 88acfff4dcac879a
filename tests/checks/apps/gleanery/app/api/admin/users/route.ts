import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { requireNetworkAdmin } from "@/lib/auth/clerk-admin";

// ok: missing-auth
export async function GET() {
  await requireNetworkAdmin();
  const users = await prisma.user.findMany({ orderBy: { createdAt: "desc" }, take: 500 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(users);
}
