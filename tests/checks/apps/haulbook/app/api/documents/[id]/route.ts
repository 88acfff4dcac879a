import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/db/prisma";
import { signedDownload } from "@/lib/storage";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  if (typeof id !== "string" || id.length > 40) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ruleid: missing-authorization
  const doc = await prisma.document.findUnique({ where: { id }, select: { key: true } });
  if (!doc) return NextResponse.json({ error: "not found" }, { status: 404 });
  return NextResponse.redirect(await signedDownload(doc.key));
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  if (typeof id !== "string" || id.length > 40) return NextResponse.json({ error: "bad id" }, { status: 400 });
  const tenantId = user.app_metadata.tenant_id as string;
  // ok: missing-authorization
  const res = await prisma.document.deleteMany({ where: { id, tenantId } });
  return NextResponse.json({ deleted: res.count });
}
