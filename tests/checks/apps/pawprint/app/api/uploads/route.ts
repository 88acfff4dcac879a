import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { signedUploadUrl } from "@/lib/storage";

const body = z.object({ walkId: z.string().cuid(), contentType: z.enum(["image/jpeg", "image/png", "image/heic"]) });

// Walk photo uploads from the sitter app.
// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = body.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  const key = `walks/${parsed.data.walkId}/${session.user.id}/${crypto.randomUUID()}`;
  return NextResponse.json({ key, url: await signedUploadUrl(key, parsed.data.contentType) });
}
