import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { adminAuth, firestore } from "@/lib/firebase-admin";
import { TECH_SESSION_COOKIE } from "@/lib/firebase-session";

/** Today's route for the signed-in technician. */
// ok: missing-auth
export async function GET() {
  const cookie = (await cookies()).get(TECH_SESSION_COOKIE)?.value ?? "";
  const decoded = await adminAuth.verifySessionCookie(cookie, true).catch(() => null);
  if (!decoded) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const snap = await firestore
    .collection("routes")
    .where("technicianUid", "==", decoded.uid)
    .where("day", "==", new Date().toISOString().slice(0, 10))
    .get();
  const stops = snap.docs.map((d) => ({
    id: d.id,
    jobId: d.get("jobId") as string,
    eta: d.get("eta") as string,
    address: d.get("address") as string,
  }));
  // ok: excessive-data-exposure
  return NextResponse.json({ stops });
}
