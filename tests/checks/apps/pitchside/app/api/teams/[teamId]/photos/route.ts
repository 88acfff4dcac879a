import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// public team page gallery: approved photos only
// ok: missing-input-validation // todook: missing-auth -- known gap (pass 37, J): a public gallery read of approved photos
export async function GET(_req: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  if (!/^c[a-z0-9]{20,30}$/.test(teamId)) return NextResponse.json([], { status: 404 });
  const photos = await prisma.photo.findMany({ where: { teamId, approved: true }, select: { key: true, caption: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(photos.map((p) => ({ url: `${process.env.PHOTO_CDN}/${p.key}`, caption: p.caption })));
}
