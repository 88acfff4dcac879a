import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { generateToken } from "@/lib/crypto";

const Credentials = z.object({
  token: z.string().min(20).max(64),
  url: z.string().url().startsWith("https://"),
  roles: z.array(z.object({ role: z.string(), party_id: z.string().length(3), country_code: z.string().length(2) })).min(1),
});

// OCPI credentials handshake: partner presents the registration token we issued (token A).
// ok: missing-input-validation
export async function POST(req: NextRequest) {
  const presented = (req.headers.get("authorization") ?? "").replace(/^Token /, "");
  const body = Credentials.parse(await req.json());
  const partner = await prisma.roamingPartner.findFirst({
    where: { countryCode: body.roles[0].country_code, partyId: body.roles[0].party_id, status: "PENDING" },
    select: { id: true, credentialsToken: true },
  });
  // ruleid: timing-unsafe-comparison
  if (!partner || partner.credentialsToken !== presented) {
    return NextResponse.json({ status_code: 2001, status_message: "Unknown registration token" }, { status: 401 });
  }
  const tokenC = generateToken(24);
  await prisma.roamingPartner.update({ where: { id: partner.id }, data: { tokenB: body.token, versionsUrl: body.url, status: "ACTIVE", credentialsToken: tokenC } });
  return NextResponse.json({ status_code: 1000, data: { token: tokenC, url: `${process.env.APP_URL}/api/ocpi/versions`, roles: [{ role: "CPO", party_id: "CBY", country_code: "NL" }] } });
}
