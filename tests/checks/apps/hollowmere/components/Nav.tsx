"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut } from "@/app/actions/auth";

export function Nav({ signedIn, isSuperAdmin }: { signedIn: boolean; isSuperAdmin: boolean }) {
  const pathname = usePathname();
  return (
    <header className="flex justify-between p-4 border-b">
      <Link href="/">Hollowmere</Link>
      <nav className="flex gap-4">
        {signedIn ? (
          <>
            <Link href="/b" aria-current={pathname.startsWith("/b") ? "page" : undefined}>My buildings</Link>
            <Link href="/contractor">Contractor</Link>
            <Link href="/settings">Settings</Link>
            {isSuperAdmin && <Link href="/admin">Admin</Link>}
            <form action={signOut}><button>Sign out</button></form>
          </>
        ) : (
          <Link href="/login">Sign in</Link>
        )}
      </nav>
    </header>
  );
}
