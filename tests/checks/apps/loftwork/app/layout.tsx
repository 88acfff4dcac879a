import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Loftwork — desks, rooms and community",
  description: "Flexible coworking across Berlin, Hamburg, Munich and Vienna.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900">{children}</body>
    </html>
  );
}
