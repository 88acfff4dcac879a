import { NextResponse } from "next/server";
import { withOrg } from "@/lib/route-wrappers";
import { getEm, Member } from "@/lib/db/orm";

// ok: missing-auth, missing-input-validation
export const GET = withOrg(async (_req, { session }) => {
  const em = await getEm();
  // ok: missing-authorization
  const members = await em.find(Member, { org: session.orgId, disabledAt: null }, { orderBy: { name: "asc" } });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ members });
});
