"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type NavUser = { name: string; role: "MEMBER" | "PLOT_STEWARD" | "TREASURER" | "COMMITTEE_ADMIN" } | null;

export function Nav({ user }: { user: NavUser }) {
  const pathname = usePathname();
  const link = (href: string, label: string) => (
    <Link href={href} aria-current={pathname.startsWith(href) ? "page" : undefined}>
      {label}
    </Link>
  );
  return (
    <nav className="container">
      {link("/seeds", "Seed swap")}
      {user ? (
        <>
          {link("/dashboard", "My allotment")} {link("/tools", "Tool shed")} {link("/fees", "Fees")}
          {user.role !== "MEMBER" && link("/committee", "Committee")}
          <form action="/api/auth/logout" method="post" style={{ display: "inline" }}>
            <button>Sign out {user.name}</button>
          </form>
        </>
      ) : (
        link("/login", "Sign in")
      )}
    </nav>
  );
}
