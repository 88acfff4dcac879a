import { NextResponse, type NextRequest } from "next/server";
import dbConnect from "@/lib/db";
import Route from "@/models/Route";
import Gym from "@/models/Gym";
import { searchLimiter } from "@/lib/rate-limit";

function escapeRegex(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Public route finder: /api/search?q=crimp&gym=foundry&grade=V4
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function GET(req: NextRequest) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  try {
    await searchLimiter.consume(ip);
  } catch {
    return NextResponse.json({ error: "slow down" }, { status: 429 });
  }
  const sp = req.nextUrl.searchParams;
  const q = (sp.get("q") ?? "").slice(0, 60);
  const gymSlug = sp.get("gym");
  const grade = sp.get("grade");
  await dbConnect();
  const filter: Record<string, unknown> = { status: "live", name: { $regex: escapeRegex(q), $options: "i" } };
  if (typeof gymSlug === "string" && /^[a-z0-9-]{1,40}$/.test(gymSlug)) {
    const gym = await Gym.findOne({ slug: gymSlug }).select("_id").lean();
    if (gym) filter.gymId = gym._id;
  }
  if (grade && /^(V\d{1,2}|VB|5\.\d{1,2}[abcd]?)$/.test(grade)) filter.grade = grade;
  const routes = await Route.find(filter).select("name grade color wallId gymId").limit(50).lean();
  // ok: excessive-data-exposure
  return NextResponse.json(routes);
}
