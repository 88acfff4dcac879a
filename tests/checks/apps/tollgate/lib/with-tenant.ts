import { getTenant, requireBroker, type Tenant } from "@/lib/tenant";
import { logEvent } from "@/lib/audit";

// Project wrapper: resolves the tenant (redirects when signed out) and hands it to the action.
export function withTenant<A extends unknown[], R>(fn: (tenant: Tenant, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const tenant = await getTenant();
    return fn(tenant, ...args);
  };
}

// Broker-only wrapper; audits every call.
export function withBroker<A extends unknown[], R>(action: string, fn: (tenant: Tenant, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const tenant = await requireBroker();
    const result = await fn(tenant, ...args);
    await logEvent({ importerId: tenant.orgId, actorId: tenant.userId, action });
    return result;
  };
}

// Timing only. Does not authenticate.
export function withTiming<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const started = Date.now();
    try {
      return await fn(...args);
    } finally {
      console.log(`[action] ${name} ${Date.now() - started}ms`);
    }
  };
}
