import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifyDownloadSignature } from "@/lib/storage";

// Signed plan download links e-mailed to reviewers and applicants.
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = z.string().cuid().parse((await params).id);
  const expires = req.nextUrl.searchParams.get("expires") ?? "";
  const sig = req.nextUrl.searchParams.get("sig") ?? "";
  const ps = await prisma.planSet.findUnique({ where: { id }, select: { storageKey: true } });
  if (!ps || !verifyDownloadSignature(ps.storageKey, expires, sig)) return NextResponse.json({ error: "Link expired" }, { status: 403 });
  const upstream = await fetch(`${process.env.PLAN_BUCKET_URL}/${encodeURIComponent(ps.storageKey)}`);
  return new NextResponse(upstream.body, { headers: { "content-type": "application/pdf" } });
}
