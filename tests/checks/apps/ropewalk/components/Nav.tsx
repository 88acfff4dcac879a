"use client";

import Link from "next/link";
import { signOut, useSession } from "next-auth/react";

export default function Nav({ role }: { role: string | null }) {
  const { data: session } = useSession();
  const staff = role && role !== "member";
  return (
    <nav className="flex gap-4 border-b p-3">
      <Link href="/">Ropewalk</Link>
      <Link href="/classes">Classes</Link>
      <Link href="/competitions">Comps</Link>
      {session ? (
        <>
          <Link href="/dashboard">Dashboard</Link>
          {staff && session.user.homeGymId && <Link href={`/staff/${session.user.homeGymId}/desk`}>Desk</Link>}
          {role === "admin" && <Link href="/admin">Admin</Link>}
          <button onClick={() => signOut({ callbackUrl: "/" })}>Sign out</button>
        </>
      ) : (
        <Link href="/login">Sign in</Link>
      )}
    </nav>
  );
}
