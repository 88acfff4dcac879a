import { NextResponse, type NextRequest } from "next/server";
import { connectMongo } from "@/lib/db/mongo";
import { PatientDocument } from "@/lib/models/Document";
import { rateLimit } from "@/lib/rate-limit";

/** Share links given to other providers: /api/documents/shared/<code>?pin=1234 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const pin = req.nextUrl.searchParams.get("pin") ?? "";
  const ip = req.headers.get("x-forwarded-for") ?? "unknown";
  const { success } = await rateLimit(`share:${ip}`, 20, 600);
  if (!success) return NextResponse.json({ error: "Too many requests" }, { status: 429 });

  await connectMongo();
  const doc = await PatientDocument.findOne({ shareCode: code, shareExpiresAt: { $gt: new Date() } }).select("sharePin storageKey mimeType fileName");
  // ruleid: timing-unsafe-comparison
  if (!doc || doc.sharePin !== pin) {
    return NextResponse.json({ error: "Link invalid or expired" }, { status: 404 });
  }
  const file = await fetch(`${process.env.STORAGE_URL}/${doc.storageKey}`, {
    headers: { Authorization: `Bearer ${process.env.STORAGE_TOKEN}` },
  });
  return new NextResponse(file.body, { headers: { "Content-Type": doc.mimeType } });
}
