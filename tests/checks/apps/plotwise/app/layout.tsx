import type { Metadata } from "next";
import { Nav } from "@/components/Nav";
import { getCurrentSession } from "@/lib/auth/current";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Plotwise Allotment Society", template: "%s · Plotwise" },
  description: "Plots, waiting list, tool shed and seed swap for the Plotwise allotment society.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { user } = await getCurrentSession();
  return (
    <html lang="en-GB">
      <body>
        <Nav user={user ? { name: user.name, role: user.role } : null} />
        <main className="container">{children}</main>
      </body>
    </html>
  );
}
