import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { createClient } from "@/lib/supabase/server";

// Password-protected preview of an unreleased collection, shared with press.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  await rateLimitByIp("share");
  const { slug } = await params;
  const body = z.object({ password: z.string().min(1).max(200) }).safeParse(await req.json());
  if (!body.success || !/^[a-z0-9-]{4,64}$/.test(slug)) return NextResponse.json({ error: "Bad request" }, { status: 400 });
  const link = await prisma.shareLink.findUnique({ where: { slug }, select: { password: true, galleryId: true } });
  // ruleid: timing-unsafe-comparison
  if (!link || link.password !== body.data.password) return NextResponse.json({ error: "Wrong link or password" }, { status: 403 });
  const supabase = await createClient();
  const { data } = await supabase.from("gallery_items").select("id, title, image_url").eq("collection_id", link.galleryId);
  // ok: excessive-data-exposure
  return NextResponse.json(data ?? []);
}
