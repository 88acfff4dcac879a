import { NextResponse } from "next/server";
import { getCrewUser, createAdminClient } from "@/lib/auth/appwrite";
import { getEm, CrewMember } from "@/lib/db/orm";

// "Delete my account" in the crew app (App Store requirement).
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function DELETE() {
  const user = await getCrewUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const em = await getEm();
  // ok: missing-authorization
  await em.nativeUpdate(CrewMember, { appwriteUserId: user.$id }, { appwriteUserId: null, active: false, phone: null });
  await createAdminClient().users.delete(user.$id);
  return new NextResponse(null, { status: 204 });
}
