import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { getStaffSession, type StaffSession } from "@/lib/auth/session";
import { safeEqual } from "@/lib/crypto";

type OrgParams = { orgId: string };
type OrgHandler<P extends OrgParams> = (req: NextRequest, ctx: { session: StaffSession; params: P }) => Promise<Response>;

/**
 * For /api/orgs/[orgId]/*: signed-in member of exactly that organisation.
 * (The org id in the URL exists for the public API docs; the session decides.)
 */
export function withOrg<P extends OrgParams>(handler: OrgHandler<P>) {
  return async (req: NextRequest, segment: { params: Promise<P> }) => {
    const session = await getStaffSession();
    if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
    const params = await segment.params;
    if (params.orgId !== session.orgId) return NextResponse.json({ error: "not_found" }, { status: 404 });
    return handler(req, { session, params });
  };
}

/** Vercel Cron sends `Authorization: Bearer $CRON_SECRET`. */
export function withCronSecret(handler: (req: NextRequest) => Promise<Response>) {
  return async (req: NextRequest) => {
    const header = req.headers.get("authorization") ?? "";
    const expected = `Bearer ${process.env.CRON_SECRET}`;
    // ok: timing-unsafe-comparison
    if (!process.env.CRON_SECRET || !safeEqual(header, expected)) {
      return new NextResponse("unauthorized", { status: 401 });
    }
    return handler(req);
  };
}
