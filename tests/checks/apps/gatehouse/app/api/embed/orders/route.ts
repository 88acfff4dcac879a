import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/crypto";

// Server-to-server: organisers sync orders into their CRM with the embed secret key.
export async function GET(req: NextRequest) {
  const apiKey = req.headers.get("x-gatehouse-key") ?? "";
  const [publicKey] = apiKey.split(".");
  const organiser = await prisma.organiser.findUnique({
    where: { embedPublicKey: publicKey || "-" },
    select: { id: true, embedSecretHash: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!organiser || organiser.embedSecretHash !== sha256(apiKey)) {
    return NextResponse.json({ error: "invalid key" }, { status: 401 });
  }

  const since = new Date(Number(req.nextUrl.searchParams.get("since") ?? 0) || 0);
  const orders = await prisma.order.findMany({
    where: { event: { organiserId: organiser.id }, createdAt: { gte: since } },
    include: { tickets: true },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ orders });
}
