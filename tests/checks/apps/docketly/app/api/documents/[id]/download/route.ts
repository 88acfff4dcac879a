import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { signedDownloadUrl } from "@/lib/storage";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = z.object({ id: z.string().cuid() }).parse(await params);
  // ok: missing-authorization
  const doc = await prisma.document.findFirst({
    where: { id, firmId: session.user.firmId, matter: { walls: { none: { userId: session.user.id } } } },
    select: { storageKey: true },
  });
  if (!doc) return NextResponse.json({ error: "not_found" }, { status: 404 });
  return NextResponse.redirect(await signedDownloadUrl(doc.storageKey, 120));
}
