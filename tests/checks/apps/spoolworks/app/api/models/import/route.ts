import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const ImportBody = z.object({ sourceUrl: z.string().url().refine((u) => /^https:\/\/(www\.)?(printables|thingiverse)\.com\//.test(u), "unsupported source") });

// Import a model listing from Printables/Thingiverse.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  try {
    const { sourceUrl } = ImportBody.parse(await req.json());
    const meta = await fetch(sourceUrl, { headers: { accept: "application/json" } }).then((r) => r.json());
    // ok: mass-assignment
    const { data } = await supabase.from("models").insert({ title: String(meta.name).slice(0, 120), description: String(meta.summary ?? "").slice(0, 5000), owner_id: user.id, license: "CC-BY" }).select("id").single();
    return NextResponse.json({ id: data?.id });
  } catch (err) {
    // why: raw exception message (fetch/zod/db internals) sent to the client
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message }, { status: 500 });
  }
}
