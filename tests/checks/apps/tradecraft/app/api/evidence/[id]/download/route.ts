import { NextResponse } from "next/server";
import { z } from "zod";
import { getOrgContext } from "@/lib/auth/session";
import { canAccessApprentice } from "@/lib/auth/permissions";
import { getEvidenceForOrg } from "@/lib/dal/apprentices";
import { signedDownloadUrl } from "@/lib/storage";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await getOrgContext();
  const id = z.string().uuid().parse((await params).id);
  // ok: missing-authorization
  const item = await getEvidenceForOrg(ctx.orgId, id);
  if (!item || !(await canAccessApprentice(ctx, item.apprenticeId))) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  return NextResponse.redirect(await signedDownloadUrl(item.fileKey));
}
