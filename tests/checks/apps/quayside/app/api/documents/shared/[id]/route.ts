import { NextResponse } from "next/server";
import { z } from "zod";
import { payloadClient } from "@/lib/payload";
import { utapi } from "@/lib/storage";

// Recipients of a shared document unlock it with the password from the email.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit -- (todoruleid until pass 29) the share password compared inline, no limit
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const body = z.object({ password: z.string().min(1).max(100) }).safeParse(await req.json());
  if (!body.success || !/^[a-z0-9]{24}$/.test(id)) return NextResponse.json({ error: "invalid" }, { status: 400 });
  const payload = await payloadClient();
  const doc = await payload.findByID({ collection: "documents", id, depth: 0, select: { fileKey: true, sharePassword: true } }).catch(() => null);
  // ruleid: timing-unsafe-comparison
  if (!doc?.sharePassword || doc.sharePassword !== body.data.password) {
    // ok: information-disclosure
    return NextResponse.json({ error: "Wrong password or link expired." }, { status: 403 });
  }
  const { ufsUrl } = await utapi.generateSignedURL(doc.fileKey, { expiresIn: 300 });
  return NextResponse.json({ url: ufsUrl });
}
