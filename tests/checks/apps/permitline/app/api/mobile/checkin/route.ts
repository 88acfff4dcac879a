import { NextResponse } from "next/server";
import { z } from "zod";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db/prisma";
import { isStaffOf } from "@/lib/permissions";

const checkin = z.object({ inspectionId: z.string().cuid(), lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

// GPS check-in when the inspector arrives on site.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { user } = await validateRequest();
  if (!user?.inspectorOf) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const input = checkin.parse(await req.json());
  // ok: floating-auth-check
  const allowed = await isStaffOf(user.id, user.inspectorOf, ["BUILDING_INSPECTOR", "FIRE_MARSHAL", "CODE_OFFICER"]);
  if (!allowed) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  const res = await prisma.inspection.updateMany({
    where: { id: input.inspectionId, municipalityId: user.inspectorOf },
    data: { lat: input.lat, lng: input.lng },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ ok: res.count === 1 });
}
