import { auth } from "@clerk/nextjs/server";
import { federationStats } from "@/app/federation/admin/actions";

export default async function FederationHome() {
  await auth.protect();
  const stats = await federationStats();
  return (
    <main>
      <h1>Federation</h1>
      <p>{stats.gardens} gardens · {stats.members} members</p>
    </main>
  );
}
