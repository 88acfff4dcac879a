import { betterAuth } from "better-auth";
import { admin } from "better-auth/plugins";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Pool } from "pg";

// Super-admin console uses its own better-auth instance (separate staff accounts, enforced 2FA)
export const auth = betterAuth({
  database: new Pool({ connectionString: process.env.STAFF_DATABASE_URL }),
  emailAndPassword: { enabled: true, disableSignUp: true },
  plugins: [admin()],
});

export async function requireStaff() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session || session.user.role !== "admin") notFound();
  return session;
}
