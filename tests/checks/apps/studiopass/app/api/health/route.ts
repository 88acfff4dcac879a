import { prisma } from "@/lib/db";

// ok: missing-auth
export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    // ok: information-disclosure
    return Response.json({ status: "ok" });
  } catch (err) {
    // ruleid: information-disclosure
    return Response.json({ status: "degraded", detail: err instanceof Error ? err.stack : String(err) }, { status: 503 });
  }
}
