import { requireStaff, getStaff } from "@/lib/auth/kinde";
import { createAuditLog } from "@/lib/audit";

export type ClinicCtx = { staffId: string; clinicId: string; role: string };

// Authenticates (requireStaff redirects) and scopes to the caller's clinic. Does not validate input.
export function withClinic<I, R>(fn: (ctx: ClinicCtx, input: I) => Promise<R>) {
  return async (input: I): Promise<R> => {
    const staff = await requireStaff();
    return fn({ staffId: staff.id, clinicId: staff.clinicId, role: staff.role }, input);
  };
}

// Same, and writes an audit row after the inner function succeeds.
export function withClinicAudit<I, R>(action: string, fn: (ctx: ClinicCtx, input: I) => Promise<R>) {
  return async (input: I): Promise<R> => {
    const staff = await requireStaff();
    const out = await fn({ staffId: staff.id, clinicId: staff.clinicId, role: staff.role }, input);
    await createAuditLog({ actorId: staff.id, clinicId: staff.clinicId, action });
    return out;
  };
}

// Used by the kiosk screens: tolerates a missing session (kiosk tablets were never signed in).
export function withClinicContext<I, R>(fn: (ctx: ClinicCtx, input: I) => Promise<R>) {
  return async (input: I): Promise<R> => {
    const staff = await getStaff();
    return fn({ staffId: staff?.id ?? "kiosk", clinicId: staff?.clinicId ?? process.env.DEFAULT_CLINIC_ID!, role: staff?.role ?? "kiosk" }, input);
  };
}
