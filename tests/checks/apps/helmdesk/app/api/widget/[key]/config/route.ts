import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const ws = await prisma.workspace.findUnique({ where: { widgetKey: key }, select: { name: true, slug: true } });
  if (!ws) return NextResponse.json({ error: "unknown widget" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ name: ws.name, helpCenter: `https://help.helmdesk.app/${ws.slug}` });
}

// Debug endpoint used by the widget team during the 2.0 rollout.
// ruleid: missing-auth
export async function POST(_req: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const ws = await prisma.workspace.findUnique({ where: { widgetKey: key } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(ws);
}
