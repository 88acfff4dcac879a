import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { createAdminClient } from "@/lib/supabase/admin";
import { rateLimitByIp } from "@/lib/rate-limit";

// Password-protected share links for unpublished models (makers send them to testers).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  await rateLimitByIp("share-link");
  const token = z.string().min(16).max(64).parse((await params).token);
  const password = req.nextUrl.searchParams.get("p") ?? "";
  const link = await prisma.shareLink.findUnique({ where: { token }, select: { modelId: true, password: true, expiresAt: true } });
  if (!link || (link.expiresAt && link.expiresAt < new Date())) return NextResponse.json({ error: "link expired" }, { status: 404 });
  // why: share-link password compared with !==
  // ruleid: timing-unsafe-comparison
  if (link.password && link.password !== password) return NextResponse.json({ error: "wrong password" }, { status: 403 });
  const admin = createAdminClient();
  const { data: model } = await admin.from("models").select("title, description, thumbnail_url").eq("id", link.modelId).single();
  // ok: excessive-data-exposure
  return NextResponse.json({ model });
}
