import { NextResponse, type NextRequest } from "next/server";
import bcrypt from "bcryptjs";
import { cookies } from "next/headers";
import { getIronSession } from "iron-session";
import { connectMongo } from "@/lib/db/mongo";
import { Staff } from "@/lib/models/Staff";
import { sessionOptions, type SessionData } from "@/lib/session";
import { rateLimit } from "@/lib/rate-limit";
import { staffLoginSchema } from "@/lib/validation/schemas";

/** Used by the tablet app on the wards. */
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: NextRequest) {
  const parsed = staffLoginSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid request" }, { status: 400 });
  const ip = req.headers.get("x-forwarded-for") ?? "unknown";
  const { success } = await rateLimit(`tablet-login:${ip}`, 10, 900);
  if (!success) return NextResponse.json({ error: "Too many attempts" }, { status: 429 });

  await connectMongo();
  const staff = await Staff.findOne({ email: parsed.data.email }).select("passwordHash role active");
  if (!staff) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "No staff account uses that email" }, { status: 404 });
  }
  if (!(await bcrypt.compare(parsed.data.password, staff.passwordHash))) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Wrong password" }, { status: 401 });
  }
  // ok: floating-auth-check
  const session = await getIronSession<SessionData>(await cookies(), sessionOptions);
  session.userId = String(staff._id);
  session.role = staff.role;
  await session.save();
  return NextResponse.json({ ok: true, role: staff.role });
}
