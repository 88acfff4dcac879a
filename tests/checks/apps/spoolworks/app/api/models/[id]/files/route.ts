import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { createAdminClient } from "@/lib/supabase/admin";
import { prisma } from "@/lib/db/prisma";

// Signed download link: public models for everyone, private ones for the owner or a shop printing an order of it.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.string().uuid().parse((await params).id);
  const admin = createAdminClient();
  const { data: model } = await admin.from("models").select("id, owner_id, is_public, file_path").eq("id", id).maybeSingle();
  if (!model) return NextResponse.json({ error: "not found" }, { status: 404 });
  if (!model.is_public) {
    const supabase = await createClient();
    const {
      data: { user },
    } = await supabase.auth.getUser();
    if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
    const hasOrder = await prisma.order.count({ where: { modelId: id, customer: { supabaseUserId: user.id } } });
    if (model.owner_id !== user.id && hasOrder === 0) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const { data } = await admin.storage.from("model-files").createSignedUrl(model.file_path, 300);
  // ok: excessive-data-exposure
  return NextResponse.json({ url: data?.signedUrl });
}
