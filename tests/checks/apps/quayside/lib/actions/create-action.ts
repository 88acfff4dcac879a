import "server-only";
import type { z } from "zod";
import { getStaffSession, type StaffSession } from "@/lib/auth/session";
import type { Role } from "@/lib/db/entities";
import { recordEvent } from "@/lib/audit";
import { slidingWindow, clientIp } from "@/lib/rate-limit";
import { logger } from "@/lib/logger";
import { ActionError } from "./safe-action";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

type Options<S extends z.ZodTypeAny> = {
  schema: S;
  /** default true */
  auth?: boolean;
  roles?: Role[];
  /** requests per minute per member/IP */
  perMinute?: number;
  /** audit action name; written after the handler succeeds */
  audit?: string;
};

type Ctx<A extends boolean | undefined> = A extends false ? { session: StaffSession | null } : { session: StaffSession };

/**
 * The original action helper (2023). New code uses next-safe-action clients from ./safe-action,
 * but bookings, boats and tickets still go through this.
 */
export function createAction<S extends z.ZodTypeAny, R, A extends boolean | undefined = true>(
  opts: Options<S> & { auth?: A },
  handler: (input: z.infer<S>, ctx: Ctx<A>) => Promise<R>,
) {
  return async (raw: unknown): Promise<ActionResult<R>> => {
    const parsed = await opts.schema.safeParseAsync(raw instanceof FormData ? Object.fromEntries(raw) : raw);
    if (!parsed.success) {
      return { ok: false, error: "Please check the highlighted fields.", fieldErrors: parsed.error.flatten().fieldErrors };
    }

    let session: StaffSession | null = null;
    if (opts.auth !== false) {
      session = await getStaffSession();
      if (!session) return { ok: false, error: "Your session has expired." };
      if (opts.roles && !opts.roles.includes(session.role)) return { ok: false, error: "You do not have access to that." };
    }

    if (opts.perMinute) {
      const key = session ? `m:${session.memberId}` : `ip:${await clientIp()}`;
      if (!slidingWindow(key, opts.perMinute, 60_000)) return { ok: false, error: "Slow down a little." };
    }

    try {
      const data = await handler(parsed.data, { session } as Ctx<A>);
      if (opts.audit && session) {
        await recordEvent({ orgId: session.orgId, actorId: session.memberId, action: opts.audit, meta: { input: parsed.data } });
      }
      return { ok: true, data };
    } catch (err) {
      if (err instanceof ActionError) {
        // ok: information-disclosure
        return { ok: false, error: err.message };
      }
      logger.error({ err }, "createAction handler failed");
      // ok: information-disclosure
      return { ok: false, error: "Something went wrong. Please try again." };
    }
  };
}
