import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  await requireStaff();
  const status = new URL(req.url).searchParams.get("status") === "resolved" ? "resolved" : "open";
  const reports = await prisma.report.findMany({ where: { status }, orderBy: { createdAt: "desc" }, take: 200 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(reports);
}
