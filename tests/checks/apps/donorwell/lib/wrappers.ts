import "server-only";
import { requireCentreStaff, requireDonor, type StaffRole } from "@/lib/dal";
import { audit } from "@/lib/audit";

type Staff = Awaited<ReturnType<typeof requireCentreStaff>>;
type Donor = Awaited<ReturnType<typeof requireDonor>>;

export function withCentre<A extends unknown[], R>(fn: (staff: Staff, ...args: A) => Promise<R>, roles?: StaffRole[]) {
  return async (...args: A) => {
    const staff = await requireCentreStaff(roles);
    return fn(staff, ...args);
  };
}

export function withAuditedCentre<A extends unknown[], R>(action: string, fn: (staff: Staff, ...args: A) => Promise<R>) {
  return async (...args: A) => {
    const staff = await requireCentreStaff(["manager"]);
    const result = await fn(staff, ...args);
    await audit.record({ actorId: staff.user.id, action, target: staff.centreId });
    return result;
  };
}

export function withDonor<A extends unknown[], R>(fn: (donor: Donor, ...args: A) => Promise<R>) {
  return async (...args: A) => fn(await requireDonor(), ...args);
}

// Adds a trace span name. Does not authenticate.
export function withTracing<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) {
  return async (...args: A) => {
    const started = Date.now();
    try {
      return await fn(...args);
    } finally {
      console.debug(`[trace] ${name} ${Date.now() - started}ms`);
    }
  };
}
