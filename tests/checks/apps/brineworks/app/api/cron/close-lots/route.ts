import { NextResponse } from "next/server";
import { secureCompare } from "@/lib/secure-compare";
import { expireStaleLots } from "@/app/actions/lots";

// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return new NextResponse("Unauthorized", { status: 401 });
  }
  const result = await expireStaleLots();
  return NextResponse.json(result);
}
