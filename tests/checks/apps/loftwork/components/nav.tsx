"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { authClient } from "@/lib/auth-client";

const links = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/bookings", label: "Bookings" },
  { href: "/events", label: "Events" },
  { href: "/team", label: "Team" },
];

export function Nav() {
  const pathname = usePathname();
  const { data: session } = authClient.useSession();
  return (
    <nav className="flex items-center gap-4 border-b px-6 py-3">
      <Link href="/" className="font-semibold">Loftwork</Link>
      {links.map((l) => (
        <Link key={l.href} href={l.href} className={pathname.startsWith(l.href) ? "font-medium" : "text-gray-500"}>
          {l.label}
        </Link>
      ))}
      <span className="ml-auto text-sm text-gray-500">{session?.user.name}</span>
      {session && (
        <button onClick={() => authClient.signOut()} className="btn-ghost">Sign out</button>
      )}
    </nav>
  );
}
