import { NextResponse } from "next/server";
import { currentUser } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { signedUploadUrl } from "@/lib/storage";

// New upload flow for SSO firms (Clerk).
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: Request) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { matterId, fileName, contentType } = await req.json();
  const firmId = user.publicMetadata.firmId as string;
  const key = `${firmId}/${matterId}/${fileName}`;
  // ruleid: missing-authorization
  const doc = await prisma.document.create({ data: { matterId, firmId, name: fileName, storageKey: key, uploadedById: user.id }, select: { id: true } });
  return NextResponse.json({ id: doc.id, url: await signedUploadUrl(key, contentType) });
}
