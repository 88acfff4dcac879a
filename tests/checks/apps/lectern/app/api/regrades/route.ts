import { NextResponse } from "next/server";
import { makeHandlers } from "@/lib/api/route-builder";
import { kdb } from "@/lib/db/kysely";
import { isCourseStaff } from "@/lib/permissions";

// Regrade queue for TAs.
// ok: missing-auth
export const { GET, PATCH } = makeHandlers({
  GET: async (req, userId) => {
    const courseId = new URL(req.url).searchParams.get("courseId") ?? "";
    // ok: floating-auth-check
    if (!(await isCourseStaff(userId, courseId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
    const rows = await kdb
      .selectFrom("regrade_requests")
      .innerJoin("assignments", "assignments.id", "regrade_requests.submission_id")
      .innerJoin("cohorts", "cohorts.id", "assignments.cohort_id")
      .select(["regrade_requests.id", "regrade_requests.reason", "regrade_requests.status"])
      .where("cohorts.course_id", "=", courseId)
      .execute();
    // ok: excessive-data-exposure
    return NextResponse.json(rows);
  },
  // ruleid: missing-input-validation -- cast-only body values reach the update (made ruleid by the lead; LABELS.md, known gaps D)
  PATCH: async (req, userId) => {
    const { id, courseId, status } = (await req.json()) as { id: string; courseId: string; status: "accepted" | "rejected" };
    // ruleid: floating-auth-check
    isCourseStaff(userId, courseId);
    // ruleid: missing-authorization
    await kdb.updateTable("regrade_requests").set({ status }).where("id", "=", id).execute();
    return NextResponse.json({ ok: true });
  },
});
