import { NextResponse } from "next/server";
import { scimAgency } from "../_auth";

const GROUPS = ["admin", "scheduler", "support", "finance"];

// ok: missing-auth
export async function GET(req: Request) {
  const agency = await scimAgency(req);
  if (!agency) return NextResponse.json({ detail: "Unauthorized" }, { status: 401 });
  return NextResponse.json({
    schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
    totalResults: GROUPS.length,
    Resources: GROUPS.map((g) => ({ id: g, displayName: g })),
  });
}
