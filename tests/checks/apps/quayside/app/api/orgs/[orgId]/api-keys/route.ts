import { NextResponse } from "next/server";
import { withOrg } from "@/lib/route-wrappers";
import { getEm, ApiKey } from "@/lib/db/orm";
import { generateApiKey } from "@/lib/api-keys";
import { hasRole } from "@/lib/auth";
import { ApiKeyCreateSchema } from "@/lib/validation/schemas";

// CLI `quayside login` creates a key through this endpoint.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const POST = withOrg(async (req, { session }) => {
  // ok: floating-auth-check
  if (!hasRole(session, "owner", "admin")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const parsed = ApiKeyCreateSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 422 });
  const { raw, prefix, keyHash } = generateApiKey();
  const em = await getEm();
  em.create(ApiKey, { org: session.orgId, name: parsed.data.name, scopes: parsed.data.scopes, prefix, keyHash, createdById: session.memberId });
  await em.flush();
  // ok: excessive-data-exposure
  return NextResponse.json({ key: raw, prefix }, { status: 201 });
});
