import { getKindeServerSession } from "@kinde-oss/kinde-auth-nextjs/server";
import { redirect } from "next/navigation";

// Super-admin console authenticates Tradecraft staff through Kinde (separate tenant).
export async function requireSuperAdmin() {
  const { getUser, getPermission } = getKindeServerSession();
  const user = await getUser();
  if (!user) redirect("/api/auth/login");
  const perm = await getPermission("console:admin");
  if (!perm?.isGranted) redirect("/");
  return user;
}
