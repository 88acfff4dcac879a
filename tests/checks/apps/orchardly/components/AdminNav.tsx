"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/farms", label: "Farms" },
  { href: "/admin/members", label: "Members" },
];

export function AdminNav() {
  const path = usePathname();
  return (
    <nav className="flex gap-4 border-b p-4">
      {links.map((l) => (
        <Link key={l.href} href={l.href} className={path === l.href ? "font-semibold" : "text-stone-500"}>{l.label}</Link>
      ))}
    </nav>
  );
}
