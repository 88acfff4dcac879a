import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { signedDownloadUrl, signedUploadUrl } from "@/lib/storage";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const claimId = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  const { data: claim } = await supabase.from("claims").select("id").eq("id", claimId).eq("user_id", user.id).single();
  if (!claim) return NextResponse.json({ error: "not found" }, { status: 404 });
  const { data: docs } = await supabase.from("claim_documents").select("id, key, filename").eq("claim_id", claim.id);
  const out = await Promise.all((docs ?? []).map(async (d) => ({ id: d.id, filename: d.filename, url: await signedDownloadUrl(d.key) })));
  // ok: excessive-data-exposure
  return NextResponse.json(out);
}

const uploadBody = z.object({ filename: z.string().regex(/^[\w.\- ]{1,120}$/), contentType: z.enum(["application/pdf", "image/jpeg", "image/png"]) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const supabase = await createClient();
    const {
      data: { user },
    } = await supabase.auth.getUser();
    if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
    const claimId = z.string().uuid().parse((await params).id);
    const body = uploadBody.parse(await req.json());
    // ok: missing-authorization
    const { data: claim } = await supabase.from("claims").select("id").eq("id", claimId).eq("user_id", user.id).single();
    if (!claim) return NextResponse.json({ error: "not found" }, { status: 404 });
    const key = `claims/${claim.id}/${crypto.randomUUID()}-${body.filename}`;
    await supabase.from("claim_documents").insert({ claim_id: claim.id, key, filename: body.filename });
    return NextResponse.json({ url: await signedUploadUrl(key, body.contentType) });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
}
