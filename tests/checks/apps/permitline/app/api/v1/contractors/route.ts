import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifyApiKey } from "@/lib/api-keys";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const principal = await verifyApiKey(req, "contractors:read");
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const license = z.string().regex(/^[A-Z0-9-]{4,20}$/).parse(req.nextUrl.searchParams.get("license"));
  // todook: missing-authorization -- ambiguous: whether an API-key scope is a role check and a licence record private data
  const contractors = await prisma.contractor.findMany({ where: { licenseNumber: license } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(contractors);
}
