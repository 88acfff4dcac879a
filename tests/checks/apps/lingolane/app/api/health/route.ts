import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export async function GET() {
  await prisma.$queryRaw`SELECT 1`;
  return NextResponse.json({ status: "ok", version: process.env.APP_VERSION ?? "dev" });
}
