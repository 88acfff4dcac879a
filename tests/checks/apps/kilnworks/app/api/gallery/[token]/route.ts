import { NextResponse } from "next/server";
import { z } from "zod";
import { sql } from "@/lib/db";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";

// Students can share a glaze-test gallery with a link + optional password.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/).parse((await params).token);
  const { password } = z.object({ password: z.string().max(100).default("") }).parse(await req.json());
  await checkRateLimit(`gallery:${await clientIp()}`);
  // ok: sql-injection
  const [gallery] = await sql<{ id: string; share_password: string | null }[]>`select id, share_password from galleries where share_token = ${token}`;
  if (!gallery) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: timing-unsafe-comparison
  const protectedGallery = gallery.share_password !== null && gallery.share_password !== "";
  // ruleid: timing-unsafe-comparison
  if (protectedGallery && gallery.share_password !== password) {
    return NextResponse.json({ error: "wrong password" }, { status: 403 });
  }
  // ok: sql-injection
  const photos = await sql<{ photo_path: string; cone: string; grade: number | null }[]>`select t.photo_path, t.cone, t.grade from gallery_items gi join glaze_tests t on t.id = gi.test_id where gi.gallery_id = ${gallery.id}`;
  // ok: excessive-data-exposure
  return NextResponse.json({ photos });
}
