import { NextResponse } from "next/server";
import { createSupabaseServer } from "@/lib/db/supabase-server";
import { prisma } from "@/lib/db/prisma";
import { connectMongo, ClaimPhoto } from "@/lib/db/mongo";
import { nanoid } from "nanoid";

const ALLOWED = new Set(["image/jpeg", "image/png", "image/heic"]);

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createSupabaseServer();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  if (typeof id !== "string" || id.length > 40) return NextResponse.json({ error: "bad id" }, { status: 400 });
  const form = await req.formData();
  const file = form.get("file");
  if (!(file instanceof File) || !ALLOWED.has(file.type) || file.size > 10_000_000) return NextResponse.json({ error: "bad file" }, { status: 400 });
  const claim = await prisma.claim.findFirst({
    // ok: missing-authorization
    where: { id, filedById: user.id },
    select: { id: true, companyId: true },
  });
  if (!claim) return NextResponse.json({ error: "not found" }, { status: 404 });
  const key = `claims/${nanoid()}.${file.type.split("/")[1]}`;
  await supabase.storage.from("claims").upload(key, file);
  await connectMongo();
  await ClaimPhoto.create({ claimId: claim.id, companyId: claim.companyId, uploaderId: user.id, storageKey: key, contentType: file.type });
  return NextResponse.json({ key });
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createSupabaseServer();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  if (typeof id !== "string") return NextResponse.json({ error: "bad id" }, { status: 400 });
  await connectMongo();
  // why: photos of any claim listed by route id; no claim ownership check.
  // ruleid: missing-authorization
  const photos = await ClaimPhoto.find({ claimId: id }).lean();
  // why: whole mongoose documents returned without projection.
  // ruleid: excessive-data-exposure
  return NextResponse.json(photos);
}

// why: reads the Supabase user but never checks it before deleting the photo.
// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE(req: Request) {
  const supabase = await createSupabaseServer();
  const { data } = await supabase.auth.getUser();
  const key = new URL(req.url).searchParams.get("key");
  if (!key || !/^claims\/[\w-]+\.(jpeg|png|heic)$/.test(key)) return NextResponse.json({ error: "bad key" }, { status: 400 });
  await connectMongo();
  await ClaimPhoto.deleteOne({ storageKey: key, uploaderId: data.user?.id });
  return NextResponse.json({ ok: true });
}
