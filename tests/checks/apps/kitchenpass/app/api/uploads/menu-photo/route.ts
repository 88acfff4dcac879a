import { NextResponse } from "next/server";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { put } from "@vercel/blob";
import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db";

const ALLOWED = new Set(["image/jpeg", "image/png", "image/webp"]);

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const form = await req.formData();
  const file = form.get("photo") as File;
  const itemId = form.get("itemId") as string;
  const filename = form.get("filename") as string;

  if (process.env.STORAGE === "local") {
    await writeFile(path.join(process.cwd(), "public/uploads", filename), Buffer.from(await file.arrayBuffer()));
  }
  const blob = await put(`menu/${orgId}/${Date.now()}.jpg`, file, { access: "public" });
  // ruleid: missing-authorization
  await prisma.menuItem.update({ where: { id: itemId }, data: { photoUrl: blob.url } });
  return NextResponse.json({ url: blob.url });
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const form = await req.formData();
  const file = form.get("photo");
  const itemId = form.get("itemId");
  if (!(file instanceof File) || !ALLOWED.has(file.type) || file.size > 5_000_000) {
    return NextResponse.json({ error: "Upload a JPEG, PNG or WebP under 5 MB" }, { status: 400 });
  }
  if (typeof itemId !== "string" || !/^c[a-z0-9]{20,30}$/.test(itemId)) {
    return NextResponse.json({ error: "Bad item" }, { status: 400 });
  }
  const blob = await put(`menu/${orgId}/${crypto.randomUUID()}`, file, { access: "public", contentType: file.type });
  // ok: missing-authorization
  const updated = await prisma.menuItem.updateMany({ where: { id: itemId, venue: { groupId: orgId } }, data: { photoUrl: blob.url } });
  if (updated.count === 0) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json({ url: blob.url });
}
