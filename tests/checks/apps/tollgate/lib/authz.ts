import { getTenant, type Tenant } from "@/lib/tenant";
import { assertDeclarationAccess } from "@/lib/guards";

// Two helpers deep: session (getTenant → auth()) and ownership (assertDeclarationAccess → canEditDeclaration).
export async function requireDeclarationEditor(declarationId: string): Promise<Tenant> {
  const tenant = await getTenant();
  if (tenant.role === "org:viewer") throw new Error("Read-only role");
  // ok: floating-auth-check
  await assertDeclarationAccess(declarationId, tenant.orgId);
  return tenant;
}

// Looks like a guard, returns a boolean: callers have to check it.
export async function hasDeclarationAccess(declarationId: string): Promise<boolean> {
  const tenant = await getTenant();
  try {
    // ok: floating-auth-check
    await assertDeclarationAccess(declarationId, tenant.orgId);
    return true;
  } catch {
    return false;
  }
}
