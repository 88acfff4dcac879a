import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { portalAuth } from "@/lib/auth/better-auth";
import { prisma } from "@/lib/db/prisma";
import { signedDownloadUrl } from "@/services/storage";

// Customer-side "download my attachment" (help-center portal).
// ok: missing-auth, missing-authorization
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await portalAuth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "sign in" }, { status: 401 });
  const file = await prisma.attachment.findFirst({
    where: { id, ticket: { customer: { email: session.user.email } } },
    select: { storageKey: true, fileName: true },
  });
  if (!file) return NextResponse.json({ error: "not found" }, { status: 404 });
  return NextResponse.redirect(await signedDownloadUrl(file.storageKey, file.fileName));
}
