import "server-only";
import { redirect } from "next/navigation";
import type { User } from "@supabase/supabase-js";
import { createClient } from "@/lib/supabase/server";
import { auditLog } from "@/lib/audit";

type StaffProfile = { id: string; role: "teacher" | "office" | "admin"; full_name: string };

/**
 * Wraps a server action so it only runs for signed-in staff.
 *   export const postAnnouncement = withStaff(async (staff, formData: FormData) => { ... })
 */
export function withStaff<A extends unknown[], R>(handler: (staff: { user: User; profile: StaffProfile }, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const supabase = await createClient();
    const {
      data: { user },
    } = await supabase.auth.getUser();
    if (!user) redirect("/login");
    const { data: profile } = await supabase.from("profiles").select("id, role, full_name").eq("id", user.id).single();
    if (!profile || profile.role === "guardian") throw new Error("Staff only");
    return handler({ user, profile: profile as StaffProfile }, ...args);
  };
}

/** Office/admin only, and every call is written to the audit log. */
export function withOffice<A extends unknown[], R>(handler: (staff: { user: User; profile: StaffProfile }, ...args: A) => Promise<R>) {
  return withStaff<A, R>(async (staff, ...args) => {
    if (staff.profile.role !== "office" && staff.profile.role !== "admin") throw new Error("Office only");
    await auditLog({ actorId: staff.user.id, action: `office.${handler.name || "action"}` });
    return handler(staff, ...args);
  });
}

/** Timing only — added for the Vercel OTel experiment. Does not authenticate. */
export function withTracing<A extends unknown[], R>(name: string, handler: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const started = performance.now();
    try {
      return await handler(...args);
    } finally {
      console.log(`[trace] ${name} ${Math.round(performance.now() - started)}ms`);
    }
  };
}
