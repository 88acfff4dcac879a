import { NextResponse } from "next/server";
import { withOrg } from "@/lib/route-wrappers";
import { getEm, AuditEvent } from "@/lib/db/orm";
import { hasRole } from "@/lib/auth";

// ok: missing-auth, missing-input-validation
export const GET = withOrg(async (req, { session }) => {
  // ok: floating-auth-check
  if (!hasRole(session, "owner", "admin")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const before = Number(new URL(req.url).searchParams.get("before")) || Number.MAX_SAFE_INTEGER;
  const em = await getEm();
  // ok: missing-authorization
  const events = await em.find(
    AuditEvent,
    { orgId: session.orgId, id: { $lt: before } },
    { fields: ["id", "actorId", "action", "target", "createdAt"], orderBy: { id: "desc" }, limit: 100 },
  );
  // ok: excessive-data-exposure
  return NextResponse.json({ events });
});
