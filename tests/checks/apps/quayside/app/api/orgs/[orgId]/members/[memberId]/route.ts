import { NextResponse } from "next/server";
import { withOrg } from "@/lib/route-wrappers";
import { getEm, Member } from "@/lib/db/orm";
import { isOrgAdmin, hasRole } from "@/lib/auth";
import { Id } from "@/lib/validation/schemas";

type P = { orgId: string; memberId: string };

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const DELETE = withOrg<P>(async (_req, { session, params }) => {
  // ruleid: floating-auth-check
  if (!isOrgAdmin(session.memberId, session.orgId)) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const memberId = Id.parse(params.memberId);
  const em = await getEm();
  // ok: missing-authorization
  await em.nativeUpdate(Member, { id: memberId, org: session.orgId, role: { $ne: "owner" } }, { disabledAt: new Date() });
  return new NextResponse(null, { status: 204 });
});

// ok: missing-auth, missing-input-validation
export const GET = withOrg<P>(async (_req, { session, params }) => {
  // ok: floating-auth-check
  if (!hasRole(session, "owner", "admin") && params.memberId !== session.memberId) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const em = await getEm();
  // ok: missing-authorization
  const m = await em.findOne(Member, { id: Id.parse(params.memberId), org: session.orgId }, { fields: ["id", "name", "email", "role", "totpEnabled"] });
  // ok: excessive-data-exposure
  return m ? NextResponse.json(m) : NextResponse.json({ error: "not_found" }, { status: 404 });
});
