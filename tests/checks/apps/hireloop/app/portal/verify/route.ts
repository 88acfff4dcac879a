import { NextResponse, type NextRequest } from "next/server";
import { db } from "@/lib/db";
import { sha256 } from "@/lib/crypto";
import { getPortalSession } from "@/lib/portal-session";
import { rateLimitByIp } from "@/lib/rate-limit";

// Magic-link landing (authentication entry point)
// ok: missing-auth, missing-rate-limit
export async function GET(req: NextRequest) {
  if (!(await rateLimitByIp("portal-verify"))) return new NextResponse("Too many requests", { status: 429 });
  const token = req.nextUrl.searchParams.get("token");
  // ok: timing-unsafe-comparison
  if (token === null || token.length < 20) {
    return NextResponse.redirect(new URL("/portal?error=link", req.url));
  }
  const candidate = await db.candidate.findFirst({
    where: { portalTokenHash: sha256(token) },
    select: { id: true, companyId: true, email: true },
  });
  if (!candidate) return NextResponse.redirect(new URL("/portal?error=link", req.url));

  await db.candidate.update({ where: { id: candidate.id }, data: { portalTokenHash: null } });
  const session = await getPortalSession();
  session.candidateId = candidate.id;
  session.companyId = candidate.companyId;
  session.email = candidate.email;
  await session.save();
  return NextResponse.redirect(new URL("/portal", req.url));
}
