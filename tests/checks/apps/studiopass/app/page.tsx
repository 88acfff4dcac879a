import Link from "next/link";
import { getOptionalSession } from "@/lib/dal";

export default async function HomePage() {
  const session = await getOptionalSession();
  return (
    <main className="mx-auto max-w-3xl p-10">
      <h1 className="text-4xl font-bold">Studiopass</h1>
      <p className="mt-4">Classes, memberships and check-in for boutique studios.</p>
      {session ? <Link href="/bookings">My bookings</Link> : <Link href="/sign-in">Sign in</Link>}
    </main>
  );
}
