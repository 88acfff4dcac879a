import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { authenticatePartner } from "@/lib/api-keys";
import { sha256 } from "@/lib/crypto";

// ok: missing-auth
export async function GET(req: Request) {
  const key = await authenticatePartner(req);
  if (!key?.scopes.includes("members:read")) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const members = await prisma.member.findMany({ where: { wineryId: key.wineryId }, select: { id: true, status: true, tierId: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: members });
}

// Older partner integrations send the raw key in x-api-key.
// ruleid: missing-auth
// todoruleid: missing-input-validation
export async function POST(req: Request) {
  const apiKey = req.headers.get("x-api-key");
  const found = apiKey ? await prisma.apiKey.findUnique({ where: { hashedKey: sha256(apiKey) }, select: { wineryId: true } }) : null;
  const wineryId = found?.wineryId ?? new URL(req.url).searchParams.get("wineryId") ?? "";
  const count = await prisma.member.count({ where: { wineryId, status: "active" } });
  await prisma.auditLog.create({ data: { wineryId, action: "partner_member_count" } });
  return NextResponse.json({ count });
}
