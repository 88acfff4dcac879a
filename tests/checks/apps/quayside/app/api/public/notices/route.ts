import { NextResponse, type NextRequest } from "next/server";
import { payloadClient } from "@/lib/payload";

// Public notices to mariners (Payload "notices" collection).
// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const marina = req.nextUrl.searchParams.get("marina") ?? "";
  if (!/^[a-z0-9-]{2,64}$/.test(marina)) return NextResponse.json({ notices: [] });
  const payload = await payloadClient();
  const { docs } = await payload.find({
    collection: "notices",
    where: { and: [{ marinaSlug: { equals: marina } }, { publishedAt: { exists: true } }] },
    sort: "-publishedAt",
    limit: 20,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ notices: docs.map((d) => ({ id: d.id, title: d.title, body: d.body, publishedAt: d.publishedAt })) });
}
