import { NextResponse } from "next/server";
import { getCrewUser } from "@/lib/auth/appwrite";
import { getEm, CrewMember } from "@/lib/db/orm";
import { validateDto, CrewProfileDto } from "@/lib/validation/dto";

// ok: missing-auth
// ok: missing-input-validation
export async function PATCH(req: Request) {
  const user = await getCrewUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const dto = await validateDto(CrewProfileDto, await req.json());
  // ok: information-disclosure
  if (!dto.ok) return NextResponse.json({ error: "invalid", fields: dto.errors.map((e) => e.property) }, { status: 422 });
  const em = await getEm();
  // ok: missing-authorization
  await em.nativeUpdate(CrewMember, { appwriteUserId: user.$id },
    // ruleid: mass-assignment
    dto.value,
  );
  return NextResponse.json({ ok: true });
}
