import { NextResponse } from "next/server";
import { getEmployerSession } from "@/lib/auth/employer-session";

// ok: missing-auth
export async function DELETE() {
  const session = await getEmployerSession();
  session.destroy();
  return NextResponse.json({ ok: true });
}
