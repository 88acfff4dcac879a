import Link from "next/link";
import { requirePlatformAdmin } from "@/lib/dal";
import { prisma } from "@/lib/db";

export default async function AdminHome() {
  await requirePlatformAdmin();
  const [studios, users] = await Promise.all([prisma.studio.count(), prisma.user.count()]);
  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">Platform console</h1>
      <p>
        {studios} studios · {users} users
      </p>
      <Link href="/admin/users">Users</Link>
    </main>
  );
}
