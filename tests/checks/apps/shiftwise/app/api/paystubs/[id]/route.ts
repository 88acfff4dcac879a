import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";
import { signedGetUrl } from "@/lib/s3";

// ok: missing-auth, missing-authorization
// todoruleid: missing-input-validation -- route and search parameters into an ORM call are exempt (policy kept in pass 21: the literal reading found 17 labelled rows and flagged 51 ok or unlabelled ones across eight blind apps)
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ok: missing-authorization
  const { data: stub } = await supabase.from("pay_stubs").select("id, pdf_key").eq("id", id).eq("user_id", user.id).single();
  if (!stub) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json({ url: await signedGetUrl(stub.pdf_key) });
}

// ok: missing-auth
// todoruleid: missing-input-validation -- route and search parameters into an ORM call are exempt (policy kept in pass 21: the literal reading found 17 labelled rows and flagged 51 ok or unlabelled ones across eight blind apps)
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  const { data, error } = await supabase.from("pay_stubs").delete().eq("id", id).select();
  // ruleid: information-disclosure
  if (error) return NextResponse.json({ error: error.message }, { status: 400 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(data);
}
