import { type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import Membership from "@/models/Membership";
import { canManageGym } from "@/lib/session";
import { objectId } from "@/lib/validation";

// CSV export for managers: /api/export/members?gymId=...
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return new Response("unauthorized", { status: 401 });
  const gymId = objectId.parse(req.nextUrl.searchParams.get("gymId"));
  // ruleid: floating-auth-check
  if (!canManageGym(session.user.id, gymId)) return new Response("forbidden", { status: 403 });
  await dbConnect();
  // todoruleid: missing-authorization -- known gap (pass 42, O): read filtered by client gymId after a floating role check not flagged
  const rows = await Membership.find({ gymId }).select("plan status renewsAt userId").populate("userId", "name email").lean();
  const csv = ["name,email,plan,status,renews"]
    .concat(rows.map((r) => {
      const u = r.userId as unknown as { name: string; email: string };
      return [u?.name, u?.email, r.plan, r.status, r.renewsAt?.toISOString() ?? ""].join(",");
    }))
    .join("\n");
  return new Response(csv, { headers: { "content-type": "text/csv" } });
}
